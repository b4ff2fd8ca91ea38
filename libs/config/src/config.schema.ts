import { z } from 'zod';
import { gemeenteContactSetting } from './gemeente-contact';

/**
 * HS256 secret used outside production when neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is set, so `npm start` and
 * the CLI work without configuration. It is public (it is in this file and the docs): anyone can sign tokens with
 * it, which is why production refuses it.
 */
export const DEVELOPMENT_JWT_SECRET = 'regie-development-secret-never-use-in-production';

/**
 * Key of the search index (the keyed blind index of BSNs) outside production when SEARCH_INDEX_KEY is not set.
 * Public like the development secret, so production refuses it.
 */
export const DEVELOPMENT_SEARCH_INDEX_KEY = 'regie-development-search-key-never-use-in-production';

/** The local test database: where the postgres store and tests connect when DATABASE_URL is not set. */
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Fewer different characters than this in a secret of 32+ characters is not a random secret. */
const MIN_DISTINCT_SECRET_CHARACTERS = 10;

/**
 * Why a shared secret is trivially weak (one character repeated, a short pattern repeated, too little variety), or
 * undefined. Length is checked separately (32 characters). A random secret (`openssl rand -base64 48`) always passes.
 */
export function weakSecretProblem(secret: string): string | undefined {
  if (/^([\s\S]{1,16}?)\1+$/.test(secret)) return 'is a short pattern repeated';
  if (new Set(secret).size < MIN_DISTINCT_SECRET_CHARACTERS) {
    return `has fewer than ${MIN_DISTINCT_SECRET_CHARACTERS} different characters`;
  }
  return undefined;
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

/**
 * Every setting Regie reads, validated once at start-up. Defaults give a working embedded store in ./data,
 * so `npm start` needs no configuration at all.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ message: 'must be a port number' })
      .int({ message: 'must be a port number' })
      .min(1, { message: 'must be a port number' })
      .max(65535, { message: 'must be a port number' })
      .default(3000),
    /** Default: postgres when DATABASE_URL is set (an operator who names a database means it), else embedded. */
    EVENT_STORE: z
      .enum(['embedded', 'postgres', 'kurrentdb'], { message: 'must be one of embedded, postgres, kurrentdb' })
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// connection string' })
      .optional(),
    /**
     * Connections per process to `DATABASE_URL`. More serve more concurrent commands (docs/performance.md); mind the
     * server's max_connections across all processes.
     */
    DATABASE_POOL_SIZE: z.coerce
      .number({ message: 'must be a whole number from 5 to 500' })
      .int({ message: 'must be a whole number from 5 to 500' })
      .min(5, { message: 'must be a whole number from 5 to 500' })
      .max(500, { message: 'must be a whole number from 5 to 500' })
      .default(20),
    KURRENTDB_URL: z
      .string()
      .regex(/^(kurrentdb|esdb|kdb)(\+discover)?:\/\//, { message: 'must be a kurrentdb:// connection string' })
      .optional(),
    PROJECTOR_ONLY: booleanFlag.default(false),
    API_PROJECTOR: booleanFlag.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Load the demo household on an empty embedded store: default on outside production, never in production. */
    SEED_DEMO: booleanFlag.optional(),
    AUTH_JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    AUTH_JWKS_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, { message: 'must be an http(s):// URL of a JSON Web Key Set' })
      .optional(),
    /** Longest accepted bearer-token lifetime (exp - iat); tokens without iat are refused. */
    AUTH_TOKEN_MAX_HOURS: z.coerce
      .number({ message: 'must be a whole number of hours from 1 to 168' })
      .int({ message: 'must be a whole number of hours from 1 to 168' })
      .min(1, { message: 'must be a whole number of hours from 1 to 168' })
      .max(168, { message: 'must be a whole number of hours from 1 to 168' })
      .default(12),
    AUTH_ISSUER: z.string().min(1).default('regie'),
    AUTH_AUDIENCE: z.string().min(1).default('regie-api'),
    /** Where browsers reach Regie (scheme, host, port): the sign-in redirect and cookie flags derive from it. */
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^/\s]+$/, {
        message: 'must be an http(s):// origin without a path, e.g. https://regie.gemeente.nl',
      })
      .optional(),
    OIDC_ISSUER: z
      .string()
      .regex(/^https?:\/\/\S+$/, { message: 'must be the http(s):// issuer URL' })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z.string().min(1).default('openid profile'),
    /** JSON: where role, gemeente, domain and name come from in the identity provider's claims (docs/security.md). */
    OIDC_CLAIM_MAPPING: z.string().min(2).optional(),
    /** The development identity provider (oidc-provider with the demo accounts) at /dev-idp. Never in production. */
    OIDC_DEV_PROVIDER: booleanFlag.optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number({ message: 'must be a whole number of minutes from 1 to 480' })
      .int({ message: 'must be a whole number of minutes from 1 to 480' })
      .min(1, { message: 'must be a whole number of minutes from 1 to 480' })
      .max(480, { message: 'must be a whole number of minutes from 1 to 480' })
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number({ message: 'must be a whole number of hours from 1 to 24' })
      .int({ message: 'must be a whole number of hours from 1 to 24' })
      .min(1, { message: 'must be a whole number of hours from 1 to 24' })
      .max(24, { message: 'must be a whole number of hours from 1 to 24' })
      .default(10),
    SEARCH_INDEX_KEY: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    /** Days a message may wait in the berichten queue for a household before it is shredded (docs/berichten.md). */
    BERICHTEN_QUEUE_RETENTION_DAYS: z.coerce
      .number({ message: 'must be a whole number of days from 1 to 3650' })
      .int({ message: 'must be a whole number of days from 1 to 3650' })
      .min(1, { message: 'must be a whole number of days from 1 to 3650' })
      .max(3650, { message: 'must be a whole number of days from 1 to 3650' })
      .default(90),
    /** JSON: per CBS code how a household reaches the gemeente, printed on the plan (`gemeente-contact.ts`). */
    GEMEENTE_CONTACT: gemeenteContactSetting.optional(),
    /** The built web app (`npm run build:web`), served at /. */
    WEB_DIST_DIR: z.string().min(1).default('./dist/web'),
    RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ message: 'must be a positive whole number' })
      .int({ message: 'must be a positive whole number' })
      .min(1, { message: 'must be a positive whole number' })
      .default(600),
    // Keyed hash of member and household ids in Logboek Dataverwerkingen exports (regie audit-export --format logboek).
    LOGBOEK_SUBJECT_KEY: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    // OpenTelemetry (the standard variable names): traces are exported over OTLP/HTTP only when an endpoint is set.
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .string()
      .regex(/^https?:\/\/\S+$/, { message: 'must be an http(s):// URL of an OTLP collector' })
      .optional(),
    OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
    OTEL_TRACES_SAMPLER_ARG: z.coerce
      .number({ message: 'must be a number from 0 to 1' })
      .min(0, { message: 'must be a number from 0 to 1' })
      .max(1, { message: 'must be a number from 0 to 1' })
      .default(1),
  })
  .superRefine((config, context) => {
    if (config.EVENT_STORE === 'kurrentdb' && !config.KURRENTDB_URL) {
      context.addIssue({ code: 'custom', path: ['KURRENTDB_URL'], message: 'is required when EVENT_STORE=kurrentdb' });
    }
    if (config.PROJECTOR_ONLY && !config.API_PROJECTOR) {
      context.addIssue({
        code: 'custom',
        path: ['API_PROJECTOR'],
        message: 'false and PROJECTOR_ONLY exclude each other',
      });
    }
    if (config.AUTH_JWT_SECRET && config.AUTH_JWKS_URL) {
      context.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'and AUTH_JWKS_URL exclude each other' });
    }
    const oidc = [config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      context.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none',
      });
    }
    if (config.OIDC_ISSUER && config.OIDC_DEV_PROVIDER) {
      context.addIssue({ code: 'custom', path: ['OIDC_DEV_PROVIDER'], message: 'and OIDC_ISSUER exclude each other' });
    }
    if (config.NODE_ENV !== 'production') return;
    if (config.SEED_DEMO) {
      context.addIssue({
        code: 'custom',
        path: ['SEED_DEMO'],
        message: 'must not be true when NODE_ENV=production (production never loads the demo household)',
      });
    }
    if (config.OIDC_DEV_PROVIDER) {
      context.addIssue({
        code: 'custom',
        path: ['OIDC_DEV_PROVIDER'],
        message: 'must not be on when NODE_ENV=production (it signs anyone in)',
      });
    }
    if (config.OIDC_ISSUER && !config.PUBLIC_URL?.startsWith('https://')) {
      context.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'must be https:// when NODE_ENV=production and OIDC_ISSUER is set',
      });
    }
    if (!config.SEARCH_INDEX_KEY || config.SEARCH_INDEX_KEY === DEVELOPMENT_SEARCH_INDEX_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['SEARCH_INDEX_KEY'],
        message: 'is required when NODE_ENV=production (a secret of at least 32 characters, not the development key)',
      });
    }
    if (!config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'or AUTH_JWT_SECRET is required when NODE_ENV=production',
      });
    }
    if (config.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: 'must not be the development secret when NODE_ENV=production',
      });
    }
    const weakness = config.AUTH_JWT_SECRET ? weakSecretProblem(config.AUTH_JWT_SECRET) : undefined;
    if (weakness) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: `is too weak for NODE_ENV=production: it ${weakness} (use a random one, e.g. openssl rand -base64 48)`,
      });
    }
    if (config.AUTH_JWKS_URL && !config.AUTH_JWKS_URL.startsWith('https://')) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'must be https:// when NODE_ENV=production',
      });
    }
  })
  // Outside production, no key configured means the public development secret (see DEVELOPMENT_JWT_SECRET); the
  // development identity provider runs by default only in development and only without a real one.
  .transform((config) => ({
    ...config,
    EVENT_STORE: config.EVENT_STORE ?? (config.DATABASE_URL ? ('postgres' as const) : ('embedded' as const)),
    DATABASE_URL: config.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    AUTH_JWT_SECRET: config.AUTH_JWT_SECRET || config.AUTH_JWKS_URL ? config.AUTH_JWT_SECRET : DEVELOPMENT_JWT_SECRET,
    PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    SEED_DEMO: config.SEED_DEMO ?? config.NODE_ENV !== 'production',
    OIDC_DEV_PROVIDER: config.OIDC_DEV_PROVIDER ?? (config.NODE_ENV === 'development' && !config.OIDC_ISSUER),
    SEARCH_INDEX_KEY: config.SEARCH_INDEX_KEY ?? DEVELOPMENT_SEARCH_INDEX_KEY,
  }));

export type RegieConfig = z.infer<typeof configSchema>;

/** Every environment variable Regie reads (`.env.example` and the README list each of them). */
export const CONFIG_VARIABLES = Object.keys(configSchema.in.shape) as readonly (keyof RegieConfig)[];
