import { ESLint } from 'eslint';

// The boundary rules are only worth having if they fire: lint small snippets as if they lived in the libs.
const eslint = new ESLint({ cwd: `${__dirname}/../..` });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries', () => {
  it('forbids a domain module importing another domain module', async () => {
    const found = await violations('libs/jeugd/src/x.ts', "import { a } from '@regie/wmo';\nexport const b = a;\n");
    expect(found.join()).toMatch(/never imports another domain module/);
  });

  it('forbids deep imports into a lib', async () => {
    const found = await violations(
      'libs/wmo/src/x.ts',
      "import { a } from '@regie/household/src/x';\nexport const b = a;\n",
    );
    expect(found.join()).toMatch(/public index/);
  });

  it('forbids reaching an event-store adapter from outside libs/event-store', async () => {
    const code =
      "import { KurrentDbEventStore } from '../../event-store/src/kurrentdb/kurrentdb-event-store';\nexport const k = KurrentDbEventStore;\n";
    expect(await violations('apps/api/src/x.ts', code)).not.toEqual([]);
  });

  it('allows a domain module to use the household and event-store public APIs', async () => {
    const code =
      "import { a } from '@regie/household';\nimport { b } from '@regie/event-store';\nexport const c = [a, b];\n";
    expect(await violations('libs/jeugd/src/x.ts', code)).toEqual([]);
  });

  it('keeps the shared toewijzing life cycle free of domain modules, and lets a domain use it', async () => {
    const intoDomain = "import { a } from '@regie/wmo';\nexport const b = a;\n";
    expect((await violations('libs/toewijzing/src/x.ts', intoDomain)).join()).toMatch(/never imports one/);
    const fromDomain = "import { IJW } from '@regie/toewijzing';\nexport const s = IJW;\n";
    expect(await violations('libs/jeugd/src/x.ts', fromDomain)).toEqual([]);
  });

  it('keeps the iJw/iWmo reader free of domain modules, and lets a domain use it', async () => {
    const intoDomain = "import { a } from '@regie/jeugd';\nexport const b = a;\n";
    expect((await violations('libs/berichten/src/x.ts', intoDomain)).join()).toMatch(/imports no other Regie lib/);
    const fromDomain = "import { readBericht } from '@regie/berichten';\nexport const r = readBericht;\n";
    expect(await violations('libs/jeugd/src/x.ts', fromDomain)).toEqual([]);
  });

  it('lets the integration lib use several domains, and no domain use it', async () => {
    const domains = "import { a } from '@regie/jeugd';\nimport { b } from '@regie/wmo';\nexport const c = [a, b];\n";
    expect(await violations('libs/berichten-import/src/x.ts', domains)).toEqual([]);
    const intoIntegration =
      "import { decideBericht } from '@regie/berichten-import';\nexport const d = decideBericht;\n";
    expect((await violations('libs/wmo/src/x.ts', intoIntegration)).join()).toMatch(/never imports an integration lib/);
  });
});
