// TR302 (301), TR386 (315), TR410 (317): the same product may occur more than once in a message only when the
// periods do not overlap. Without a product code the category counts; without a product, every other product.
import type { IsoDate, Product } from '../model/common';
import { OPEN_END, reject, type RuleContext } from './context';

export interface PeriodItem {
  readonly product?: Product;
  readonly begin: IsoDate;
  readonly end?: IsoDate;
  readonly path: string;
}

interface Span {
  readonly index: number;
  readonly begin: IsoDate;
  readonly end: IsoDate;
}

/** The indexes (into `spans`' own numbering) of spans that overlap at least one other span of the group. */
function overlapping(spans: readonly Span[]): Set<number> {
  const sorted = [...spans].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : a.index - b.index));
  const found = new Set<number>();
  let maxEndBefore = '';
  sorted.forEach((span, position) => {
    const next = sorted[position + 1];
    if ((position > 0 && maxEndBefore >= span.begin) || (next && next.begin <= span.end)) found.add(span.index);
    if (span.end > maxEndBefore) maxEndBefore = span.end;
  });
  return found;
}

/** Adds `index` to `into` for each item the `subject` predicate picks that overlaps another item of its group. */
function collect(groups: Map<string, Span[]>, subject: (index: number) => boolean, into: Set<number>): void {
  for (const spans of groups.values()) for (const index of overlapping(spans)) if (subject(index)) into.add(index);
}

function groupBy(items: readonly PeriodItem[], keyOf: (item: PeriodItem) => string | undefined): Map<string, Span[]> {
  const groups = new Map<string, Span[]>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const group = groups.get(key) ?? [];
    group.push({ index, begin: item.begin, end: item.end ?? OPEN_END });
    groups.set(key, group);
  });
  return groups;
}

export function checkNoOverlap(context: RuleContext, items: readonly PeriodItem[], rule: string): void {
  const conflicts = new Set<number>();
  const withCode = (item: PeriodItem) =>
    item.product?.code !== undefined ? `${item.product.categorie}\u0000${item.product.code}` : undefined;
  collect(groupBy(items, withCode), () => true, conflicts);
  collect(
    groupBy(items, (item) => item.product?.categorie),
    (index) => items[index]!.product !== undefined && items[index]!.product!.code === undefined,
    conflicts,
  );
  collect(
    groupBy(items, () => ''),
    (index) => items[index]!.product === undefined,
    conflicts,
  );
  [...conflicts]
    .sort((a, b) => a - b)
    .forEach((index) =>
      reject(context, {
        code: 'PRODUCT_PERIODS_OVERLAP',
        rule,
        path: items[index]!.path,
        reason:
          'Hetzelfde product staat meer dan eens in dit bericht met periodes die overlappen. Dat mag alleen als de periodes niet overlappen.',
      }),
    );
}
