import { TokenVerifier } from '@regie/access';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '@regie/config';
import { DOMAIN_CODES } from '@regie/domains';
import { run } from '../src/main';

// `regie token` through the CLI's command function, as `npm run regie -- token …` calls it.

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await run(args, env);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('regie token', () => {
  it('prints a development token the api accepts, for the configured secret, issuer and audience', async () => {
    const result = await cli(
      ['token', '--role', 'regisseur', '--sub', 'u-regisseur-anna', '--gemeente', '0363', '--name', 'Anna Bakker'],
      {},
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const verified = await TokenVerifier.fromConfig(loadConfig({})).verify(result.stdout.trim());
    expect(verified.actor).toEqual({
      userId: 'u-regisseur-anna',
      role: 'regisseur',
      name: 'Anna Bakker',
      gemeente: '0363',
    });
    expect(verified.expiresAt - Date.now()).toBeGreaterThan(7.9 * 3600_000);

    const env = { AUTH_JWT_SECRET: 's'.repeat(40), AUTH_ISSUER: 'regie-test', AUTH_AUDIENCE: 'regie-test-api' };
    const own = await cli(
      ['token', '--role', 'domeinmedewerker', '--domain', 'WMO', '--sub', 'u-wmo', '--gemeente', '0599'],
      env,
    );
    expect(own.code).toBe(0);
    expect(
      (await TokenVerifier.fromConfig(loadConfig(env), DOMAIN_CODES).verify(own.stdout.trim())).actor,
    ).toMatchObject({
      domain: 'WMO',
      gemeente: '0599',
    });
    await expect(TokenVerifier.fromConfig(loadConfig({}), DOMAIN_CODES).verify(own.stdout.trim())).rejects.toThrow();
  });

  it('honours --expires-in', async () => {
    const result = await cli([
      'token',
      '--role',
      'auditor',
      '--sub',
      'u-a',
      '--gemeente',
      '0363',
      '--expires-in',
      '30m',
    ]);
    expect(result.code).toBe(0);
    const { expiresAt } = await TokenVerifier.fromConfig(loadConfig({})).verify(result.stdout.trim());
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(expiresAt - Date.now()).toBeGreaterThan(29 * 60_000);
  });

  it('shows its help with --help, and lists the command in regie --help', async () => {
    const help = await cli(['token', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: regie token --role <role> --sub <user id> --gemeente <cbs>');
    // The domain codes come from the registered domains, none written into the help.
    const codes = `${DOMAIN_CODES.slice(0, -1).join(', ')} or ${DOMAIN_CODES.at(-1)}`;
    expect(help.stdout).toContain(`--domain      required for a domeinmedewerker: ${codes}\n`);
    expect((await cli(['--help'])).stdout).toContain('token');
  });

  it.each([
    [['--sub', 'u-1', '--gemeente', '0363'], '--role is required'],
    [['--role', 'regisseur', '--gemeente', '0363'], '--sub is required'],
    [['--role', 'regisseur', '--sub', 'u-1'], '--gemeente is required'],
    [['--role', 'admin', '--sub', 'u-1', '--gemeente', '0363'], '--role must be one of regisseur, domeinmedewerker'],
    [
      ['--role', 'domeinmedewerker', '--sub', 'u-1', '--gemeente', '0363'],
      '--domain is required for a domeinmedewerker',
    ],
    [['--role', 'regisseur', '--sub', 'u-1', '--gemeente', '363'], '--gemeente must be a 4-digit CBS gemeentecode'],
    [['--role', 'regisseur', '--sub', 'u-1', '--gemeente', '0363', '--domain', 'JEUGD'], '--domain is only for a'],
    [['--role', 'regisseur', '--sub', 'u-1', '--gemeente', '0363', '--expires-in', 'soon'], '--expires-in must be'],
    [
      ['--role', 'regisseur', '--sub', 'u-1', '--gemeente', '0363', '--expires-in', '1d'],
      '--expires-in must be at most 12h',
    ],
    [['--role', 'regisseur', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j with one line and exit code 1', async (args, message) => {
    const result = await cli(['token', ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`regie: token: ${message}`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: 'T7q!v9Lr2#pXw4Zs8Kd1Hm6Bn3Fc5Gj0p' },
      'refused with NODE_ENV=production',
    ],
    [{ AUTH_JWKS_URL: 'https://idp.gemeente.nl/jwks' }, 'refused with AUTH_JWKS_URL set'],
  ])('refuses where tokens come from an identity provider (%j)', async (env, message) => {
    const result = await cli(['token', '--role', 'regisseur', '--sub', 'u-1', '--gemeente', '0363'], env);
    expect(result).toEqual({ code: 1, stdout: '', stderr: expect.stringContaining(`regie: token: ${message}`) });
    expect(result.stderr).not.toContain(DEVELOPMENT_JWT_SECRET);
  });
});
