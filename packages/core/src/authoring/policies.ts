import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';

export type AuthoringAction = 'course.create' | 'course.edit';

/**
 * Who writes courses: trainers and coordinators (of any organisation) create courses and edit the
 * ones they created; platform administrators edit every course, the shipped ones included.
 * Coordinators and admins act with their second factor, as everywhere.
 */
export function authorizeAuthoring(actor: Actor, action: AuthoringAction, course?: { createdByUserId: string | null }): void {
  const role = actor.isPlatformAdmin ? 'admin' : actor.memberships.some((m) => m.role === 'coordinator') ? 'coordinator' : actor.memberships.some((m) => m.role === 'trainer') ? 'trainer' : null;
  if (!role) throw new AppError(actor.memberships.length ? 'forbidden' : 'not_found');
  if ((role === 'admin' || role === 'coordinator') && !actor.twoFactorEnabled) throw new AppError('two_factor_required');
  if (action === 'course.edit' && role !== 'admin' && course?.createdByUserId !== actor.userId) throw new AppError('not_found');
}
