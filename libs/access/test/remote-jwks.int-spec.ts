import { Logger } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { TokenVerifier, UNAUTHENTICATED_MESSAGE } from '@regie/access';

// createRemoteJWKSet against a JWKS served on 127.0.0.1: what production does with AUTH_JWKS_URL, minus the internet.

describe('TokenVerifier with AUTH_JWKS_URL', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let requests = 0;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    const pair = await generateKeyPair('ES256', { extractable: true });
    privateKey = pair.privateKey;
    const body = JSON.stringify({
      keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }],
    });
    server = createServer((request, response) => {
      requests++;
      if (request.url !== '/.well-known/jwks.json') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    Logger.overrideLogger(true);
    await new Promise((resolve) => server?.close(resolve));
  });

  const token = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('u-regisseur-anna')
      .setIssuer('https://idp.example')
      .setAudience('regie-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);

  it('fetches the key set once and verifies tokens with it', async () => {
    const verifier = TokenVerifier.fromConfig({
      AUTH_JWKS_URL: jwksUrl,
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'regie-api',
      AUTH_JWT_SECRET: undefined,
    });
    const claims = { role: 'regisseur', gemeente: '0363' };
    expect((await verifier.verify(await token(claims))).actor).toEqual({
      userId: 'u-regisseur-anna',
      role: 'regisseur',
      gemeente: '0363',
    });
    await verifier.verify(await token(claims));
    expect(requests).toBe(1);
    await expect(verifier.verify(await token({ role: 'regisseur', gemeente: 'x' }))).rejects.toThrow(
      UNAUTHENTICATED_MESSAGE,
    );
  });

  it('fails closed when the key set cannot be fetched', async () => {
    const verifier = new TokenVerifier({
      jwksUrl: jwksUrl.replace('jwks.json', 'missing.json'),
      issuer: 'https://idp.example',
      audience: 'regie-api',
    });
    expect(await verifier.authenticate(`Bearer ${await token({ role: 'regisseur', gemeente: '0363' })}`)).toEqual({
      authFailure: true,
    });
  });
});
