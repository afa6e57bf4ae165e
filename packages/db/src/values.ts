/** SQLite returns booleans as 0/1 and PostgreSQL as true/false; read both the same way. */
export function toBool(value: boolean | number | null | undefined): boolean {
  return value === true || value === 1;
}

/** PostgreSQL returns count(*) and bigint as strings. */
export function toNumber(value: number | string | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** better-auth's timestamps: a Date on PostgreSQL, text on SQLite. Always hand out ISO strings. */
export function toIso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
