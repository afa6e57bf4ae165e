import type { ImpactReport, ReportTable } from './impact-report.ts';
import { REPORT_TABLES } from './impact-report.ts';
import type { ReportFilters } from './schema.ts';
import { type ReportScope, scopeKey } from './scope.ts';

/** A report table as the API returns it (documented in the OpenAPI `Table` schema). */
export function apiTable(table: ReportTable) {
  return {
    key: table.key,
    title: table.title,
    columns: table.header,
    rows: table.rows.map((r) => ({ key: r.key, label: r.label, values: r.cells })),
    total: table.total,
  };
}

/** The whole report as the API returns it (the OpenAPI `Report` schema). */
export function apiReport(report: ImpactReport, scope: ReportScope, filters: ReportFilters) {
  return {
    scope: scopeKey(scope),
    period: { from: filters.from, to: filters.to },
    filters: { sector: filters.sector ?? null, country: filters.country ?? null, organisationId: filters.organisationId ?? null },
    k: report.k,
    headline: report.headline.map((h) => ({ key: h.key, label: h.label, ...h.cell })),
    tables: report.tables.map(apiTable),
  };
}

const cell = { type: 'object', required: ['value', 'suppressed'], properties: { value: { type: ['number', 'null'], description: 'The figure; null when suppressed (fewer than k people).' }, suppressed: { type: 'boolean' } } };
const errorBody = { type: 'object', required: ['error'], properties: { error: { type: 'string', examples: ['unauthenticated'] }, message: { type: 'string' } } };
const query = [
  { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' }, description: 'First day of the period (UTC), YYYY-MM-DD.' },
  { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' }, description: 'Last day of the period (UTC), YYYY-MM-DD.' },
  { name: 'sector', in: 'query', schema: { type: 'string' }, description: 'Only organisations of this sector.' },
  { name: 'country', in: 'query', schema: { type: 'string', pattern: '^[A-Z]{2}$' }, description: 'Only organisations in this country (ISO 3166-1 alpha-2).' },
  { name: 'organisationId', in: 'query', schema: { type: 'string' }, description: 'Only this organisation (within the token’s scope).' },
  { name: 'lang', in: 'query', schema: { type: 'string', enum: ['en', 'it', 'es', 'de', 'fr'] }, description: 'Language of titles and labels (default en).' },
];
const responses = (schema: string) => ({
  '200': { description: 'The figures, small cells suppressed.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } },
  '400': { description: 'Invalid parameters.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '401': { description: 'Missing, unknown or revoked token.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'No such table.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
});

/** The OpenAPI 3.1 description of the read-only report API. */
export function openApiDocument(publicUrl: string, appName: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${appName} impact reports API`,
      version: '1.0.0',
      description:
        'Read-only figures of the impact dashboard for one organisation or region, as funders receive them: counts of people below k (default 5) are suppressed, with complementary suppression so totals never reveal them. No endpoint returns individuals. Tokens are created and revoked by coordinators under Impact → API tokens.',
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    security: [{ token: [] }],
    paths: {
      '/reports': { get: { operationId: 'getReport', summary: 'Every table and the headline figures', parameters: query, responses: responses('Report') } },
      '/reports/{table}': {
        get: {
          operationId: 'getReportTable',
          summary: 'One table of the report',
          parameters: [{ name: 'table', in: 'path', required: true, schema: { type: 'string', enum: [...REPORT_TABLES] } }, ...query],
          responses: responses('Table'),
        },
      },
    },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'An API token (dsk_…) scoped to an organisation or a region.' } },
      schemas: {
        Cell: cell,
        Error: errorBody,
        Table: {
          type: 'object',
          required: ['key', 'title', 'columns', 'rows', 'total'],
          properties: {
            key: { type: 'string', enum: [...REPORT_TABLES] },
            title: { type: 'string' },
            columns: { type: 'array', items: { type: 'string' }, description: 'The first names the rows; then one per value.' },
            rows: { type: 'array', items: { type: 'object', required: ['key', 'label', 'values'], properties: { key: { type: 'string' }, label: { type: 'string' }, values: { type: 'array', items: { $ref: '#/components/schemas/Cell' } } } } },
            total: { type: ['array', 'null'], items: { $ref: '#/components/schemas/Cell' } },
          },
        },
        Report: {
          type: 'object',
          required: ['scope', 'period', 'filters', 'k', 'headline', 'tables'],
          properties: {
            scope: { type: 'string', examples: ['organisation:0190…', 'region:0190…'] },
            period: { type: 'object', required: ['from', 'to'], properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } } },
            filters: { type: 'object', properties: { sector: { type: ['string', 'null'] }, country: { type: ['string', 'null'] }, organisationId: { type: ['string', 'null'] } } },
            k: { type: 'integer', minimum: 2 },
            headline: { type: 'array', items: { type: 'object', required: ['key', 'label', 'value', 'suppressed'], properties: { key: { type: 'string' }, label: { type: 'string' }, value: { type: ['number', 'null'] }, suppressed: { type: 'boolean' } } } },
            tables: { type: 'array', items: { $ref: '#/components/schemas/Table' } },
          },
        },
      },
    },
  } as const;
}
