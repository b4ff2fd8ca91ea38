import { createHash } from 'node:crypto';
import { quoteIdentifier as q, type SqlDatabase, type SqlExecutor } from '@regie/sql';
import { READ_MODEL_TABLES } from '../migrations';

/**
 * Blue/green rebuild of the timeline read model (`regie rebuild`, docs/architecture.md "Rebuild: blue/green").
 *
 * The new read model is built in a schema of its own next to the live one (`regie_rebuild` for `public`, else
 * `<live>_rebuild`), with the same tables as the live schema (copied from its catalog, which the migrations made) but
 * only their primary keys during the bulk load: the upserts need those; the other indexes and unique constraints are
 * built at the end. The new schema has its own `projector_checkpoints`, so a crashed rebuild resumes from there. The
 * switch moves every live table into a retired schema and every new table into the live schema in one transaction
 * that holds the live checkpoint table's lock (so no live batch interleaves); the retired schema is dropped after.
 */
export interface ReadModelSchemas {
  /** Where the api reads and the live projector writes: the database's current schema. */
  readonly live: string;
  /** Where a rebuild builds the new read model. */
  readonly rebuild: string;
  /** Where the old read model goes at the switch, until it is dropped. */
  readonly retired: string;
  /** The session's search_path, for the rebuild's transactions to put their schema in front of. */
  readonly searchPath: string;
}

export async function readModelSchemas(db: SqlExecutor): Promise<ReadModelSchemas> {
  const { rows } = await db.query<{ live: string | null; search_path: string }>(
    `select current_schema() as live, current_setting('search_path') as search_path`,
  );
  const live = rows[0]?.live;
  if (!live) throw new Error('no current schema: the search_path names no existing schema');
  const prefix = live === 'public' ? 'regie' : live;
  return { live, rebuild: `${prefix}_rebuild`, retired: `${prefix}_retired`, searchPath: rows[0]!.search_path };
}

/** `set local search_path` for a transaction that writes into the rebuild schema (and reads the store's tables). */
export function rebuildSearchPath(schemas: ReadModelSchemas): string {
  return `set local search_path to ${q(schemas.rebuild)}, ${schemas.searchPath}`;
}

interface DeferredIndex {
  readonly table: string;
  readonly name: string;
  /** A statement that creates it in the rebuild schema. */
  readonly create: string;
}

const TABLES = READ_MODEL_TABLES as readonly string[];

/** The live tables' columns, defaults and constraints, in a form that changes whenever a migration changes them. */
async function liveFingerprint(db: SqlExecutor, schemas: ReadModelSchemas): Promise<string> {
  const { rows } = await db.query<{ line: string }>(
    `select c.relname || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' || a.attnotnull ||
            ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') as line
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = $1 and c.relname = any($2::text[]) and a.attnum > 0 and not a.attisdropped
     union all
     select 'index ' || pg_get_indexdef(x.indexrelid)
       from pg_index x
       join pg_class c on c.oid = x.indrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relname = any($2::text[])
     order by 1`,
    [schemas.live, TABLES],
  );
  return createHash('sha256')
    .update(rows.map((row) => row.line).join('\n'))
    .digest('hex');
}

/** Primary keys of the live tables: created with the rebuild's tables, as the upserts' `on conflict` needs them. */
async function primaryKeys(db: SqlExecutor, schemas: ReadModelSchemas) {
  const { rows } = await db.query<{ table: string; name: string; definition: string }>(
    `select c.relname as table, con.conname as name, pg_get_constraintdef(con.oid) as definition
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relname = any($2::text[]) and con.contype = 'p'`,
    [schemas.live, TABLES],
  );
  return rows;
}

/** The live tables' other indexes and unique constraints, as statements for the rebuild schema. */
async function deferredIndexes(db: SqlExecutor, schemas: ReadModelSchemas): Promise<DeferredIndex[]> {
  const { rows } = await db.query<{
    table: string;
    name: string;
    definition: string;
    constraint_type: string | null;
  }>(
    `select c.relname as table, i.relname as name, con.contype::text as constraint_type,
            case when con.oid is null then pg_get_indexdef(x.indexrelid) else pg_get_constraintdef(con.oid) end
              as definition
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class c on c.oid = x.indrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_constraint con on con.conindid = x.indexrelid and con.conrelid = x.indrelid
      where n.nspname = $1 and c.relname = any($2::text[]) and not x.indisprimary
      order by c.relname, i.relname`,
    [schemas.live, TABLES],
  );
  return rows.map((row) => {
    const table = `${q(schemas.rebuild)}.${q(row.table)}`;
    if (row.constraint_type) {
      return { ...row, create: `alter table ${table} add constraint ${q(row.name)} ${row.definition}` };
    }
    // "CREATE [UNIQUE] INDEX name ON [ONLY] table USING ...": the same index on the rebuild schema's table.
    const match = /^(CREATE (?:UNIQUE )?INDEX \S+ ON )(?:ONLY )?\S+( USING .*)$/s.exec(row.definition);
    if (!match) throw new Error(`cannot copy index ${row.name}: ${row.definition}`);
    return { ...row, create: `${match[1]}${table}${match[2]}` };
  });
}

