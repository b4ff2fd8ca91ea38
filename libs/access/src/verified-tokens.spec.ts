import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  let clock = 1_000_000;
  const now = () => clock;
  const verified = (expiresAt: number) => ({ expiresAt, actor: 'anna' });

  it('keeps a verified token until its exp, then forgets it', () => {
    const tokens = new VerifiedTokens(10, 300_000, now);
    tokens.remember('a.b.c', verified(clock + 60_000));
    expect(tokens.get('a.b.c')).toEqual(verified(clock + 60_000));
    expect(tokens.get('a.b.d')).toBeUndefined();
    clock += 60_000;
    expect(tokens.get('a.b.c')).toBeUndefined();
  });

  it('keeps it at most maxAgeMs, also when its exp is later', () => {
    const tokens = new VerifiedTokens(10, 300_000, now);
    tokens.remember('a.b.c', verified(clock + 3_600_000));
    clock += 299_999;
    expect(tokens.get('a.b.c')).toBeDefined();
    clock += 1;
    expect(tokens.get('a.b.c')).toBeUndefined();
  });

  it('lets the oldest go when full', () => {
    const tokens = new VerifiedTokens(2, 300_000, now);
    tokens.remember('one', verified(clock + 60_000));
    tokens.remember('two', verified(clock + 60_000));
    tokens.remember('three', verified(clock + 60_000));
    expect([tokens.get('one'), tokens.get('two'), tokens.get('three')].map(Boolean)).toEqual([false, true, true]);
  });
});
