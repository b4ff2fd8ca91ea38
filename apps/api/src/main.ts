import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, type RegieConfig } from '@regie/config';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { runStandaloneProjector } from '@regie/timeline';
import { AppModule } from './app.module';
import { DEMO_HOUSEHOLD_ID, DEMO_REGISSEUR } from './demo/demo-household';
import { seedDemo } from './demo/demo-seed';
import { DOMAIN_MODULES } from './domain-modules';

async function bootstrap(config: RegieConfig): Promise<void> {
  if (config.PROJECTOR_ONLY) {
    await runStandaloneProjector(config, DOMAIN_MODULES);
    console.log(`Regie projector running (event store: ${config.EVENT_STORE})`);
    return;
  }
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: nestLogLevels(config.LOG_LEVEL) });
  app.enableShutdownHooks();
  await app.listen(config.PORT);
  const url = `http://localhost:${config.PORT}/graphql`;
  const emptyStore = (await app.get<EventStore>(EVENT_STORE).headPosition()) === undefined;
  if (config.SEED_DEMO && config.EVENT_STORE === 'embedded' && emptyStore) {
    await seedDemo(url);
    console.log('Loaded the demo household Familie De Vries (turn this off with SEED_DEMO=false).');
  }
  console.log(`Regie api on ${url} (event store: ${config.EVENT_STORE})`);
  console.log(`Try the regisseur's view of the demo household:\n${exampleQuery(url)}`);
}

function exampleQuery(url: string): string {
  const query =
    `{ household(id: \\"${DEMO_HOUSEHOLD_ID}\\") { name regisseur { name } ` +
    `providers { name active { label wachttijdDays overNorm stillWaiting } } ` +
    `timeline(first: 5) { totalCount edges { node { occurredAt domain summary } } } } }`;
  return [
    `curl -s ${url} -H 'content-type: application/json' \\`,
    `  -H 'x-regie-user: ${DEMO_REGISSEUR.userId}' -H 'x-regie-role: ${DEMO_REGISSEUR.role}' \\`,
    `  -d '{"query":"${query}"}'`,
  ].join('\n');
}

const NEST_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
const FROM_LOG_LEVEL = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  info: 'log',
  debug: 'debug',
  trace: 'verbose',
} as const;

function nestLogLevels(level: RegieConfig['LOG_LEVEL']): (typeof NEST_LEVELS)[number][] {
  if (level === 'silent') return [];
  return NEST_LEVELS.slice(0, NEST_LEVELS.indexOf(FROM_LOG_LEVEL[level]) + 1);
}

/** Start-up problems are one line and a non-zero exit: nobody should read a stack trace to fix a setting. */
function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`regie: ${error instanceof ConfigError ? message : `cannot start: ${message}`}`);
  process.exit(1);
}

try {
  bootstrap(loadConfig()).catch(fail);
} catch (error) {
  fail(error);
}
