import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SessionAuthentication } from '@regie/sign-in';
import express from 'express';

/** Paths that belong to the api, never to the web app's routes. */
const API_PATHS = /^\/(graphql|graphiql|auth|dev-idp|health|metrics)(\/|$)/;

interface Request {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}
interface Response {
  setHeader(name: string, value: string): void;
  type(type: string): Response;
  status(code: number): Response;
  send(body: string): void;
}

const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Security headers of the web app's pages: scripts and styles only from this origin, the GraphQL WebSocket on it,
 * no framing. Inline style attributes are allowed (charts set them), inline scripts are not.
 */
export function pageSecurityHeaders(publicUrl: string): Record<string, string> {
  const ws = publicUrl.replace(/^http/, 'ws');
  return {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${ws}`,
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self' " + new URL(publicUrl).origin + ' https: http://localhost:* http://127.0.0.1:*',
      "base-uri 'none'",
      "object-src 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

/**
 * Serves the built web app (`npm run build:web` → WEB_DIST_DIR) at `/`: hashed assets with a long cache, and
 * index.html for every other GET that asks for HTML and is not an api path. The page carries the session's CSRF
 * token in a meta tag (only for a signed-in browser); GraphQL requests send it back in `x-csrf-token`.
 */
export function serveWebApp(
  app: NestExpressApplication,
  options: { distDir: string; publicUrl: string; sessions: SessionAuthentication },
): { served: boolean } {
  const dir = resolve(options.distDir);
  const indexFile = join(dir, 'index.html');
  const server = app.getHttpAdapter().getInstance() as express.Express;
  if (!existsSync(indexFile)) {
    server.get('/', (_request: Request, response: Response) => {
      response
        .status(503)
        .type('text/html')
        .send(
          '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Regie</title></head><body><main>' +
            '<h1>Regie</h1><p>De webapplicatie is nog niet gebouwd. Voer <code>npm run build:web</code> uit en ' +
            'start Regie opnieuw.</p></main></body></html>',
        );
    });
    return { served: false };
  }
  // Read again when a new build replaced it (`npm run build:web` while the api runs), else from memory.
  let template = { mtimeMs: 0, html: '' };
  const page = () => {
    const { mtimeMs } = statSync(indexFile);
    if (mtimeMs !== template.mtimeMs) template = { mtimeMs, html: readFileSync(indexFile, 'utf8') };
    return template.html;
  };
  const headers = pageSecurityHeaders(options.publicUrl);
  server.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  server.use(async (request: Request, response: Response, next: (error?: unknown) => void) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path)) return next();
    if (request.path !== '/' && !/text\/html/.test(String(request.headers.accept ?? ''))) return next();
    try {
      const session = await options.sessions.forPage(request.headers);
      const meta = session ? `<meta name="regie-csrf" content="${escapeAttribute(session.csrfToken)}" />` : '';
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      response.type('text/html').send(page().replace('<!--regie-session-->', meta));
    } catch (error) {
      next(error);
    }
  });
  return { served: true };
}
