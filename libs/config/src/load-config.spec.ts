import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    expect(loadConfig({})).toMatchObject({ EVENT_STORE: 'embedded', DATA_DIR: './data', PORT: 3000, SEED_DEMO: true });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ EVENT_STORE: '', PORT: '' })).toMatchObject({ EVENT_STORE: 'embedded', PORT: 3000 });
  });

  it.each([
    [{ EVENT_STORE: 'mongodb' }, 'EVENT_STORE must be one of embedded, postgres, kurrentdb'],
    [{ EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_URL is required when EVENT_STORE=kurrentdb'],
    [{ PORT: 'abc' }, 'PORT must be a port number'],
    [{ PORT: '70000' }, 'PORT must be a port number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// connection string'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO must be true or false'],
  ])('rejects %j with one line naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('accepts a KurrentDB setup', () => {
    expect(
      loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' }),
    ).toMatchObject({ EVENT_STORE: 'kurrentdb' });
  });
});
