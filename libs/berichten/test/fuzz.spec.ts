// Property-based fuzz: whatever a file holds, readBericht answers with a well-typed message or with stable codes
// and paths, and never throws. Starts from every accepted fixture and changes values and structure at random.
import fc from 'fast-check';
import { readBericht } from '@regie/berichten';
import type { XmlElement } from '../src/xml/xml-element';
import { ACCEPTED } from './fixtures/catalogue';
import { fixture } from './fixtures/files';
import { assertStable } from './well-typed';
import { edit, find, parseTree, serialize } from './xml-tree';

const BASES = ACCEPTED.map(({ file }) => fixture(file));

/** Every element's path, with an index on every step, in document order. */
function pathsOf(root: XmlElement): string[] {
  const paths: string[] = [];
  const visit = (element: XmlElement, path: string) => {
    const seen = new Map<string, number>();
    for (const child of element.children) {
      const index = (seen.get(child.name) ?? 0) + 1;
      seen.set(child.name, index);
      const childPath = `${path}${path ? '/' : ''}${child.name}[${index}]`;
      paths.push(childPath);
      visit(child, childPath);
    }
  };
  visit(root, '');
  return paths;
}

const PATHS = BASES.map((base) => pathsOf(parseTree(base)));
const LEAVES = BASES.map((base) => {
  const root = parseTree(base);
  return pathsOf(root).filter((path) => find(root, path)!.children.length === 0);
});

const TRICKY = [
  '',
  ' ',
  '\t\n',
  '0',
  '-0',
  '+1',
  '-1',
  '007',
  '1.5',
  '1e3',
  '0x10',
  '99999999',
  '100000000',
  '999999999999',
  '1000000000000',
  '2024-02-29',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '9999-12-31',
  '1900-01-01',
  '2026-03-18Z',
  '2026-03-18+01:00',
  '24:00:00',
  '23:59:60',
  '10:15',
  '&',
  '<',
  ']]>',
  '"',
  "'",
  'D',
  'C',
  'd',
  '01',
  '1',
  '2',
  '3',
  '9',
  '13',
  '19',
  '31',
  '45',
  '83',
  'NL',
  'nl',
  '999990019',
  '999990018',
  '000000000',
  '0599',
  '75751234',
  'A'.repeat(300),
  '\u0000',
  '\uFFFE',
  '\uD800',
  'ﬀ',
  '𝔸',
  'é',
];

const value = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.stringMatching(/^[0-9]{1,13}$/),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

const NAMES = ['Bsn', 'Einddatum', 'Omvang', 'Product', 'Client', 'Header', 'x', 'StatusAanlevering', 'Prestatie'];

type Mutation = (root: XmlElement, path: string) => void;

const parentOf = (root: XmlElement, path: string) => find(root, path.slice(0, Math.max(0, path.lastIndexOf('/'))))!;

const structural: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>((root, path) => {
    const parent = parentOf(root, path);
    parent.children.splice(parent.children.indexOf(find(root, path)!), 1);
  }),
  fc.constant<Mutation>((root, path) => {
    const parent = parentOf(root, path);
    const element = find(root, path)!;
    parent.children.splice(parent.children.indexOf(element), 0, JSON.parse(JSON.stringify(element)) as XmlElement);
  }),
  fc.constant<Mutation>((root, path) => {
    const parent = parentOf(root, path);
    const at = parent.children.indexOf(find(root, path)!);
    const next = parent.children[at + 1];
    if (next) parent.children.splice(at, 2, next, parent.children[at]!);
  }),
  fc.constantFrom(...NAMES).map<Mutation>((name) => (root, path) => {
    const parent = parentOf(root, path);
    const element = find(root, path)!;
    parent.children.splice(parent.children.indexOf(element), 1, { ...element, name });
  }),
  fc
    .constantFrom('', 'urn:x', 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema')
    .map<Mutation>((ns) => (root, path) => {
      const parent = parentOf(root, path);
      const element = find(root, path)!;
      parent.children.splice(parent.children.indexOf(element), 1, { ...element, ns });
    }),
  value.map<Mutation>((text) => (root, path) => {
    find(root, path)!.text = text;
  }),
);

const RUNS = { numRuns: 300 };

describe('fuzz: every input gives a well-typed message or stable rejections, never a throw', () => {
  it('one element value replaced by anything', () => {
    const outcomes = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), value, (which, leaf, text) => {
        const base = which % BASES.length;
        const leaves = LEAVES[base]!;
        const path = leaves[leaf % leaves.length]!;
        const xml = edit(BASES[base]!, (root) => {
          find(root, path)!.text = text;
        });
        const result = readBericht(xml);
        assertStable(result);
        outcomes[result.ok ? 'accepted' : 'refused'] += 1;
      }),
      RUNS,
    );
    // Both branches of assertStable were exercised, not only the refusals.
    expect(outcomes.accepted).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it('one to three structural changes (remove, duplicate, swap, rename, move namespace, set text)', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), structural), { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const base = which % BASES.length;
          const xml = edit(BASES[base]!, (root) => {
            for (const [at, mutate] of mutations) {
              const paths = pathsOf(root);
              if (paths.length > 0) mutate(root, paths[at % paths.length]!);
            }
          });
          assertStable(readBericht(xml));
        },
      ),
      RUNS,
    );
  });

  it('the value read back is the value written, for values the type accepts', () => {
    const base = BASES.findIndex((_, index) => ACCEPTED[index]!.file === 'wmo301-toewijzing.xml');
    const path = 'Client[1]/Commentaar[1]';
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => /[^ \t\n\r]/.test(text)),
        (text) => {
          const xml = edit(BASES[base]!, (root) => {
            find(root, path)!.text = text;
          });
          const result = readBericht(xml);
          if (!result.ok) return result.rejections.every((rejection) => rejection.code === 'XML_MALFORMED');
          return result.bericht.soort === 'toewijzing' && result.bericht.client.commentaar === text;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('raw text and raw bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        assertStable(readBericht(text));
        assertStable(readBericht(`<Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw301/schema">${text}</Bericht>`));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => assertStable(readBericht(bytes))),
      RUNS,
    );
  });

  it('every fixture path is reachable, so the mutations above touch all of them', () => {
    expect(PATHS.every((paths) => paths.length > 10)).toBe(true);
    expect(serialize(parseTree(BASES[0]!)).length).toBeGreaterThan(100);
  });
});
