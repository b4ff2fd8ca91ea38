import type { SqlExecutor } from '@regie/sql';

/** A read-model table whose rows are written whole, keyed by their first `keyColumns` columns, and made current. */
export interface UpsertTable {
  readonly name: string;
  /** Column names with their PostgreSQL types, key columns first. */
  readonly columns: readonly (readonly [name: string, type: string])[];
  readonly keyColumns: number;
}

/**
 * Whole-row upserts of one projection batch: per table and key the last row wins, which is what the per-event
 * upserts they replace left behind (each overwrote every column and set `withdrawn = false`). Sent as one statement
 * per table; whoever reads or updates these tables inside the batch flushes first.
 */
export class PendingUpserts {
  private readonly tables = new Map<UpsertTable, Map<string, readonly unknown[]>>();

  add(table: UpsertTable, values: readonly unknown[]): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = new Map()));
    rows.set(JSON.stringify(values.slice(0, table.keyColumns)), values);
  }

  async flush(tx: SqlExecutor): Promise<void> {
    for (const [table, rows] of this.tables) {
      if (rows.size === 0) continue;
      const values = [...rows.values()];
      rows.clear();
      const names = table.columns.map(([name]) => name);
      const arrays = table.columns.map(([, type], i) => `$${i + 1}::${type}[]`);
      const keys = names.slice(0, table.keyColumns).join(', ');
      const updates = names.slice(table.keyColumns).map((name) => `${name} = excluded.${name}`);
      await tx.query(
        `insert into ${table.name} (${names.join(', ')}, withdrawn)
         select *, false from unnest(${arrays.join(', ')})
         on conflict (${keys}) do update set ${[...updates, 'withdrawn = false'].join(', ')}`,
        table.columns.map((_, i) => values.map((row) => row[i])),
      );
    }
  }
}
