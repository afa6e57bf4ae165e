import { hashPassword, insertVerifiedAccount } from '../accounts/commands/create-verified-account.ts';
import { newId } from '../ids.ts';
import type { MemberRole, Sector } from '../organisations/schema.ts';
import type { Platform } from '../platform.ts';
import { seedDemoCourses } from './demo-courses.ts';
import { seedDemoCampaign } from './demo-campaign.ts';
import { seedDemoImpact } from './demo-impact.ts';
import { seedDemoEvent } from './demo-events.ts';
import { seedDemoPathways } from './demo-pathways.ts';

export const DEMO_PASSWORD = 'destalk-demo-2026';
export const DEMO_REGION_SLUG = 'demo-region';

/** Seats of the demo cohorts, by organisation (the others get none). */
const DEMO_COHORT_SEATS: Record<string, number> = { 'safe-harbour': 20, 'turning-point': 12, 'city-social-services': 15, 'police-cyber-unit': 15 };

const ORGANISATIONS: Array<{ slug: string; name: string; sector: Sector }> = [
  { slug: 'safe-harbour', name: "Safe Harbour Women's Centre", sector: 'womens_support_service' },
  { slug: 'turning-point', name: 'Turning Point Programme', sector: 'perpetrator_programme' },
  { slug: 'city-social-services', name: 'Demo City Social Services', sector: 'public_authority' },
  { slug: 'police-cyber-unit', name: 'Demo Police Cybercrime Unit', sector: 'law_enforcement' },
  { slug: 'general-hospital', name: 'Demo General Hospital', sector: 'health' },
  { slug: 'schools-network', name: 'Demo Schools Network', sector: 'education' },
  { slug: 'digital-rights-helpdesk', name: 'Digital Rights Helpdesk', sector: 'other' },
];

/** Demo accounts, one per role (README lists them). All share DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; admin?: boolean; organisation?: string; role?: MemberRole }> = [
  { email: 'admin@demo.destalk.test', name: 'Alex Admin', admin: true },
  { email: 'coordinator@demo.destalk.test', name: 'Chiara Coordinator', organisation: 'safe-harbour', role: 'coordinator' },
  { email: 'trainer@demo.destalk.test', name: 'Tomás Trainer', organisation: 'safe-harbour', role: 'trainer' },
  { email: 'learner@demo.destalk.test', name: 'Lena Learner', organisation: 'safe-harbour', role: 'learner' },
  { email: 'learner2@demo.destalk.test', name: 'Marta Learner', organisation: 'safe-harbour', role: 'learner' },
  { email: 'learner3@demo.destalk.test', name: 'Noor Learner', organisation: 'safe-harbour', role: 'learner' },
  { email: 'coordinator.turningpoint@demo.destalk.test', name: 'Pierre Coordinator', organisation: 'turning-point', role: 'coordinator' },
  { email: 'learner.police@demo.destalk.test', name: 'Sofia Learner', organisation: 'police-cyber-unit', role: 'learner' },
];

/**
 * Demo content for a first start: a region, one organisation per sector, one account per role,
 * the shipped courses and an open cohort of each for four organisations, the shipped pathways, an online panel three weeks ahead, a published awareness campaign and a finished cohort per organisation to report on.
 * Idempotent: does nothing when the demo region exists.
 */
export async function seedDemo(platform: Platform): Promise<{ seeded: boolean }> {
  const exists = await platform.db.selectFrom('regions').select('id').where('slug', '=', DEMO_REGION_SLUG).executeTakeFirst();
  if (exists) return { seeded: false };
  const passwordHash = await hashPassword(platform, DEMO_PASSWORD);
  const now = platform.clock.now().toISOString();
  let adminUserId = '';
  let trainerUserId: string | null = null;
  let coordinatorUserId: string | null = null;
  let safeHarbour: { id: string; regionId: string } | undefined;
  const cohortOrganisations: Array<{ id: string; name: string; seats: number }> = [];
  await platform.db.transaction().execute(async (trx) => {
    const regionId = newId();
    await trx.insertInto('regions').values({ id: regionId, slug: DEMO_REGION_SLUG, name: 'Demo Region', countryCode: 'IT', defaultLocale: 'en', createdAt: now, updatedAt: now }).execute();
    const organisationIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const id = newId();
      organisationIds.set(org.slug, id);
      if (DEMO_COHORT_SEATS[org.slug]) cohortOrganisations.push({ id, name: org.name, seats: DEMO_COHORT_SEATS[org.slug]! });
      await trx.insertInto('organisations').values({ id, ...org, countryCode: 'IT', regionId, createdAt: now, updatedAt: now }).execute();
      if (org.slug === 'safe-harbour') safeHarbour = { id, regionId };
    }
    for (const account of DEMO_ACCOUNTS) {
      const existing = await trx.selectFrom('users').select('id').where('email', '=', account.email).executeTakeFirst();
      const userId = existing?.id ?? (await insertVerifiedAccount(trx, platform, { name: account.name, email: account.email, passwordHash, locale: null, isPlatformAdmin: account.admin ?? false }));
      if (account.admin) adminUserId = userId;
      if (account.email === 'trainer@demo.destalk.test') trainerUserId = userId;
      if (account.email === 'coordinator@demo.destalk.test') coordinatorUserId = userId;
      const organisationId = account.organisation ? organisationIds.get(account.organisation) : undefined;
      if (organisationId && account.role) {
        await trx.insertInto('memberships').values({ id: newId(), userId, organisationId, role: account.role, createdAt: now, updatedAt: now }).execute();
      }
    }
  });
  await seedDemoCourses(platform, adminUserId, cohortOrganisations);
  await seedDemoPathways(platform, trainerUserId);
  if (safeHarbour) await seedDemoEvent(platform, safeHarbour, trainerUserId);
  if (safeHarbour) await seedDemoCampaign(platform, safeHarbour, coordinatorUserId);
  await seedDemoImpact(platform);
  return { seeded: true };
}

/** `SEED_DEMO=auto` seeds only an embedded SQLite platform that has no account yet. */
export async function shouldSeedDemo(platform: Platform): Promise<boolean> {
  const mode = platform.config.seedDemo;
  if (mode === 'false') return false;
  if (mode === 'true') return true;
  if (platform.dialect !== 'sqlite') return false;
  const anyUser = await platform.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !anyUser;
}
