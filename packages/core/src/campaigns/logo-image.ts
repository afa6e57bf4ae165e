import { imageSize } from 'image-size';
import { fieldError } from '../validation.ts';
import { LOGO_MAX_PX, LOGO_MIN_PX, MAX_LOGO_BYTES } from './schema.ts';

const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
};

/**
 * Checks an uploaded partner logo by its bytes, not its name or declared type: PNG or JPEG (what
 * the layout engine and PDF embed both read), at most 1 MB, 64–4000 px on each side.
 */
export function checkLogo(bytes: Uint8Array): { mediaType: 'image/png' | 'image/jpeg'; width: number; height: number } {
  if (!bytes.length) throw fieldError('logo', 'validation:logoType');
  if (bytes.length > MAX_LOGO_BYTES) throw fieldError('logo', 'validation:logoTooLarge', { max: 1 });
  const mediaType = (Object.keys(SIGNATURES) as Array<'image/png' | 'image/jpeg'>).find((t) => SIGNATURES[t]!(bytes));
  if (!mediaType) throw fieldError('logo', 'validation:logoType');
  let size: { width?: number | undefined; height?: number | undefined };
  try {
    size = imageSize(bytes);
  } catch {
    throw fieldError('logo', 'validation:logoType');
  }
  const { width = 0, height = 0 } = size;
  if (width < LOGO_MIN_PX || height < LOGO_MIN_PX || width > LOGO_MAX_PX || height > LOGO_MAX_PX) throw fieldError('logo', 'validation:logoDimensions', { min: LOGO_MIN_PX, max: LOGO_MAX_PX });
  return { mediaType, width, height };
}
