export { DatabaseJobQueue } from './database-queue.ts';
export type { DatabaseQueueOptions } from './database-queue.ts';
export { PgBossJobQueue } from './pg-boss-queue.ts';
export type { PgBossQueueOptions } from './pg-boss-queue.ts';
export * from './job-queue.ts';
export { createJobQueue } from './create-job-queue.ts';
export type { CreateJobQueueOptions } from './create-job-queue.ts';
