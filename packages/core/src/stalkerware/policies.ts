import { type Actor, roleIn } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type CheckAction = 'check.run' | 'check.saveReport' | 'check.viewReports';

/**
 * The stalkerware check is a practitioners' tool: members of an organisation may run it and save
 * a redacted report for their organisation. Saved reports are seen by their author and by the
 * organisation's coordinators; outsiders get `not_found`.
 */
export function authorizeCheck(actor: Actor, action: CheckAction, subject: { organisationId?: string } = {}): void {
  if (action === 'check.run') {
    if (actor.memberships.length === 0) throw new AppError('forbidden', 'the stalkerware check is for members of an organisation');
    return;
  }
  const organisationId = subject.organisationId;
  if (!organisationId || !roleIn(actor, organisationId)) throw new AppError('not_found');
}

/** Whether the actor sees every saved report of the organisation, or only their own. */
export function seesAllReportsOf(actor: Actor, organisationId: string): boolean {
  return roleIn(actor, organisationId) === 'coordinator';
}
