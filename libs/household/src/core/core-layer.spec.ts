import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// core/ is the bottom of the household lib: the domain contract and the household's events. It may import other
// libs' public doors and its own files, never a sibling folder (insight, provider, application, graphql, ...).
describe('household core', () => {
  const dir = __dirname;
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));

  it('imports nothing above it', () => {
    const upward = files.flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)].map(
        ([, path]) => `${file}: ${path}`,
      ),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(upward).toEqual([]);
  });
});
