import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type ToolAction = 'tool.use' | 'tool.practise' | 'tool.saveCopy';

/**
 * The tools are for practitioners: any member of an organisation (and platform admins) may use
 * them, practise with them and keep anonymised copies, which only their author ever sees.
 */
export function authorizeTool(actor: Actor, _action: ToolAction): void {
  if (actor.isPlatformAdmin || actor.memberships.length > 0) return;
  throw new AppError('forbidden', 'the tools are for members of an organisation');
}
