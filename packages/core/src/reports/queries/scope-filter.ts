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

/** True when the report covers everyone: no scope restriction and no organisation filter. */
export function coversEveryone(f: OrgFilter): boolean {
  return f.scope.kind === 'platform' && !f.organisationId && !f.sector && !f.country;
}

/**
 * "This person belongs to a covered organisation", as a semi-join the planner runs once (an
 * IN over the covered members), not a join per row; nothing at all when the report covers everyone.
 */
export function personCovered(eb: AnyEb, f: OrgFilter, person: string): Expression<SqlBool> {
  if (coversEveryone(f)) return eb.lit(true) as unknown as Expression<SqlBool>;
  return eb(
    eb.ref(person),
    'in',
    eb
      .selectFrom('memberships as pm')
      .innerJoin('organisations as po', 'po.id', 'pm.organisationId')
      .select('pm.userId')
      .where((eb2: AnyEb) => organisationConditions(eb2, f, 'po')),
  );
}

/**
 * "This membership's organisation is covered", without joining organisations when the report
 * covers everyone (the common case of a platform report needs no organisation lookup per row).
 */
export function coveredOrganisation(eb: AnyEb, f: OrgFilter, membership = 'm'): Expression<SqlBool> {
  if (coversEveryone(f)) return eb.lit(true) as unknown as Expression<SqlBool>;
  if (f.scope.kind === 'organisation' && !f.sector && !f.country && (!f.organisationId || f.organisationId === f.scope.id)) return eb(eb.ref(`${membership}.organisationId`), '=', f.scope.id);
  return eb(eb.ref(`${membership}.organisationId`), 'in', eb.selectFrom('organisations as co2').select('co2.id').where((eb2: AnyEb) => organisationConditions(eb2, f, 'co2')));
}
