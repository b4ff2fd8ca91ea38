import { createServer } from 'node:net';

/**
 * A port for an api process a test starts. It lies below Linux's ephemeral range (32768–60999), so no outgoing
 * connection of the run (to PostgreSQL, fetch) can take it between this check and the api's listen; a port from that
 * range once made a restart after kill -9 fail with EADDRINUSE. Checked free on all interfaces, as the api listens.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (await canListen(port)) return port;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
