import { Logger } from '@nestjs/common';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '@regie/config';
import { GraphQLError } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { signDevelopmentToken, type DevelopmentTokenClaims } from './development-token';
import { TokenVerifier } from './token-verifier';
import { UNAUTHENTICATED_MESSAGE } from './unauthenticated';

const regisseur = { sub: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
// The codes the api passes from the registered domains (@regie/domains); access itself knows none.
const KNOWN_DOMAINS = ['JEUGD', 'WMO', 'WERK_EN_INKOMEN'];
const verifier = TokenVerifier.fromConfig(loadConfig({ NODE_ENV: 'test' }), KNOWN_DOMAINS);
const secretKey = new TextEncoder().encode(DEVELOPMENT_JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);

// Everything the verifier logs, to show that no token (or part of one) ever ends up in a log line.
const logged: string[] = [];
const collect = (message: unknown) => void logged.push(String(message));
beforeAll(() =>
  Logger.overrideLogger({ log: collect, error: collect, warn: collect, debug: collect, verbose: collect }),
);
afterAll(() => Logger.overrideLogger(true));

async function expectRejected(token: string, by: TokenVerifier = verifier) {
  logged.length = 0;
  const error = await by.verify(token).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).message).toBe(UNAUTHENTICATED_MESSAGE);
  expect((error as GraphQLError).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(await by.authenticate(`Bearer ${token}`)).toEqual({ authFailure: true });
  expect(logged.length).toBeGreaterThan(0);
  for (const part of token.split('.').filter((segment) => segment.length > 8)) {
    expect(logged.join('\n')).not.toContain(part);
  }
}

const signed = (claims: DevelopmentTokenClaims) => signDevelopmentToken(claims);

