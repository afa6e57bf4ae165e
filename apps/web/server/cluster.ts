import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@destalk/core/logger';

/**
 * Several web processes on one port (WEB_CONCURRENCY), for machines with more than one core:
 * Node runs JavaScript on one core per process. The first worker boots alone — migrations, the
 * demo seed, the job workers — and the others start once it listens, with RUN_JOBS=false, so
 * jobs and timers run once. Everything shared lives in the database (sessions, rate limits,
 * jobs); what a process keeps in memory is a cache of immutable data. A worker that dies is
 * replaced; SIGTERM/SIGINT are passed on and the primary exits when all workers have finished.
 */
export function runPrimary(count: number, logger: Logger): void {
  let stopping = false;
  let othersStarted = false;
  const restarts: number[] = [];

  const fork = (runsJobs: boolean): Worker => {
    const worker = cluster.fork(runsJobs ? {} : { RUN_JOBS: 'false', SEED_DEMO: 'false' });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ pid: worker.process.pid, code, signal }, 'a web process ended; starting another');
      const now = Date.now();
      restarts.push(now);
      // A process that keeps dying (bad configuration, database down) should not be restarted in a loop.
      if (restarts.filter((t) => now - t < 60_000).length > 5) {
        logger.fatal('web processes keep failing; stopping');
        stop('restart-loop', 1);
        return;
      }
      fork(runsJobs);
    });
    worker.once('listening', () => {
      if (!runsJobs || othersStarted) return;
      othersStarted = true;
      for (let i = 1; i < count; i++) fork(false);
      logger.info({ processes: count }, `${count} web processes`);
    });
    return worker;
  };

  fork(true);

  const stop = (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the web processes');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(exitCode);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