export type PreparedRebuild = 'fresh' | 'resumed';

/**
 * Makes the rebuild schema ready: keeps one a crashed rebuild left when the live tables still have the same shape
 * (`resumed`, its checkpoint says where it was), else creates it anew with empty tables (`fresh`). A retired schema a
 * crash left after a switch is dropped. Never touches the live tables.
 */
export async function prepareRebuildSchema(
  db: SqlDatabase,
  schemas: ReadModelSchemas,
  options: { restart?: boolean } = {},
): Promise<PreparedRebuild> {
  await db.query(`drop schema if exists ${q(schemas.retired)} cascade`);
  const fingerprint = await liveFingerprint(db, schemas);
  const { rows } = await db.query<{ fingerprint: string | null }>(
    `select obj_description(oid, 'pg_namespace') as fingerprint from pg_namespace where nspname = $1`,
    [schemas.rebuild],
  );
  if (!options.restart && rows[0] && rows[0].fingerprint === fingerprint) return 'resumed';
  const keys = await primaryKeys(db, schemas);
  await db.transaction(async (tx) => {
    await tx.query(`drop schema if exists ${q(schemas.rebuild)} cascade`);
    await tx.query(`create schema ${q(schemas.rebuild)}`);
    for (const table of TABLES) {
      // Columns, defaults, not-null and check constraints; no indexes (`including indexes` is left out).
      await tx.query(
        `create table ${q(schemas.rebuild)}.${q(table)}
           (like ${q(schemas.live)}.${q(table)} including defaults including constraints)`,
      );
    }
    for (const key of keys) {
      await tx.query(
        `alter table ${q(schemas.rebuild)}.${q(key.table)} add constraint ${q(key.name)} ${key.definition}`,
      );
    }
    // Written last, in the same transaction: a schema with this comment is complete.
    await tx.query(`comment on schema ${q(schemas.rebuild)} is '${fingerprint}'`);
  });
  return 'fresh';
}

/** Builds the indexes and unique constraints left out during the bulk load (those a crashed run built are kept). */
export async function buildDeferredIndexes(db: SqlDatabase, schemas: ReadModelSchemas): Promise<void> {
  const { rows } = await db.query<{ name: string }>(`select indexname as name from pg_indexes where schemaname = $1`, [
    schemas.rebuild,
  ]);
  const built = new Set(rows.map((row) => row.name));
  for (const index of await deferredIndexes(db, schemas)) {
    if (!built.has(index.name)) await db.query(index.create);
  }
  await db.query(`analyze ${TABLES.map((table) => `${q(schemas.rebuild)}.${q(table)}`).join(', ')}`);
}

export async function rebuildCheckpoint(
  db: SqlExecutor,
  schemas: ReadModelSchemas,
  name: string,
): Promise<bigint | undefined> {
  const { rows } = await db.query<{ position: string | null }>(
    `select position::text as position from ${q(schemas.rebuild)}.projector_checkpoints where name = $1`,
    [name],
  );
  return rows[0]?.position == null ? undefined : BigInt(rows[0].position);
}

export type SwitchOutcome = { switched: true } | { switched: false; live?: bigint };

/**
 * Makes the rebuilt read model the live one, in one transaction, when it has caught up with the live checkpoint;
 * else changes nothing and says where the live projector is (catch up to there and try again).
 *
 * The transaction first locks the live `projector_checkpoints` table: it waits for a live batch in flight, and a
 * later one waits in its first statement, which then finds (by name, as PostgreSQL looks a table up again after
 * waiting for a lock on it) the new checkpoint table and skips what the rebuild already covers. The checkpoint rows of
 * other projectors move along.
 */
