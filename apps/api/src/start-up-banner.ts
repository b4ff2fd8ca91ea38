import type { RegieConfig } from '@regie/config';
import { DEMO_GEMEENTE, DEMO_HOUSEHOLD_ID, DEMO_REGISSEUR } from './demo/demo-household';

export interface StartUpFacts {
  readonly url: string;
  readonly demo: 'loaded' | 'present' | 'not-signable' | 'off';
  /** A token for the demo regisseur, only when the public development secret signs (never a real secret's token). */
  readonly demoToken?: string;
  /** Whether the web app is built and served at PUBLIC_URL. */
  readonly web: boolean;
}

/** What `npm start` prints for a person, before any log line: where, how to sign in, a query that works. */
export function startUpBanner(config: RegieConfig, facts: StartUpFacts): string {
  const store = config.EVENT_STORE === 'embedded' ? `embedded in ${config.DATA_DIR}` : config.EVENT_STORE;
  const lines = [
    '',
    `Regie api: ${facts.url}` +
      (config.NODE_ENV === 'production' ? '' : ' (open it in a browser for GraphiQL)') +
      `, event store: ${store}`,
    webAppLine(config, facts.web),
  ];
  if (facts.demo === 'loaded')
    lines.push('Loaded the demo household Familie De Vries (SEED_DEMO=false leaves it out).');
  if (facts.demo === 'not-signable') {
    lines.push("Demo household not loaded: with AUTH_JWKS_URL the api cannot sign its demo users' tokens.");
  }
  if (facts.demoToken) {
    const tokenCommand =
      `npm run -s regie -- token --role ${DEMO_REGISSEUR.role} --sub ${DEMO_REGISSEUR.userId} ` +
      `--gemeente ${DEMO_GEMEENTE} --name '${DEMO_REGISSEUR.name}'`;
    lines.push(
      '',
      'Sign in: send "Authorization: Bearer <token>" with every request (in GraphiQL: the Headers tab).',
      `Token of the demo regisseur ${DEMO_REGISSEUR.name} (gemeente ${DEMO_GEMEENTE}, valid 8 hours):`,
      '',
      facts.demoToken,
      '',
      `A new one: ${tokenCommand}`,
      'This uses the public development secret: set AUTH_JWKS_URL (or AUTH_JWT_SECRET) for real use.',
      '',
      ...(facts.demo === 'loaded' || facts.demo === 'present'
        ? ["Ready query, the regisseur's view of the demo household:", '', householdQuery(facts.url, facts.demoToken)]
        : ['Ready query, who the token signs in:', '', viewerQuery(facts.url, facts.demoToken)]),
    );
  } else {
    lines.push('Sign in with a token of your identity provider: "Authorization: Bearer <token>".');
  }
  lines.push('', 'Logs follow as JSON lines (LOG_LEVEL; at debug also the demo seed and Nest start-up).', '');
  return lines.join('\n');
}

function webAppLine(config: RegieConfig, served: boolean): string {
  if (!served) return 'Regie web app not built: run npm run build:web';
  const signIn = config.OIDC_DEV_PROVIDER
    ? 'sign in with a demo account of the development identity provider'
    : config.OIDC_ISSUER
      ? `sign in at ${config.OIDC_ISSUER}`
      : 'no identity provider configured: set OIDC_ISSUER, see the README';
  return `Regie web app: ${config.PUBLIC_URL}/ (${signIn})`;
}

function householdQuery(url: string, token: string): string {
  return curl(
    url,
    token,
    `{ household(id: \\"${DEMO_HOUSEHOLD_ID}\\") { name regisseur { name } ` +
      `providers { name active { label wachttijdDays overNorm stillWaiting } } ` +
      `timeline(first: 5) { totalCount edges { node { occurredAt domain summary } } } } }`,
  );
}

const viewerQuery = (url: string, token: string) => curl(url, token, '{ viewer { userId name role gemeente } }');

function curl(url: string, token: string, query: string): string {
  return [
    `curl -s ${url} -H 'content-type: application/json' \\`,
    `  -H 'authorization: Bearer ${token}' \\`,
    `  -d '{"query":"${query}"}'`,
  ].join('\n');
}
