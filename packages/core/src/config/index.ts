export { loadConfig, describeConfig, ConfigError } from './env.ts';
export { DEFAULT_APP_NAME, DEFAULT_EXIT_URL } from './defaults.ts';
export type { AppConfig } from './env.ts';
