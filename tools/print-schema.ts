/**
 * `npm run schema`: writes the running api's GraphQL schema to schema.graphql (what domain teams and the web app's
 * generated client build on). `apps/api/test/schema.e2e-spec.ts` fails when the file and the api differ.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@regie/config';
import { AppModule } from '../apps/api/src/app.module';
import { printRegieSchema } from '../apps/api/src/graphql/print-schema';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'regie-schema-'));
  const config = loadConfig({ EVENT_STORE: 'embedded', DATA_DIR: dir, NODE_ENV: 'test', SEED_DEMO: 'false' });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.init();
  const file = join(__dirname, '..', 'schema.graphql');
  writeFileSync(file, printRegieSchema(app));
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(`print-schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
