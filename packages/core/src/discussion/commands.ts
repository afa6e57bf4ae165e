import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';
import { parseInput } from '../validation.ts';
import { discussionAccess } from './access.ts';

const body = z.string().trim().min(1, 'validation:required').max(5000, 'validation:tooLong');
const threadInput = z.object({ title: z.string().trim().min(1, 'validation:required').max(150, 'validation:tooLong'), body });
const replyInput = z.object({ body });

/** Opens a thread in the cohort's discussion. */
export async function startThread(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, input: unknown): Promise<{ id: string }> {
  const data = parseInput(threadInput, input);
  await discussionAccess(platform, actor, cohortId);
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db
    .insertInto('cohort_posts')
    .values({ id, cohortId, threadId: null, authorUserId: actor.userId, title: data.title, body: data.body, createdAt: now, lastActivityAt: now, pinnedAt: null, hiddenAt: null, hiddenByUserId: null })
    .execute();
  return { id };
}

/** Replies to a thread (replies are flat under the opening post: a thread reads top to bottom). */
export async function replyToThread(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, threadId: string, input: unknown): Promise<{ id: string }> {
  const data = parseInput(replyInput, input);
  const access = await discussionAccess(platform, actor, cohortId);
  const thread = await platform.db.selectFrom('cohort_posts').select(['id', 'hiddenAt']).where('id', '=', threadId).where('cohortId', '=', cohortId).where('threadId', 'is', null).executeTakeFirst();
  if (!thread || (thread.hiddenAt && !access.moderator)) throw new AppError('not_found');
  const id = newId();
  const now = platform.clock.now().toISOString();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cohort_posts')
      .values({ id, cohortId, threadId, authorUserId: actor.userId, title: null, body: data.body, createdAt: now, lastActivityAt: now, pinnedAt: null, hiddenAt: null, hiddenByUserId: null })
      .execute();
    await trx.updateTable('cohort_posts').set({ lastActivityAt: now }).where('id', '=', threadId).execute();
  });
  return { id };
}

async function moderate(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, postId: string, change: 'pin' | 'unpin' | 'hide' | 'show'): Promise<void> {
  const access = await discussionAccess(platform, actor, cohortId);
  if (!access.moderator) throw new AppError('forbidden');
  const post = await platform.db.selectFrom('cohort_posts').select(['id', 'threadId']).where('id', '=', postId).where('cohortId', '=', cohortId).executeTakeFirst();
  if (!post) throw new AppError('not_found');
  if ((change === 'pin' || change === 'unpin') && post.threadId !== null) throw new AppError('bad_request', 'only threads are pinned');
  const now = platform.clock.now().toISOString();
  const values =
    change === 'pin' ? { pinnedAt: now } : change === 'unpin' ? { pinnedAt: null } : change === 'hide' ? { hiddenAt: now, hiddenByUserId: actor.userId } : { hiddenAt: null, hiddenByUserId: null };
  await platform.db.updateTable('cohort_posts').set(values).where('id', '=', postId).execute();
}

/** Facilitators pin a thread to the top, or hide a post (kept, but shown to learners as hidden). */
export const pinThread = (p: Pick<Platform, 'db' | 'clock'>, a: Actor, cohortId: string, postId: string, pinned: boolean) => moderate(p, a, cohortId, postId, pinned ? 'pin' : 'unpin');
export const hidePost = (p: Pick<Platform, 'db' | 'clock'>, a: Actor, cohortId: string, postId: string, hidden: boolean) => moderate(p, a, cohortId, postId, hidden ? 'hide' : 'show');

/** Opt in or out of the daily digest e-mail of new posts (off unless asked for). */
export async function setDigest(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, on: boolean): Promise<void> {
  await discussionAccess(platform, actor, cohortId);
  if (!on) {
    await platform.db.deleteFrom('cohort_digest_subscriptions').where('cohortId', '=', cohortId).where('userId', '=', actor.userId).execute();
    return;
  }
  const now = platform.clock.now().toISOString();
  await platform.db
    .insertInto('cohort_digest_subscriptions')
    .values({ cohortId, userId: actor.userId, subscribedAt: now, lastSentAt: now })
    .onConflict((oc) => oc.columns(['cohortId', 'userId']).doNothing())
    .execute();
}
