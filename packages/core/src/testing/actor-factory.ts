import type { Actor, ActorMembership } from '../accounts/actor.ts';
import type { MemberRole } from '../organisations/schema.ts';

let counter = 0;

/** An in-memory actor for policy tests; memberships as `[organisationId, role]` pairs. */
export function buildActor(overrides: Partial<Omit<Actor, 'memberships'>> & { memberships?: Array<[string, MemberRole]> } = {}): Actor {
  counter += 1;
  const memberships: ActorMembership[] = (overrides.memberships ?? []).map(([organisationId, role], i) => ({
    membershipId: `m-${counter}-${i}`,
    organisationId,
    organisationName: `Organisation ${organisationId}`,
    regionId: 'region-1',
    role,
  }));
  return {
    userId: overrides.userId ?? `user-${counter}`,
    sessionId: overrides.sessionId ?? `session-${counter}`,
    name: overrides.name ?? `Person ${counter}`,
    email: overrides.email ?? `person${counter}@example.org`,
    locale: overrides.locale ?? null,
    isPlatformAdmin: overrides.isPlatformAdmin ?? false,
    twoFactorEnabled: overrides.twoFactorEnabled ?? false,
    memberships,
  };
}
