import request from 'supertest';
import { startTestApp, type TestApp } from './test-app';

describe('GraphiQL outside production, from node_modules only', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('embedded');
  });
  afterAll(() => api?.close());

  it('serves the page at GET /graphql to a browser, with every asset local', async () => {
    const page = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBe(4);
    for (const source of sources) {
      expect(source).toMatch(/^\/graphiql\//); // nothing from a CDN
      const asset = await request(api.app.getHttpServer()).get(source).expect(200);
      expect(asset.body.length ?? asset.text.length).toBeGreaterThan(1000);
    }
  });

  it('leaves GraphQL requests alone', async () => {
    const answer = await request(api.app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ system { version } }' })
      .expect(200);
    expect(answer.body.data.system.version).toEqual(expect.any(String));
  });
});
