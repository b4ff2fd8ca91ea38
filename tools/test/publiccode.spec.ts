import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * publiccode.yml against the JSON schema of the Standard for Public Code's publiccode.yml (SchemaStore's
 * `publiccode.json`, Apache-2.0, copied to fixtures/publiccode.schema.json), and the rules of the standard the
 * schema does not encode (docs/standard/schema.core.rst of publiccodeyml/publiccode.yml).
 */
const root = join(__dirname, '..', '..');
const publiccode = parse(readFileSync(join(root, 'publiccode.yml'), 'utf8')) as {
  legal: { license: string };
  description: Record<string, { shortDescription: string; longDescription?: string; features?: string[] }>;
  localisation: { availableLanguages: string[] };
};
const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'publiccode.schema.json'), 'utf8')) as object;

describe('publiccode.yml', () => {
  it('is valid against the publiccode.yml JSON schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(publiccode);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('keeps the rules the schema leaves to the text of the standard', () => {
    for (const [language, text] of Object.entries(publiccode.description)) {
      expect({ language, length: text.shortDescription.trim().length <= 150 }).toEqual({ language, length: true });
      const long = text.longDescription?.trim().length ?? 0;
      expect(long === 0 || (long >= 150 && long <= 10_000)).toBe(true);
    }
    const described = Object.values(publiccode.description);
    expect(described.some((text) => (text.longDescription?.length ?? 0) >= 150)).toBe(true);
    expect(described.some((text) => (text.features?.length ?? 0) > 0)).toBe(true);
    expect(publiccode.localisation.availableLanguages).toContain('nl');
  });

  it('names the licence of package.json and the LICENSE file', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { license: string };
    expect(publiccode.legal.license).toBe(packageJson.license);
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
  });
});
