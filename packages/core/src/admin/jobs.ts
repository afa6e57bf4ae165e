import type { Actor } from '../accounts/actor.ts';
import type { FailedJob } from '../jobs/job-queue.ts';
import { authorizePlatform } from '../organisations/policies.ts';
import type { Platform } from '../platform.ts';

export async function listFailedJobs(platform: Pick<Platform, 'jobs'>, actor: Actor): Promise<FailedJob[]> {
  authorizePlatform(actor, 'platform.manageJobs');
  return platform.jobs.listFailed(100);
}

export async function retryFailedJob(platform: Platform, actor: Actor, jobId: string, requestId?: string): Promise<void> {
  authorizePlatform(actor, 'platform.manageJobs');
  await platform.jobs.retry(jobId);
  await platform.audit.record({ event: 'admin.job_retried', actorUserId: actor.userId, subjectType: 'job', subjectId: jobId, requestId: requestId ?? null });
}
