import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { HTTP_TIMEOUTS } from '../src/http/configure-http';
import { startTestApp, type TestApp } from './test-app';

// A slowloris client (headers trickling in, a line every second) is cut off by the server, not held for minutes.

describe('slow clients', () => {
  let api: TestApp;
  let port: number;
  beforeAll(async () => {
    api = await startTestApp('postgres');
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer() as { address(): AddressInfo }).address().port;
  });
  afterAll(() => api?.close());

  it('closes a connection whose headers are not complete within the headers timeout (10 s), with 408', async () => {
    expect(HTTP_TIMEOUTS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 });
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += String(chunk)));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\n');
    const trickle = setInterval(() => socket.write(`X-Slow-${Date.now()}: 1\r\n`), 1000);
    // Node's default would hold it 60 to 90 s; give the server twice its limit, then give up.
    const closedAfter = await new Promise<number>((resolve) => {
      const deadline = setTimeout(() => resolve(-1), 2 * HTTP_TIMEOUTS.headersTimeoutMs);
      socket.once('close', () => (clearTimeout(deadline), resolve(Date.now() - started)));
    });
    clearInterval(trickle);
    socket.destroy();
    expect(closedAfter).toBeGreaterThanOrEqual(HTTP_TIMEOUTS.headersTimeoutMs - 1000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 30_000);
});
