import { SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { redactAttributes, redactSpan } from './span-redaction';

describe('span redaction', () => {
  it('keeps names, routes and codes, and strips the query string from paths', () => {
    expect(
      redactAttributes({
        'http.request.method': 'GET',
        'url.path': '/graphql?query={household(id:"x")}&variables={"bsn":"123456782"}',
        'http.response.status_code': 200,
        'graphql.operation.name': 'Household',
        'regie.projector.events': 12,
      }),
    ).toEqual({
      'http.request.method': 'GET',
      'url.path': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.name': 'Household',
      'regie.projector.events': 12,
    });
  });

  it('drops what a user typed or who they are: the document, variables, addresses, user agent, anything unknown', () => {
    expect(
      redactAttributes({
        'graphql.source': 'mutation { registerHousehold(input: { name: "Familie Jansen" }) { position } }',
        'graphql.variables.input.bsn': '123456782',
        'client.address': '192.0.2.10',
        'network.peer.address': '192.0.2.10',
        'user_agent.original': 'Mozilla/5.0',
        'url.query': 'bsn=123456782',
        'enduser.id': 'u-anna',
        'exception.message': 'Lid Jan Jansen bestaat niet',
      }),
    ).toEqual({});
  });

  it('a redacted span keeps its ids and timing, loses the status message and exception text', () => {
    const span = {
      name: 'mutation RegisterHousehold',
      spanContext: () => ({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 }),
      attributes: { 'graphql.operation.name': 'RegisterHousehold', 'graphql.source': 'mutation {...}' },
      status: { code: SpanStatusCode.ERROR, message: 'BSN 123456782 is ongeldig' },
      events: [
        { name: 'exception', attributes: { 'exception.type': 'GraphQLError', 'exception.message': 'BSN 123456782' } },
      ],
      links: [],
    } as unknown as ReadableSpan;
    const redacted = redactSpan(span);
    expect(redacted.name).toBe('mutation RegisterHousehold');
    expect(redacted.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(redacted.attributes).toEqual({ 'graphql.operation.name': 'RegisterHousehold' });
    expect(redacted.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(redacted.events[0]!.attributes).toEqual({ 'exception.type': 'GraphQLError' });
    expect(JSON.stringify(redacted)).not.toContain('123456782');
  });
});
