import { loadConfig } from '@regie/config';
import { DEMO_HOUSEHOLD_ID } from './demo/demo-household';
import { startUpBanner } from './start-up-banner';

const facts = { url: 'http://localhost:3000/graphql', demoToken: 'eyJ.dev.token', web: true };

describe('startUpBanner', () => {
  it('offers the demo household query only where the demo household is', () => {
    const embedded = loadConfig({ NODE_ENV: 'test' });
    for (const demo of ['loaded', 'present'] as const) {
      expect(startUpBanner(embedded, { ...facts, demo })).toContain(DEMO_HOUSEHOLD_ID);
    }
    const postgres = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/regie' });
    const banner = startUpBanner(postgres, { ...facts, demo: 'off' });
    expect(banner).not.toContain(DEMO_HOUSEHOLD_ID);
    expect(banner).toContain('Ready query, who the token signs in:');
    expect(banner).toContain('{ viewer { userId name role gemeente } }');
    expect(banner).toContain('event store: postgres');
  });
});
