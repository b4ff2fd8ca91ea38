import { parseArgs } from 'node:util';
import { actorFromClaims, signDevelopmentToken } from '@regie/access/tokens';
import { ConfigError, loadConfig } from '@regie/config';

/** The help text; `domains` are the registered domain codes (from `@regie/domains`). */
export const tokenHelp = (
  domains: readonly string[],
) => `Usage: regie token --role <role> --sub <user id> --gemeente <cbs> [--name <name>] [--domain <code>] [--expires-in 8h]

Prints a development bearer token (HS256, signed with AUTH_JWT_SECRET or the public development secret, with
AUTH_ISSUER and AUTH_AUDIENCE) for the api: send it as "Authorization: Bearer <token>".

  --role        regisseur, domeinmedewerker, functioneel_beheerder or auditor
  --sub         the user id (becomes the actor's userId)
  --gemeente    CBS gemeentecode of the user's gemeente, four digits (e.g. 0363)
  --name        display name
  --domain      required for a domeinmedewerker: ${orList(domains)}
  --expires-in  lifetime, e.g. 30m, 8h (default 8h; at most AUTH_TOKEN_MAX_HOURS, default 12h, which the api accepts)

Refused when NODE_ENV=production or AUTH_JWKS_URL is set: tokens then come from the gemeente's identity provider.
`;

const orList = (codes: readonly string[]) =>
  codes.length > 1 ? `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}` : codes.join('');

const EXPIRES_IN = /^[1-9]\d*[smhd]$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
const secondsOf = (span: string) => Number(span.slice(0, -1)) * UNIT_SECONDS[span.slice(-1)]!;

/** `regie token …`: prints a token on stdout and returns 0, or one line on stderr and 1. */
export async function tokenCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const fail = (message: string) => {
    process.stderr.write(`regie: token: ${message}\n`);
    return 1;
  };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        role: { type: 'string' },
        sub: { type: 'string' },
        name: { type: 'string' },
        domain: { type: 'string' },
        gemeente: { type: 'string' },
        'expires-in': { type: 'string', default: '8h' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const message = (error as { message?: unknown }).message;
    return fail(`${typeof message === 'string' ? message.split('\n')[0] : String(error)} (try regie token --help)`);
  }
  if (values.help) {
    process.stdout.write(tokenHelp((await import('@regie/domains')).DOMAIN_CODES));
    return 0;
  }
  if (env.NODE_ENV === 'production') {
    return fail("refused with NODE_ENV=production: tokens come from the gemeente's identity provider");
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    return fail(error instanceof ConfigError ? error.message : String(error));
  }
  if (config.AUTH_JWKS_URL) {
    return fail("refused with AUTH_JWKS_URL set: tokens come from the gemeente's identity provider");
  }
  for (const required of ['role', 'sub', 'gemeente'] as const) {
    if (typeof values[required] !== 'string') return fail(`--${required} is required (try regie token --help)`);
  }
  const expiresIn = values['expires-in'] as string;
  if (!EXPIRES_IN.test(expiresIn)) return fail('--expires-in must be a number with s, m, h or d, e.g. 8h');
  if (secondsOf(expiresIn) > config.AUTH_TOKEN_MAX_HOURS * 3600) {
    return fail(
      `--expires-in must be at most ${config.AUTH_TOKEN_MAX_HOURS}h (AUTH_TOKEN_MAX_HOURS): the api refuses longer`,
    );
  }
  const claims = {
    sub: values.sub as string,
    role: values.role as string,
    gemeente: values.gemeente as string,
    ...(values.name === undefined ? {} : { name: values.name as string }),
    ...(values.domain === undefined ? {} : { domain: values.domain as string }),
  };
  // The same check the api applies, so the CLI never prints a token the api would refuse.
  // The domain codes come from the registered domains, loaded only for a domeinmedewerker so `token` stays light.
  const domains = claims.role === 'domeinmedewerker' ? (await import('@regie/domains')).DOMAIN_CODES : [];
  const checked = actorFromClaims(claims, domains);
  if (checked.problem !== undefined) return fail(`--${checked.problem}`);
  if (claims.domain !== undefined && claims.role !== 'domeinmedewerker') {
    return fail('--domain is only for a domeinmedewerker');
  }
  const token = await signDevelopmentToken(claims, {
    secret: config.AUTH_JWT_SECRET,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    expiresIn,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}
