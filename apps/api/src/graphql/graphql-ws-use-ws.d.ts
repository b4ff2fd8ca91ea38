// graphql-ws publishes `graphql-ws/use/ws` only through package.json "exports", which this project's
// `moduleResolution` does not read; Node and Jest do. The one function used here, typed as graphql-ws 6 types it.
declare module 'graphql-ws/use/ws' {
  import type { ServerOptions } from 'graphql-ws';
  import type { WebSocketServer } from 'ws';

  export function useServer(
    options: ServerOptions,
    ws: WebSocketServer,
    keepAlive?: number,
  ): { dispose: () => Promise<void> };
}
