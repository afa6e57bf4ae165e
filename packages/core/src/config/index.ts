export { loadConfig, describeConfig, ConfigError } from './env.ts';
export type { AppConfig } from './env.ts';