export async function switchReadModel(
  db: SqlDatabase,
  schemas: ReadModelSchemas,
  name: string,
  notifyChannel: string,
): Promise<SwitchOutcome> {
  const live = q(schemas.live);
  const rebuild = q(schemas.rebuild);
  const retired = q(schemas.retired);
  const outcome = await db.transaction(async (tx): Promise<SwitchOutcome> => {
    await tx.query(`lock table ${live}.projector_checkpoints in access exclusive mode`);
    const { rows } = await tx.query<{ position: string | null }>(
      `select position::text as position from ${live}.projector_checkpoints where name = $1`,
      [name],
    );
    const livePosition = rows[0]?.position == null ? undefined : BigInt(rows[0].position);
    const { rows: comment } = await tx.query<{ fingerprint: string | null }>(
      `select obj_description(oid, 'pg_namespace') as fingerprint from pg_namespace where nspname = $1`,
      [schemas.rebuild],
    );
    if (comment[0]?.fingerprint !== (await liveFingerprint(tx, schemas))) {
      throw new Error(
        'the live read-model tables changed shape during the rebuild (a migration ran); run regie rebuild again',
      );
    }
    const built = await rebuildCheckpoint(tx, schemas, name);
    if (livePosition !== undefined && (built === undefined || built < livePosition)) {
      return { switched: false, live: livePosition };
    }
    await tx.query(
      `insert into ${rebuild}.projector_checkpoints
         select * from ${live}.projector_checkpoints where name <> $1
       on conflict (name) do nothing`,
      [name],
    );
    await tx.query(`create schema ${retired}`);
    for (const table of TABLES) {
      await tx.query(`alter table ${live}.${q(table)} set schema ${retired}`);
      await tx.query(`alter table ${rebuild}.${q(table)} set schema ${live}`);
    }
    await tx.query(`drop schema ${rebuild}`);
    await tx.query(`select pg_notify($1, $2)`, [notifyChannel, name]);
    return { switched: true };
  });
  if (outcome.switched) await db.query(`drop schema if exists ${retired} cascade`);
  return outcome;
}

/** Drops what a rebuild left (tests, `--opnieuw`). */
export async function dropRebuildSchemas(db: SqlExecutor, schemas: ReadModelSchemas): Promise<void> {
  await db.query(`drop schema if exists ${q(schemas.rebuild)} cascade`);
  await db.query(`drop schema if exists ${q(schemas.retired)} cascade`);
}

/**
 * Partitioned bulk load: worker k of n projects the events of the households whose hash modulo n is k, with its own
 * checkpoint row `<name>#k/n` in the rebuild schema. The events of no household (provider registrations) are worker
 * 0's: only it writes the provider register; the others keep their provider names from those events as they pass
 * them in the store's order, so every worker names a provider exactly as one projector would at that position.
 */
export const workerCheckpointName = (name: string, index: number, count: number) => `${name}#${index}/${count}`;

/** FNV-1a of the household id, modulo the number of workers; events of no household go to worker 0. */
export function partitionOf(householdId: string | undefined, count: number): number {
  if (householdId === undefined || count <= 1) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < householdId.length; i++) {
    hash ^= householdId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/**
 * Where the partitioned load stands: done (the single checkpoint exists: go on with one projector), or the number
 * of workers an interrupted load used (a resumed load keeps it), or nothing yet.
 */
export async function partitionedLoadState(
  db: SqlExecutor,
  schemas: ReadModelSchemas,
  name: string,
): Promise<{ done: boolean; workers: number | undefined }> {
  const { rows } = await db.query<{ name: string }>(
    `select name from ${q(schemas.rebuild)}.projector_checkpoints where name = $1 or name like $2`,
    [name, `${name}#%`],
  );
  if (rows.some((row) => row.name === name)) return { done: true, workers: undefined };
  const counts = rows.map((row) => Number(row.name.slice(row.name.lastIndexOf('/') + 1)));
  return { done: false, workers: counts.length > 0 ? Math.max(...counts) : undefined };
}

/** Every worker has projected its share up to `position`: one checkpoint for the rest, in one transaction. */
export async function finishPartitionedLoad(
  db: SqlDatabase,
  schemas: ReadModelSchemas,
  name: string,
  position: bigint,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into ${q(schemas.rebuild)}.projector_checkpoints (name, position) values ($1, $2)
       on conflict (name) do update set position = excluded.position`,
      [name, position.toString()],
    );
    await tx.query(`delete from ${q(schemas.rebuild)}.projector_checkpoints where name like $1`, [`${name}#%`]);
  });
}
