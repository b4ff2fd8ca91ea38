import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createSchema, eventually, startApi, type ApiProcess } from './processes';
import { beheerder, tokenFor } from './test-app';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  name: string;
  kind: number;
  attributes: { key: string; value: OtlpValue }[];
}

/**
 * OpenTelemetry in a real api process (instrumentations load through Node's require, not under Jest): spans exported
 * over OTLP/HTTP to a collector in this test, W3C traceparent in and out, the trace id on events and verwerkingenlog
 * lines, and no personal data in any span attribute.
 */
describe('tracing of a real api process, exported over OTLP (PostgreSQL)', () => {
  const spans: OtlpSpan[] = [];
  let collector: Server;
  let schema: Awaited<ReturnType<typeof createSchema>>;
  let api: ApiProcess;
  const traceId = '0af7651916cd43dd8448eb211c80319c';
  const callerSpan = 'b7ad6b7169203331';
  const bsn = '123456782';
  const memberName = 'Tineke Traceervoorbeeld';

  beforeAll(async () => {
    collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/v1/traces') {
          const parsed = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
          for (const resource of parsed.resourceSpans)
            for (const scope of resource.scopeSpans) spans.push(...scope.spans);
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    schema = await createSchema();
    api = await startApi(schema.url, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 120_000);
  afterAll(async () => {
    await api?.kill('SIGTERM');
    await schema?.drop();
    await new Promise((resolve) => collector?.close(resolve));
  });

  const attribute = (span: OtlpSpan, key: string) => {
    const value = span.attributes.find((entry) => entry.key === key)?.value;
    return value?.stringValue ?? value?.intValue ?? value?.boolValue;
  };

  it('continues the caller trace: traceparent returned, trace id on the events and the verwerkingenlog', async () => {
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(beheerder)}`,
        traceparent: `00-${traceId}-${callerSpan}-01`,
      },
      body: JSON.stringify({
        query: `mutation RegisterTraced($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
        operationName: 'RegisterTraced',
        variables: {
          input: {
            gemeente: '0363',
            name: 'Familie Traceervoorbeeld',
            members: [{ bsn, name: memberName, birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' }],
          },
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const events = await schema.client.query<{ correlation: string }>(
      `select metadata->>'correlationId' as correlation from events where stream_id like 'household-%'`,
    );
    expect(events.rows.map((row) => row.correlation)).toEqual([traceId]);
    const log = await schema.client.query<{ correlation_id: string }>(
      `select correlation_id from processing_log where operation = 'WRITE'`,
    );
    expect(log.rows.map((row) => row.correlation_id)).toEqual([traceId]);
  });

  it('exports spans for HTTP, the GraphQL operation by name, PostgreSQL and the projector', async () => {
    const inTrace = await eventually(async () => {
      const found = spans.filter((span) => span.traceId === traceId);
      const done = found.some((span) => attribute(span, 'graphql.operation.name') === 'RegisterTraced');
      const database = found.some(
        (span) => (attribute(span, 'db.system.name') ?? attribute(span, 'db.system')) === 'postgresql',
      );
      return done && database ? found : undefined;
    });
    const server = inTrace.find((span) => span.kind === 2 && attribute(span, 'http.request.method') === 'POST');
    expect(server && attribute(server, 'url.path')).toBe('/graphql');
    expect(inTrace.some((span) => span.name.includes('RegisterTraced'))).toBe(true);
    await eventually(async () => spans.some((span) => span.name === 'projector batch'));
  });

  it('traces a graphql-ws subscription under the trace of its upgrade request', async () => {
    const wsTrace = '1f1e1d1c1b1a19181716151413121110';
    const token = await tokenFor(beheerder);
    class TracedWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { traceparent: `00-${wsTrace}-${callerSpan}-01` } });
      }
    }
    const client = createClient({
      url: `ws://127.0.0.1:${api.port}/graphql`,
      webSocketImpl: TracedWebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const unsubscribe = client.subscribe(
      {
        query: 'subscription Follow($id: ID!) { timelineUpdated(householdId: $id) { id } }',
        operationName: 'Follow',
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    try {
      const span = await eventually(async () =>
        spans.find((candidate) => candidate.traceId === wsTrace && candidate.name === 'graphql-ws subscription Follow'),
      );
      expect(attribute(span, 'graphql.operation.name')).toBe('Follow');
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });

  it('puts no personal data in any span attribute', async () => {
    const exported = JSON.stringify(spans.map((span) => span.attributes));
    for (const secret of [bsn, memberName, 'Traceervoorbeeld', '1980-01-01']) expect(exported).not.toContain(secret);
    const keys = new Set(spans.flatMap((span) => span.attributes.map((entry) => entry.key)));
    for (const forbidden of ['graphql.source', 'http.user_agent', 'user_agent.original', 'net.peer.ip']) {
      expect(keys.has(forbidden)).toBe(false);
    }
  });
});
