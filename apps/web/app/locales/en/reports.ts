/**
 * Impact reports: the dashboard, its tables and charts, exports, the funder report and API tokens.
 */
export default {} as const;
