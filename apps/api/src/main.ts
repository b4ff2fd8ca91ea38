import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { signDevelopmentToken } from '@regie/access';
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig, type RegieConfig } from '@regie/config';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { runStandaloneProjector } from '@regie/timeline';
import { AppModule } from './app.module';
import { configureHttp } from './http/configure-http';
import { DEMO_GEMEENTE, DEMO_HOUSEHOLD_ID, DEMO_REGISSEUR } from './demo/demo-household';
import { seedDemo } from './demo/demo-seed';
import { DOMAIN_MODULES } from './domain-modules';
import { SessionAuthentication } from '@regie/sign-in';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mountDevelopmentIdp } from './development-idp/development-idp';
import { serveWebApp } from './web/serve-web-app';

async function bootstrap(config: RegieConfig): Promise<void> {
  if (config.PROJECTOR_ONLY) {
    await runStandaloneProjector(config, DOMAIN_MODULES);
    console.log(`Regie projector running (event store: ${config.EVENT_STORE})`);
    return;
  }
  // Silent until the pino logger takes over: start-up failures stay one line (see fail()).
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  // Structured JSON logs (pino) for Nest's own messages too; LOG_LEVEL sets the level.
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  const express = app as NestExpressApplication;
  if (config.OIDC_DEV_PROVIDER) await mountDevelopmentIdp(express, config.PUBLIC_URL);
  const web = serveWebApp(express, {
    distDir: config.WEB_DIST_DIR,
    publicUrl: config.PUBLIC_URL,
    sessions: app.get(SessionAuthentication),
  });
  app.enableShutdownHooks();
  await app.listen(config.PORT);
  const url = `http://localhost:${config.PORT}/graphql`;
  const emptyStore = (await app.get<EventStore>(EVENT_STORE).headPosition()) === undefined;
  const signing = { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  if (config.SEED_DEMO && config.EVENT_STORE === 'embedded' && emptyStore) {
    if (config.AUTH_JWT_SECRET) {
      await seedDemo(url, signing);
      console.log('Loaded the demo household Familie De Vries (turn this off with SEED_DEMO=false).');
    } else {
      console.log("Demo household not loaded: with AUTH_JWKS_URL the api cannot sign its demo users' tokens.");
    }
  }
  console.log(`Regie api on ${url} (event store: ${config.EVENT_STORE})`);
  if (web.served) {
    const signIn = config.OIDC_DEV_PROVIDER
      ? ' (sign in with a demo account of the development identity provider)'
      : config.OIDC_ISSUER
        ? ` (sign in at ${config.OIDC_ISSUER})`
        : ' (no identity provider configured: set OIDC_ISSUER, see the README)';
    console.log(`Regie web app on ${config.PUBLIC_URL}/${signIn}`);
  } else {
    console.log('Regie web app not built: run npm run build:web');
  }
  if (config.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    // Only with the public development secret: a token printed for a secret of one's own would leak into logs.
    console.log(
      'Authentication uses the public development secret: set AUTH_JWKS_URL or AUTH_JWT_SECRET for real use.',
    );
    const token = await signDevelopmentToken(
      { sub: DEMO_REGISSEUR.userId, role: DEMO_REGISSEUR.role, name: DEMO_REGISSEUR.name, gemeente: DEMO_GEMEENTE },
      signing,
    );
    console.log(
      `Try the regisseur's view of the demo household (token valid 8 hours; a new one: ` +
        `npm run regie -- token --role regisseur --sub ${DEMO_REGISSEUR.userId} --gemeente ${DEMO_GEMEENTE}):\n` +
        exampleQuery(url, token),
    );
  }
}

function exampleQuery(url: string, token: string): string {
  const query =
    `{ household(id: \\"${DEMO_HOUSEHOLD_ID}\\") { name regisseur { name } ` +
    `providers { name active { label wachttijdDays overNorm stillWaiting } } ` +
    `timeline(first: 5) { totalCount edges { node { occurredAt domain summary } } } } }`;
  return [
    `curl -s ${url} -H 'content-type: application/json' \\`,
    `  -H 'authorization: Bearer ${token}' \\`,
    `  -d '{"query":"${query}"}'`,
  ].join('\n');
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
