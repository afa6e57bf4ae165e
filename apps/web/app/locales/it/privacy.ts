import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/privacy.ts';

const privacy: Translation<typeof en> = {};
export default privacy;
