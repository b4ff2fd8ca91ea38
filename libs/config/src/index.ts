export { CONFIG_VARIABLES, configSchema, DEVELOPMENT_JWT_SECRET, type RegieConfig } from './config.schema';
export { loadConfig, ConfigError } from './load-config';
