import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { syncPathwaysOfUser } from '../../pathways/commands/progress.ts';
import { cleanAnswers, comparePractice, type PracticeComparison } from '../evaluate.ts';
import type { Tool } from '../load.ts';
import { authorizeTool } from '../policies.ts';

/**
 * A practice attempt on a fictional case. The answers are about fiction, so they may be sent to
 * the server; only the fact that the case was passed is kept (it completes pathway steps).
 */
export async function attemptPractice(
  platform: Pick<Platform, 'db' | 'clock'>,
  actor: Actor,
  tool: Tool,
  caseKey: string,
  raw: Record<string, string | string[] | undefined>,
): Promise<PracticeComparison & { answers: Record<string, string | string[]> }> {
  authorizeTool(actor, 'tool.practise');
  const practiceCase = tool.structure.practice.find((c) => c.key === caseKey);
  if (!practiceCase) throw new AppError('not_found');
  const answers = cleanAnswers(tool.structure, raw, { keepText: false });
  const result = comparePractice(tool.structure, practiceCase.answers, answers);
  if (result.passed) {
    await platform.db
      .insertInto('tool_practice_results')
      .values({ userId: actor.userId, toolSlug: tool.structure.slug, caseKey, toolVersion: tool.structure.version, passedAt: platform.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(['userId', 'toolSlug', 'caseKey']).doNothing())
      .execute();
    await syncPathwaysOfUser(platform, actor.userId);
  }
  return { ...result, answers };
}

/** The cases of a tool the actor has passed. */
export async function passedCases(platform: Pick<Platform, 'db'>, actor: Actor, toolSlug: string): Promise<string[]> {
  const rows = await platform.db.selectFrom('tool_practice_results').select('caseKey').where('userId', '=', actor.userId).where('toolSlug', '=', toolSlug).execute();
  return rows.map((r) => r.caseKey);
}
