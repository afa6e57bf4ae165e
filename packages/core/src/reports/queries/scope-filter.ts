import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { ReportFilters } from '../schema.ts';
import type { ReportScope } from '../scope.ts';

export interface OrgFilter extends Pick<ReportFilters, 'sector' | 'country' | 'organisationId'> {
  scope: ReportScope;
}

// Report queries join `organisations as o` in different shapes; the builder is typed loosely here
// on purpose, and every column it names exists on organisations.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyEb = ExpressionBuilder<any, any>;

/**
 * The organisations a report covers: the scope (one organisation, a region's, all), then the
 * sector, country and organisation filters. A person counts through their organisations.
 */
export function organisationConditions(eb: AnyEb, f: OrgFilter, alias = 'o'): Expression<SqlBool> {
  const col = (name: string) => eb.ref(`${alias}.${name}`);
  const conditions: Array<Expression<SqlBool>> = [];
  if (f.scope.kind === 'organisation') conditions.push(eb(col('id'), '=', f.scope.id));
  if (f.scope.kind === 'region') conditions.push(eb(col('regionId'), '=', f.scope.id));
  if (f.organisationId) conditions.push(eb(col('id'), '=', f.organisationId));
  if (f.sector) conditions.push(eb(col('sector'), '=', f.sector));
  if (f.country) conditions.push(eb(col('countryCode'), '=', f.country));
  return eb.and(conditions);
}
