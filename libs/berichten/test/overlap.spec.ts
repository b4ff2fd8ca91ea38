// TR302/TR386/TR410 find overlaps in O(n log n); a brute-force reading of the rule text must agree.
import fc from 'fast-check';
import { RejectionList } from '../src/rejection';
import { checkNoOverlap, type PeriodItem } from '../src/rules/overlap.rules';

const OPEN = '9999-12-31';

/** The rule as written: two items conflict when their periods overlap and they are the same product, by code, else by category; no product conflicts with every product. */
function bruteForce(items: readonly PeriodItem[]): string[] {
  const conflicts = new Set<string>();
  items.forEach((a, i) =>
    items.forEach((b, j) => {
      if (i === j || a.begin > (b.end ?? OPEN) || b.begin > (a.end ?? OPEN)) return;
      const sameCode =
        a.product?.code !== undefined &&
        b.product?.code !== undefined &&
        a.product.categorie === b.product.categorie &&
        a.product.code === b.product.code;
      const byCategory =
        a.product !== undefined && a.product.code === undefined && a.product.categorie === b.product?.categorie;
      if (sameCode || byCategory || a.product === undefined) conflicts.add(a.path);
    }),
  );
  return [...conflicts].sort();
}

const dayOf = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

const item = fc.record({
  product: fc.option(fc.tuple(fc.constantFrom('45', '54'), fc.option(fc.constantFrom('A', 'B'), { nil: undefined })), {
    nil: undefined,
    freq: 6,
  }),
  begin: fc.integer({ min: 0, max: 90 }),
  length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined, freq: 6 }),
});

describe('overlapping products (TR302, TR386, TR410)', () => {
  it('agrees with a brute-force reading of the rule', () => {
    const found = { some: 0, none: 0 };
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (raw) => {
        const items: PeriodItem[] = raw.map((entry, index) => ({
          product:
            entry.product &&
            (entry.product[1] === undefined
              ? { categorie: entry.product[0] }
              : { categorie: entry.product[0], code: entry.product[1] }),
          begin: dayOf(entry.begin),
          end: entry.length === undefined ? undefined : dayOf(entry.begin + entry.length),
          path: `P[${String(index + 1).padStart(2, '0')}]`,
        }));
        const out = new RejectionList();
        checkNoOverlap({ out, dagtekening: '2026-12-31' }, items, 'TR302');
        const expected = bruteForce(items);
        expect(
          out
            .toArray()
            .map((rejection) => rejection.path)
            .sort(),
        ).toEqual(expected);
        found[expected.length > 0 ? 'some' : 'none'] += 1;
      }),
      { numRuns: 500 },
    );
    expect(found.some).toBeGreaterThan(50);
    expect(found.none).toBeGreaterThan(50);
  });
});
