import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printRegieSchema } from '../src/graphql/print-schema';
import { startTestApp, type TestApp } from './test-app';

describe('schema.graphql', () => {
  let api: TestApp;
  beforeAll(async () => (api = await startTestApp('embedded')));
  afterAll(() => api?.close());

  it('is the schema the api serves (run `npm run schema` after changing the api)', () => {
    const committed = readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(printRegieSchema(api.app)).toBe(committed);
  });
});
