export {
  CONFIG_VARIABLES,
  configSchema,
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_SEARCH_INDEX_KEY,
  type RegieConfig,
  weakSecretProblem,
} from './config.schema';
export { loadConfig, ConfigError } from './load-config';
export type { GemeenteContact } from './gemeente-contact';
