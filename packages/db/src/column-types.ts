import type { DialectName } from './connection.ts';

/**
 * The few column types that differ between the dialects. Our own tables store timestamps as
 * ISO-8601 text in UTC on both databases (portable, sortable); only the tables that better-auth
 * owns use its native date and boolean types, because its adapter expects them.
 */
export function authColumnTypes(dialect: DialectName) {
  return dialect === 'postgres'
    ? ({ timestamp: 'timestamptz', boolean: 'boolean' } as const)
    : ({ timestamp: 'date', boolean: 'integer' } as const);
}
