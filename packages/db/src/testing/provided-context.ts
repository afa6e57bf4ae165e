export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a reachable PostgreSQL server, or '' when none (then only SQLite runs). */
    postgresAdminUrl: string;
  }
}