describe('TokenVerifier with the HS256 secret', () => {
  it('turns a valid development token into the actor', async () => {
    const { actor, expiresAt } = await verifier.verify(await signed(regisseur));
    expect(actor).toEqual({ userId: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' });
    expect(expiresAt).toBeGreaterThan(Date.now() + 7 * 3600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 8 * 3600_000);
  });

  it('keeps the domain of a domeinmedewerker, and only of a domeinmedewerker', async () => {
    for (const domain of KNOWN_DOMAINS) {
      const { actor } = await verifier.verify(
        await signed({ sub: 'u-1', role: 'domeinmedewerker', domain, gemeente: '0599' }),
      );
      expect(actor).toEqual({ userId: 'u-1', role: 'domeinmedewerker', domain, gemeente: '0599' });
    }
    const { actor } = await verifier.verify(await signed({ ...regisseur, domain: 'JEUGD' }));
    expect(actor.domain).toBeUndefined();
  });

  it('accepts a domain that is not (yet) known when it is on the list it was given', async () => {
    const withOnderwijs = new TokenVerifier({
      secret: DEVELOPMENT_JWT_SECRET,
      issuer: 'regie',
      audience: 'regie-api',
      domains: [...KNOWN_DOMAINS, 'ONDERWIJS'],
    });
    const token = await signed({ sub: 'u-1', role: 'domeinmedewerker', domain: 'ONDERWIJS', gemeente: '0363' });
    expect((await withOnderwijs.verify(token)).actor.domain).toBe('ONDERWIJS');
    await expectRejected(token);
  });

  it('reads "Bearer <token>" with any case of the scheme; no value at all is anonymous', async () => {
    const token = await signed(regisseur);
    expect(await verifier.authenticate(`Bearer ${token}`)).toMatchObject({ actor: { userId: 'u-regisseur-anna' } });
    expect(await verifier.authenticate(`bearer ${token}`)).toMatchObject({ actor: { userId: 'u-regisseur-anna' } });
    expect(await verifier.authenticate(undefined)).toEqual({});
    expect(await verifier.authenticate('')).toEqual({});
  });

  it.each([
    ['garbage', 'Bearer garbage'],
    ['no scheme', 'TOKEN'],
    ['Basic', 'Basic dXNlcjpwYXNz'],
    ['two tokens', 'Bearer a.b.c d.e.f'],
    ['a number', 42],
    ['an oversized value', `Bearer ${'a'.repeat(9000)}`],
  ])('fails on a malformed Authorization (%s)', async (_case, value) => {
    expect(await verifier.authenticate(value)).toEqual({ authFailure: true });
  });

  it('rejects a bad signature, another secret and a tampered payload', async () => {
    const token = await signed(regisseur);
    await expectRejected(`${token.slice(0, -4)}AAAA`);
    await expectRejected(
      await signDevelopmentToken(regisseur, { secret: 'another-secret-of-at-least-32-characters!' }),
    );
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...regisseur, role: 'functioneel_beheerder', exp: now() + 60 }));
    await expectRejected(`${header}.${forged.toString('base64url')}.${signature}`);
  });

  it('rejects alg none and algorithms other than HS256', async () => {
    const unsecured = new UnsecuredJWT({ ...regisseur })
      .setIssuer('regie')
      .setAudience('regie-api')
      .setSubject(regisseur.sub)
      .setExpirationTime('1h')
      .encode();
    await expectRejected(unsecured);
    const hs512 = await new SignJWT({ ...regisseur })
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer('regie')
      .setAudience('regie-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET.repeat(2)));
    await expectRejected(hs512);
    const { privateKey } = await generateKeyPair('ES256');
    const es256 = await new SignJWT({ ...regisseur })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('regie')
      .setAudience('regie-api')
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectRejected(es256);
  });

  it('rejects an expired token, one not yet valid and one without exp', async () => {
    await expectRejected(await signDevelopmentToken(regisseur, { expiresIn: -120 }));
    const notYet = await new SignJWT({ ...regisseur })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('regie')
      .setAudience('regie-api')
      .setNotBefore(now() + 600)
      .setExpirationTime('1h')
      .sign(secretKey);
    await expectRejected(notYet);
    const noExp = await new SignJWT({ ...regisseur })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('regie')
      .setAudience('regie-api')
      .sign(secretKey);
    await expectRejected(noExp);
  });

  const hs256 = (claims: Record<string, unknown>) =>
    new SignJWT({ ...regisseur, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('regie')
      .setAudience('regie-api')
      .sign(secretKey);

  it('caps the lifetime exp - iat at 12 hours by default (an exp in the year 3000 is refused)', async () => {
    const issued = now();
    expect((await verifier.verify(await hs256({ iat: issued, exp: issued + 12 * 3600 }))).actor.userId).toBe(
      regisseur.sub,
    );
    await expectRejected(await hs256({ iat: issued, exp: issued + 12 * 3600 + 1 }));
    await expectRejected(await hs256({ iat: issued, exp: Date.UTC(3000, 0, 1) / 1000 }));
    const daily = new TokenVerifier({
      issuer: 'regie',
      audience: 'regie-api',
      secret: DEVELOPMENT_JWT_SECRET,
      maxLifetimeHours: 24,
    });
    expect((await daily.verify(await hs256({ iat: issued, exp: issued + 20 * 3600 }))).actor.role).toBe('regisseur');
    const configured = TokenVerifier.fromConfig(loadConfig({ NODE_ENV: 'test', AUTH_TOKEN_MAX_HOURS: '1' }));
    await expectRejected(await signDevelopmentToken(regisseur, { expiresIn: '2h' }), configured);
  });

  it('checks a token again once it has expired, though it was verified before', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] });
    try {
      const token = await signDevelopmentToken(regisseur, { expiresIn: 60 });
      expect((await verifier.verify(token)).actor.userId).toBe(regisseur.sub);
      expect((await verifier.verify(token)).actor.userId).toBe(regisseur.sub);
      jest.setSystemTime(Date.now() + (60 + 31) * 1000); // past exp and the 30 s of tolerated clock skew
      await expectRejected(token);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not take a token another verifier accepted', async () => {
    const token = await signDevelopmentToken(regisseur);
    expect((await verifier.verify(token)).actor.userId).toBe(regisseur.sub);
    const other = new TokenVerifier({
      issuer: 'regie',
      audience: 'regie-api',
      secret: 'another-secret-of-at-least-32-chars!',
    });
    await expectRejected(token, other);
  });

  it('refuses an iat in the future beyond 30 s of clock skew, and a token without iat', async () => {
    expect((await verifier.verify(await hs256({ iat: now() + 20, exp: now() + 3600 }))).actor.role).toBe('regisseur');
    await expectRejected(await hs256({ iat: now() + 600, exp: now() + 3600 }));
    await expectRejected(await hs256({ exp: now() + 3600 }));
  });

  it('rejects a wrong issuer or audience', async () => {
    await expectRejected(await signDevelopmentToken(regisseur, { issuer: 'someone-else' }));
    await expectRejected(await signDevelopmentToken(regisseur, { audience: 'another-api' }));
  });

  it.each<[string, DevelopmentTokenClaims]>([
    ['an unknown role', { ...regisseur, role: 'admin' }],
    ['an empty sub', { ...regisseur, sub: '' }],
    ['a domeinmedewerker without domain', { sub: 'u-1', role: 'domeinmedewerker', gemeente: '0363' }],
    ['an unknown domain', { sub: 'u-1', role: 'domeinmedewerker', domain: 'jeugd', gemeente: '0363' }],
    ['no gemeente', { sub: 'u-1', role: 'regisseur' }],
    ['a 3-digit gemeente', { ...regisseur, gemeente: '363' }],
    ['a 5-digit gemeente', { ...regisseur, gemeente: '03630' }],
    ['a numeric gemeente', { ...regisseur, gemeente: 363 as unknown as string }],
    ['a name that is not text', { ...regisseur, name: 42 as unknown as string }],
  ])('rejects %s', async (_case, claims) => {
    await expectRejected(await signed(claims));
  });
});

