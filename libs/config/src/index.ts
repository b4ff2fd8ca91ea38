export { configSchema, type RegieConfig } from './config.schema';
export { loadConfig, ConfigError } from './load-config';
