import './tracing';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { signDevelopmentToken } from '@regie/access';
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig, type RegieConfig } from '@regie/config';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { AppModule } from './app.module';
import { configureHttp, limitSlowClients } from './http/configure-http';
import { ProjectorAppModule } from './projector-app.module';
import { DEMO_GEMEENTE, DEMO_REGISSEUR } from './demo/demo-household';
import { seedDemo } from './demo/demo-seed';
import { ApplicationLogger } from './observability/logging';
import { startUpBanner, type StartUpFacts } from './start-up-banner';
import { SessionAuthentication } from '@regie/sign-in';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mountDevelopmentIdp } from './development-idp/development-idp';
import { serveWebApp } from './web/serve-web-app';

/**
 * Silent until the pino logger takes over, and without Nest's `abortOnError` (which exits 1 before anything is
 * printed): a start-up failure reaches fail() and is one line.
 */
const QUIET_START = { logger: false, abortOnError: false } as const;

async function bootstrap(config: RegieConfig): Promise<void> {
  if (config.PROJECTOR_ONLY) {
    const projector = await NestFactory.create(ProjectorAppModule.forRoot(config), QUIET_START);
    projector.useLogger(new ApplicationLogger(projector.get(Logger)));
    projector.enableShutdownHooks();
    limitSlowClients(projector);
    await projector.listen(config.PORT);
    projector.get(Logger).log(`Regie projector running, health and metrics on port ${config.PORT}`, 'Projector');
    return;
  }
  // Silent until the pino logger takes over: start-up failures stay one line (see fail()).
  const app = await NestFactory.create(AppModule.forRoot(config), QUIET_START);
  // Structured JSON logs (pino) for Nest's own messages too; LOG_LEVEL sets the level.
  app.useLogger(new ApplicationLogger(app.get(Logger)));
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
  let demo: StartUpFacts['demo'] = 'off';
  // The configuration refuses SEED_DEMO=true in production; the check here keeps that true if it ever changes.
  if (config.SEED_DEMO && config.NODE_ENV !== 'production' && config.EVENT_STORE === 'embedded') {
    // An empty store gets the demo; a store that has data had it loaded on an earlier start.
    if (!emptyStore) demo = 'present';
    else {
      demo = config.AUTH_JWT_SECRET ? 'loaded' : 'not-signable';
      if (config.AUTH_JWT_SECRET) await seedDemo(url, signing);
    }
  }
  // Only with the public development secret: a token printed for a secret of one's own would leak into logs.
  const demoToken =
    config.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET
      ? await signDevelopmentToken(
          { sub: DEMO_REGISSEUR.userId, role: DEMO_REGISSEUR.role, name: DEMO_REGISSEUR.name, gemeente: DEMO_GEMEENTE },
          signing,
        )
      : undefined;
  const banner = startUpBanner(config, { url, demo, demoToken, web: web.served });
  // In production stdout carries only JSON log lines (a log shipper parses them); the banner goes to stderr there.
  if (config.NODE_ENV === 'production') console.error(banner);
  else console.log(banner);
}

/** Start-up problems are one line and a non-zero exit: nobody should read a stack trace to fix a setting. */
function fail(error: unknown, config?: RegieConfig): never {
  const full = error instanceof Error ? error.message : String(error);
  const message = full.split('\n')[0]!.trim() || (error instanceof Error ? error.name : 'unknown error');
  const where = config && isConnectionFailure(full) ? ` (${databaseTarget(config)})` : '';
  console.error(`regie: ${error instanceof ConfigError ? message : `cannot start: ${message}${where}`}`);
  process.exit(1);
}

/** A database that could not be reached, not one that refused what it was asked. */
const isConnectionFailure = (message: string) =>
  /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(
    message,
  );

/** Which database start-up tried, without user or password. */
function databaseTarget(config: RegieConfig): string {
  if (config.EVENT_STORE === 'embedded') return `DATA_DIR ${config.DATA_DIR}`;
  const url = new URL(config.DATABASE_URL);
  return `DATABASE_URL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

try {
  const config = loadConfig();
  bootstrap(config).catch((error: unknown) => fail(error, config));
} catch (error) {
  fail(error);
}
