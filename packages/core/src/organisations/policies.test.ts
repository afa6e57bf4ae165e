import { describe, expect, it } from 'vitest';
import { AppError, type AppErrorCode } from '../errors.ts';
import { buildActor } from '../testing/actor-factory.ts';
import { authorizeOrganisation, authorizePlatform } from './policies.ts';

function outcome(fn: () => void): 'allowed' | AppErrorCode {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const own = { organisationId: 'org-a' };
const other = { organisationId: 'org-b' };

describe('authorizeOrganisation', () => {
  it('lets members of every role view their organisation', () => {
    for (const role of ['learner', 'trainer', 'coordinator'] as const) {
      expect(outcome(() => authorizeOrganisation(buildActor({ memberships: [['org-a', role]] }), 'organisation.view', own))).toBe('allowed');
    }
  });

  it('should not let a member view an organisation of another organisation, answering not_found', () => {
    const actor = buildActor({ memberships: [['org-a', 'coordinator']], twoFactorEnabled: true });
    expect(outcome(() => authorizeOrganisation(actor, 'organisation.view', other))).toBe('not_found');
  });

  it('lets a coordinator with two-step verification manage members', () => {
    const actor = buildActor({ memberships: [['org-a', 'coordinator']], twoFactorEnabled: true });
    expect(outcome(() => authorizeOrganisation(actor, 'organisation.manageMembers', own))).toBe('allowed');
    expect(outcome(() => authorizeOrganisation(actor, 'organisation.viewAudit', own))).toBe('allowed');
  });

  it('sends a coordinator without two-step verification to set it up first', () => {
    const actor = buildActor({ memberships: [['org-a', 'coordinator']], twoFactorEnabled: false });
    expect(outcome(() => authorizeOrganisation(actor, 'organisation.manageMembers', own))).toBe('two_factor_required');
  });

  it('should not let a coordinator manage the members of another organisation', () => {
    const actor = buildActor({ memberships: [['org-a', 'coordinator']], twoFactorEnabled: true });
    expect(outcome(() => authorizeOrganisation(actor, 'organisation.manageMembers', other))).toBe('not_found');
    expect(outcome(() => authorizeOrganisation(actor, 'organisation.viewAudit', other))).toBe('not_found');
  });

  it('forbids learners and trainers to manage members of their own organisation', () => {
    for (const role of ['learner', 'trainer'] as const) {
      const actor = buildActor({ memberships: [['org-a', role]], twoFactorEnabled: true });
      expect(outcome(() => authorizeOrganisation(actor, 'organisation.manageMembers', own))).toBe('forbidden');
    }
  });

  it('lets platform admins manage any organisation once they use two-step verification', () => {
    expect(outcome(() => authorizeOrganisation(buildActor({ isPlatformAdmin: true, twoFactorEnabled: true }), 'organisation.manageMembers', other))).toBe('allowed');
    expect(outcome(() => authorizeOrganisation(buildActor({ isPlatformAdmin: true }), 'organisation.manageMembers', other))).toBe('two_factor_required');
  });
});

describe('authorizePlatform', () => {
  it('allows admins with two-step verification only', () => {
    expect(outcome(() => authorizePlatform(buildActor({ isPlatformAdmin: true, twoFactorEnabled: true }), 'platform.manageOrganisations'))).toBe('allowed');
    expect(outcome(() => authorizePlatform(buildActor({ isPlatformAdmin: true }), 'platform.viewOutbox'))).toBe('two_factor_required');
  });

  it('should not let a coordinator of another organisation administer the platform', () => {
    const coordinator = buildActor({ memberships: [['org-b', 'coordinator']], twoFactorEnabled: true });
    expect(outcome(() => authorizePlatform(coordinator, 'platform.manageOrganisations'))).toBe('forbidden');
    expect(outcome(() => authorizePlatform(coordinator, 'platform.viewAudit'))).toBe('forbidden');
  });
});