describe('TokenVerifier with a JSON Web Key Set', () => {
  let jwks: JSONWebKeySet;
  let es256: CryptoKey;
  let rs256: CryptoKey;
  let jwksVerifier: TokenVerifier;

  beforeAll(async () => {
    const ec = await generateKeyPair('ES256', { extractable: true });
    const rsa = await generateKeyPair('RS256', { extractable: true });
    es256 = ec.privateKey;
    rs256 = rsa.privateKey;
    const publicJwk = async (key: CryptoKey, kid: string, alg: string): Promise<JWK> => ({
      ...(await exportJWK(key)),
      kid,
      alg,
      use: 'sig',
    });
    jwks = { keys: [await publicJwk(ec.publicKey, 'ec-1', 'ES256'), await publicJwk(rsa.publicKey, 'rsa-1', 'RS256')] };
    jwksVerifier = new TokenVerifier({ jwks, issuer: 'https://idp.gemeente.nl', audience: 'regie' });
  });

  const idpToken = (
    key: CryptoKey | Uint8Array,
    alg: string,
    kid: string,
    claims: Record<string, unknown> = regisseur,
  ) =>
    new SignJWT({ ...claims })
      .setProtectedHeader({ alg, kid })
      .setSubject(String(claims.sub))
      .setIssuer('https://idp.gemeente.nl')
      .setAudience('regie')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it('accepts ES256 and RS256 tokens of the identity provider', async () => {
    expect((await jwksVerifier.verify(await idpToken(es256, 'ES256', 'ec-1'))).actor.userId).toBe('u-regisseur-anna');
    expect((await jwksVerifier.verify(await idpToken(rs256, 'RS256', 'rsa-1'))).actor.role).toBe('regisseur');
  });

  it('rejects HS256 (also signed with the public key as secret), an unknown key and alg none', async () => {
    await expectRejected(await signed(regisseur), jwksVerifier);
    const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
    await expectRejected(await idpToken(publicKeyAsSecret, 'HS256', 'ec-1'), jwksVerifier);
    const { privateKey: stranger } = await generateKeyPair('ES256');
    await expectRejected(await idpToken(stranger, 'ES256', 'ec-1'), jwksVerifier);
    await expectRejected(await idpToken(stranger, 'ES256', 'unknown'), jwksVerifier);
    const unsecured = new UnsecuredJWT({ ...regisseur })
      .setIssuer('https://idp.gemeente.nl')
      .setAudience('regie')
      .setExpirationTime('1h')
      .encode();
    await expectRejected(unsecured, jwksVerifier);
  });

  it('checks the same claims as for development tokens', async () => {
    await expectRejected(await idpToken(es256, 'ES256', 'ec-1', { ...regisseur, role: 'root' }), jwksVerifier);
    await expectRejected(await idpToken(es256, 'ES256', 'ec-1', { ...regisseur, gemeente: 'Amsterdam' }), jwksVerifier);
  });
});

describe('TokenVerifier construction', () => {
  it('needs exactly one key source and a strong secret', () => {
    expect(() => new TokenVerifier({ issuer: 'regie', audience: 'regie-api' })).toThrow('exactly one');
    expect(
      () => new TokenVerifier({ issuer: 'regie', audience: 'regie-api', secret: 'x'.repeat(32), jwks: { keys: [] } }),
    ).toThrow('exactly one');
    expect(() => new TokenVerifier({ issuer: 'regie', audience: 'regie-api', secret: 'short' })).toThrow('32');
  });
});
