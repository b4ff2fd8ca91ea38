import { createHash } from 'node:crypto';
import request from 'supertest';
import { beheerder, startTestApp, tokenFor, type TestApp } from './test-app';

/** Automatic persisted queries (APQ), on by decision: a cache of documents by hash, never a way around the checks. */
describe('automatic persisted queries (embedded store)', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp('embedded');
    token = await tokenFor(beheerder);
  }, 60_000);
  afterAll(() => api?.close());

  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
  const post = (body: Record<string, unknown>, bearer: string | null = token) => {
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    return (bearer ? call.set('authorization', `Bearer ${bearer}`) : call).send(body);
  };

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND; after the client sends the document, the hash alone answers', async () => {
    const query = 'query SystemVersion { system { version } }';
    const hash = sha256(query);
    const miss = await post({ extensions: apq(hash) });
    expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query, extensions: apq(hash) });
    expect(registered.body.data.system.version).toEqual(expect.any(String));
    const hit = await post({ extensions: apq(hash) });
    expect(hit.body).toEqual(registered.body);
  });

  it('refuses a document whose hash does not match', async () => {
    const response = await post({ query: '{ system { version } }', extensions: apq(sha256('something else')) });
    expect(response.body.errors[0].message).toMatch(/sha does not match/i);
    expect(response.body.data).toBeUndefined();
  });

  it('a document sent by hash is still authenticated', async () => {
    const query = 'query Register { processingActivities { uri } }';
    expect((await post({ query, extensions: apq(sha256(query)) })).body.errors).toBeUndefined();
    const anonymous = await post({ extensions: apq(sha256(query)) }, null);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
  });

  it('a document sent by hash is still held to the limits (aliases), and a refused one is not stored', async () => {
    const tooManyAliases = `query Aliases { ${Array.from({ length: 20 }, (_, i) => `a${i}: system { version }`).join(' ')} }`;
    const response = await post({ query: tooManyAliases, extensions: apq(sha256(tooManyAliases)) });
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const byHash = await post({ extensions: apq(sha256(tooManyAliases)) });
    expect(byHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(byHash.body.data ?? null).toBeNull();
  });
});
