import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphqlAuthentication, TokenVerifier } from '@regie/access';
import { formatGraphQLError } from '@regie/household';
import { SessionAuthentication } from '@regie/sign-in';
import type { ExecutionArgs, GraphQLError, GraphQLSchema } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { tracedGraphqlWs } from '../observability/graphql-ws-tracing';
import { BODY_LIMIT_BYTES } from '../http/configure-http';
import { checkWsOperation } from './graphql-ws-operation';

/** Path of the GraphQL endpoint, over HTTP and graphql-ws alike. */
const GRAPHQL_PATH = '/graphql';

/** Settings of the graphql-ws endpoint that the composition root decides. */
export class GraphQLWsSettings {
  constructor(readonly production: boolean) {}
}

/**
 * The graphql-ws endpoint (`/graphql`, subprotocol `graphql-transport-ws`), run by Regie rather than by
 * `@nestjs/graphql` so that the WebSocket server has a message limit (`maxPayload`, the HTTP body limit of 100 kB;
 * Nest's server keeps `ws`'s default of 100 MiB) and every operation passes the same document limits as HTTP
 * (`checkWsOperation`). Only subscriptions: queries and mutations go over HTTP (the web app only subscribes here).
 * Authentication is the same as Apollo's context: the token (or the session cookie with its CSRF token) checked
 * once at `connection_init`, and every operation runs through Nest's guards, so the rate limit counts it.
 */
@Injectable()
export class GraphQLWebSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('GraphQLWebSocket');
  private server: WebSocketServer | undefined;
  private dispose: (() => Promise<void>) | undefined;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const server = this.server;
    if (!server || !server.shouldHandle(request)) return;
    server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
  };

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly verifier: TokenVerifier,
    private readonly sessions: SessionAuthentication,
    private readonly settings: GraphQLWsSettings,
  ) {}

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as
      { on(event: 'upgrade', listener: GraphQLWebSocketServer['onUpgrade']): void } | undefined;
    if (!httpServer) return;
    this.server = new WebSocketServer({ noServer: true, path: GRAPHQL_PATH, maxPayload: BODY_LIMIT_BYTES });
    const { dispose } = useServer(this.options(this.schemaHost.schema), this.server);
    this.dispose = dispose;
    // graphql-ws prints a socket's error with its stack to the console; `ws` has already closed the socket with the
    // right code (1009 for a message over the limit), so a short debug line is enough.
    this.server.on('connection', (socket: WebSocket) => {
      socket.removeAllListeners('error');
      socket.on('error', (error) => this.logger.debug(`graphql-ws connection closed: ${error.message}`));
    });
    httpServer.on('upgrade', this.onUpgrade);
  }

  async onModuleDestroy(): Promise<void> {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as
      { off(event: 'upgrade', listener: GraphQLWebSocketServer['onUpgrade']): void } | undefined;
    httpServer?.off('upgrade', this.onUpgrade);
    await this.dispose?.();
    this.dispose = undefined;
  }

  private options(schema: GraphQLSchema): ServerOptions {
    const authentication = graphqlAuthentication(this.verifier, this.sessions);
    const format = (error: { toJSON(): object }) =>
      formatGraphQLError(error.toJSON() as Parameters<typeof formatGraphQLError>[0], error);
    return {
      schema,
      ...tracedGraphqlWs(),
      context: (ctx) => authentication.context(ctx),
      onConnect: (ctx) => authentication.onConnect(ctx),
      onSubscribe: (_ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const checked = checkWsOperation(schema, payload, { production: this.settings.production });
        return 'errors' in checked ? checked.errors : checked.args;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(format) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
    } as ServerOptions;
  }
}
