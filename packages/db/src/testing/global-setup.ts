import pg from 'pg';
import type { TestProject } from 'vitest/node';

import './provided-context.ts';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Finds the PostgreSQL server integration suites run against. CI sets REQUIRE_POSTGRES=1 so a
 * missing server fails the run instead of silently testing SQLite alone.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL_PG || DEFAULT_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresAdminUrl', url);
  } catch (error) {
    if (process.env.REQUIRE_POSTGRES === '1' || process.env.CI) {
      throw new Error(`PostgreSQL is required but not reachable at ${new URL(url).host}: ${String(error)}`);
    }
    console.warn(`\n[integration] PostgreSQL not reachable at ${new URL(url).host}; running SQLite suites only.\n`);
    project.provide('postgresAdminUrl', '');
  } finally {
    await client.end().catch(() => {});
  }
}
