import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { RegieConfig } from '@regie/config';

/** Every file GraphiQL needs, from node_modules: nothing is fetched from the internet. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** A file of a package by path, also where the package's `exports` does not list it (React's UMD builds). */
function packageFile(pkg: string, file: string): string {
  const main = require.resolve(pkg);
  const root = main.slice(
    0,
    main.lastIndexOf(`${sep}node_modules${sep}${pkg}${sep}`) + `${sep}node_modules${sep}${pkg}`.length,
  );
  return join(root, file);
}

const PAGE = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8" />
  <title>Regie GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">GraphiQL laadt…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: 'headers',
        headers: JSON.stringify({ authorization: 'Bearer <the token npm start printed, or: npm run -s regie -- token ...>' }, null, 2),
        defaultQuery: '{ myHouseholds { edges { node { id name activeProviders overdueWaits } } } }',
      }),
    );
  </script>
</body>
</html>`;

interface Request {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}
interface Response {
  type(type: string): Response;
  setHeader(name: string, value: string): void;
  send(body: string | Buffer): void;
}

const assets = new Map<string, Buffer>();

const wantsHtml = (request: Request) =>
  request.query.query === undefined && /text\/html/.test(String(request.headers.accept));

/** What a browser gets at /graphql in production (GraphiQL is off there). */
const API_PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8" /><title>Regie – GraphQL-API</title></head>
<body>
  <main>
    <h1>Dit is de GraphQL-API van Regie</h1>
    <p>Dit adres is voor systemen die met Regie koppelen, niet voor een browser.</p>
    <p>Wilt u met Regie werken? Ga naar <a href="/">de webapplicatie</a>.</p>
    <p>Bouwt u een koppeling? Het schema staat in <code>schema.graphql</code> in de broncode van Regie.</p>
  </main>
</body>
</html>`;

function asset(name: string): Buffer {
  let content = assets.get(name);
  if (!content) {
    content = readFileSync(packageFile(ASSETS[name]!.pkg, ASSETS[name]!.file));
    assets.set(name, content);
  }
  return content;
}

/**
 * GraphiQL at GET /graphql for a browser, outside production, served entirely from node_modules (no CDN). A GET
 * with a query, or from a client that does not ask for HTML, goes on to the GraphQL server. Registered on Express
 * before Apollo (see configureHttp), which would otherwise answer the GET itself.
 */
export function serveGraphiQL(config: Pick<RegieConfig, 'NODE_ENV'>) {
  return (request: Request, response: Response, next: () => void): void => {
    if (request.method !== 'GET') return next();
    if (config.NODE_ENV === 'production') {
      // A person who opens /graphql in a browser gets a page that says where to go, not Apollo's CSRF JSON.
      if (request.path === '/graphql' && wantsHtml(request)) response.type('text/html').send(API_PAGE);
      else next();
      return;
    }
    const name = /^\/graphiql\/([a-z-]+\.(?:js|css))$/.exec(request.path)?.[1];
    if (name && ASSETS[name]) {
      response.setHeader('cache-control', 'public, max-age=3600');
      response.type(ASSETS[name].type).send(asset(name));
      return;
    }
    const wantsPage = request.path === '/graphql' && wantsHtml(request);
    if (!wantsPage) return next();
    response.type('text/html').send(PAGE);
  };
}
