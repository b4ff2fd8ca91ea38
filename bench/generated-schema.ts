import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DomainRegistry } from '@regie/household';
import { jeugdDefinition } from '@regie/jeugd';
import { werkInkomenDefinition } from '@regie/werk-inkomen';
import { wmoDefinition } from '@regie/wmo';
import { migrate, PostgresDatabase } from '@regie/sql';
import { TIMELINE_COMPONENT, timelineMigrations } from '@regie/timeline';
import { SqlEventStore } from '../libs/event-store/src/sql/sql-event-store';
import { generateStore } from './timeline';

/** A schema of its own holding `events` generated events and empty read-model tables, for the rebuild benches. */
export interface GeneratedSchema {
  readonly schema: string;
  /** A connection outside the schema (WAL position, clean-up). */
  readonly admin: Client;
  readonly db: PostgresDatabase;
  readonly store: SqlEventStore;
  readonly registry: DomainRegistry;
  /** Closes the database and drops the schema and its rebuild schema. */
  drop(): Promise<void>;
}

export async function openGeneratedSchema(url: string, prefix: string, events: number): Promise<GeneratedSchema> {
  const schema = `${prefix}_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = new PostgresDatabase(url, { options: `-c search_path=${schema}` });
  const drop = async () => {
    await db.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.query(`drop schema if exists ${schema}_rebuild cascade`);
    await admin.end();
  };
  try {
    const store = await SqlEventStore.create(db);
    const writer = new Client({ connectionString: url, options: `-c search_path=${schema}` });
    await writer.connect();
    await writer.query('set synchronous_commit = off');
    await generateStore(writer, events);
    await writer.query('analyze events');
    await writer.end();
    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    const registry = new DomainRegistry();
    [jeugdDefinition, wmoDefinition, werkInkomenDefinition].forEach((definition) => registry.register(definition));
    return { schema, admin, db, store, registry, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
