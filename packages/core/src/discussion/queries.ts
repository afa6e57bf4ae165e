import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import { discussionAccess } from './access.ts';

export interface PostView {
  id: string;
  author: string;
  mine: boolean;
  title: string | null;
  /** Null when hidden and the reader is not a moderator. */
  body: string | null;
  createdAt: string;
  pinned: boolean;
  hidden: boolean;
}

export interface ThreadSummary extends PostView {
  replies: number;
  lastActivityAt: string;
}

type Row = { id: string; authorName: string | null; authorUserId: string | null; title: string | null; body: string; createdAt: string; pinnedAt: string | null; hiddenAt: string | null };

function present(row: Row, actor: Actor, moderator: boolean): PostView {
  const hidden = row.hiddenAt !== null;
  return {
    id: row.id,
    author: row.authorName ?? '—',
    mine: row.authorUserId === actor.userId,
    title: hidden && !moderator ? null : row.title,
    body: hidden && !moderator ? null : row.body,
    createdAt: row.createdAt,
    pinned: row.pinnedAt !== null,
    hidden,
  };
}

const postColumns = ['cohort_posts.id', 'users.name as authorName', 'cohort_posts.authorUserId', 'cohort_posts.title', 'cohort_posts.body', 'cohort_posts.createdAt', 'cohort_posts.pinnedAt', 'cohort_posts.hiddenAt'] as const;

/** The threads of a cohort: pinned first, then by latest activity. */
export async function listThreads(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string) {
  const access = await discussionAccess(platform, actor, cohortId);
  const rows = await platform.db
    .selectFrom('cohort_posts')
    .leftJoin('users', 'users.id', 'cohort_posts.authorUserId')
    .select([...postColumns, 'cohort_posts.lastActivityAt'])
    .where('cohort_posts.cohortId', '=', cohortId)
    .where('cohort_posts.threadId', 'is', null)
    .orderBy('cohort_posts.pinnedAt', (ob) => ob.desc().nullsLast())
    .orderBy('cohort_posts.lastActivityAt', 'desc')
    .limit(200)
    .execute();
  const counts = rows.length
    ? await platform.db
        .selectFrom('cohort_posts')
        .select(['threadId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('threadId', 'in', rows.map((r) => r.id))
        .groupBy('threadId')
        .execute()
    : [];
  const digest = await platform.db.selectFrom('cohort_digest_subscriptions').select('userId').where('cohortId', '=', cohortId).where('userId', '=', actor.userId).executeTakeFirst();
  const threads: ThreadSummary[] = rows.map((r) => ({ ...present(r, actor, access.moderator), replies: Number(counts.find((c) => c.threadId === r.id)?.n ?? 0), lastActivityAt: r.lastActivityAt }));
  return { access, threads, digest: Boolean(digest) };
}

/** One thread with its replies in order. */
export async function threadView(platform: Pick<Platform, 'db'>, actor: Actor, cohortId: string, threadId: string) {
  const access = await discussionAccess(platform, actor, cohortId);
  const rows = await platform.db
    .selectFrom('cohort_posts')
    .leftJoin('users', 'users.id', 'cohort_posts.authorUserId')
    .select([...postColumns, 'cohort_posts.threadId'])
    .where('cohort_posts.cohortId', '=', cohortId)
    .where((eb) => eb.or([eb('cohort_posts.id', '=', threadId), eb('cohort_posts.threadId', '=', threadId)]))
    .orderBy('cohort_posts.createdAt')
    .orderBy('cohort_posts.id')
    .execute();
  const opening = rows.find((r) => r.id === threadId && r.threadId === null);
  if (!opening || (opening.hiddenAt && !access.moderator)) throw new AppError('not_found');
  return { access, thread: present(opening, actor, access.moderator), replies: rows.filter((r) => r.id !== threadId).map((r) => present(r, actor, access.moderator)) };
}
