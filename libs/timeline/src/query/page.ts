import { encodeCursor, type Keyset } from './cursor';

export interface Page<Row> {
  readonly rows: readonly { cursor: string; row: Row }[];
  readonly hasNextPage: boolean;
  /** Counts every row matching the filter; a separate query, so only run when the client asks for totalCount. */
  readonly countTotal: () => Promise<number>;
}

/** A keyset page of `first` rows from `first + 1` fetched: the extra row only tells that there is a next page. */
export function toPage<Row>(
  rows: readonly Row[],
  first: number,
  countTotal: () => Promise<number>,
  key: (row: Row) => Keyset,
): Page<Row> {
  return {
    rows: rows.slice(0, first).map((row) => ({ row, cursor: encodeCursor(key(row)) })),
    hasNextPage: rows.length > first,
    countTotal,
  };
}
