import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, type RegieConfig } from '@regie/config';
import { runStandaloneProjector } from '@regie/timeline';
import { AppModule } from './app.module';
import { DOMAIN_MODULES } from './domain-modules';

async function bootstrap(config: RegieConfig): Promise<void> {
  if (config.PROJECTOR_ONLY) {
    await runStandaloneProjector(config, DOMAIN_MODULES);
    console.log(`Regie projector running (event store: ${config.EVENT_STORE})`);
    return;
  }
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  await app.listen(config.PORT);
  const url = `http://localhost:${config.PORT}/graphql`;
  console.log(`Regie api on ${url} (event store: ${config.EVENT_STORE})`);
  console.log(
    `Try: curl -s ${url} -H 'content-type: application/json' -d '{"query":"{ system { version headPosition } }"}'`,
  );
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
