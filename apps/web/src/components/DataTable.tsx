import { useState, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';

export interface Column<Row> {
  readonly key: string;
  readonly label: string;
  readonly render: (row: Row) => ReactNode;
  /** A sortable column compares by this value. */
  readonly sortValue?: (row: Row) => string | number;
  readonly numeric?: boolean;
  /** This column's cell names its row (`<th scope="row">`). */
  readonly rowHeader?: boolean;
}

/**
 * An NL Design System table with a caption. Columns with a `sortValue` have a button as header (keyboard and screen
 * readers: aria-sort says the order); clicking a sorted column again reverses it. Without `initial` the rows keep
 * the order they came in.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initial,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initial?: { key: string; descending: boolean };
}) {
  const [sort, setSort] = useState(initial ?? { key: '', descending: false });
  const column = columns.find((candidate) => candidate.key === sort.key);
  const sorted = column?.sortValue
    ? [...rows].sort((a, b) => {
        const left = column.sortValue!(a);
        const right = column.sortValue!(b);
        const order =
          typeof left === 'number' && typeof right === 'number'
            ? left - right
            : String(left).localeCompare(String(right), 'nl');
        return sort.descending ? -order : order;
      })
    : rows;
  return (
    <ScrollRegion label={caption}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((col) => {
              const active = col.key === sort.key;
              return (
                <th
                  key={col.key}
                  scope="col"
                  className={`utrecht-table__header-cell${col.numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  {col.sortValue ? (
                    <button
                      type="button"
                      className="regie-sort-button"
                      onClick={() =>
                        setSort({ key: col.key, descending: active ? !sort.descending : col.numeric === true })
                      }
                    >
                      {col.label}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                    </button>
                  ) : (
                    col.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {sorted.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              {columns.map((col) =>
                col.rowHeader ? (
                  <th key={col.key} scope="row" className="utrecht-table__header-cell">
                    {col.render(row)}
                  </th>
                ) : (
                  <td
                    key={col.key}
                    className={`utrecht-table__cell${col.numeric ? ' utrecht-table__cell--numeric' : ''}`}
                  >
                    {col.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
