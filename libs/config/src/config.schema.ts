import { z } from 'zod';

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
    EVENT_STORE: z
      .enum(['embedded', 'postgres', 'kurrentdb'], { message: 'must be one of embedded, postgres, kurrentdb' })
      .default('embedded'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// connection string' })
      .default('postgres://postgres@127.0.0.1:5432/test'),
    KURRENTDB_URL: z
      .string()
      .regex(/^(kurrentdb|esdb|kdb)(\+discover)?:\/\//, { message: 'must be a kurrentdb:// connection string' })
      .optional(),
    PROJECTOR_ONLY: booleanFlag.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_DEMO: booleanFlag.default(true),
  })
  .superRefine((config, context) => {
    if (config.EVENT_STORE === 'kurrentdb' && !config.KURRENTDB_URL) {
      context.addIssue({ code: 'custom', path: ['KURRENTDB_URL'], message: 'is required when EVENT_STORE=kurrentdb' });
    }
  });

export type RegieConfig = z.infer<typeof configSchema>;
