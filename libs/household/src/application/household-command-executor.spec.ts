import { randomUUID } from 'node:crypto';
import type { Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import {
  WrongExpectedVersionError,
  type AppendOptions,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '@regie/event-store';
import type { SqlExecutor } from '@regie/sql';
import * as decide from '../core/household.decide';
import { householdStream } from '../core/household-stream';
import { DomainRegistry } from './domain-registry';
import { HouseholdCommandExecutor } from './household-command-executor';
import { ProviderDirectory } from './provider-directory';
import { StreamCommandHandler } from './stream-command';

const beheerder: Actor = { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' };

/** A store that keeps what happens, in order; `shared` says whether it lives in the log's database. */
function recordingStore(trace: string[], shared: SqlExecutor | undefined): EventStore {
  const rows: RecordedEvent[] = [];
  return {
    async append(streamId: string, events: readonly NewEvent[], _expected: unknown, options?: AppendOptions) {
      if (options?.companion) await options.companion.write(options.companion.database);
      trace.push(`append ${events.map((event) => event.type).join(',')}${options?.companion ? ' with line' : ''}`);
      events.forEach((event) =>
        rows.push({ ...event, streamId, revision: BigInt(rows.length), position: BigInt(rows.length + 1) } as never),
      );
      return { nextRevision: BigInt(rows.length - 1), position: BigInt(rows.length) };
    },
    canCommitWith: (database: SqlExecutor) => database === shared,
    readStream: async (streamId: string) => rows.filter((row) => row.streamId === streamId),
    readAll: async () => rows,
    headPosition: async () => (rows.length ? BigInt(rows.length) : undefined),
    subscribeAll: () => ({ checkpoint: undefined, stop: async () => undefined }),
    close: async () => undefined,
  };
}

function loggingDatabase(trace: string[]): SqlExecutor {
  return {
    async query(text: string) {
      if (text.includes('insert into processing_log')) trace.push('line');
      return { rows: [] };
    },
    execute: async () => undefined,
  };
}

async function register(
  store: EventStore,
  log: ProcessingLog,
  householdId: string = randomUUID(),
  options: { actor?: Actor; beforeAppend?: () => Promise<void> } = {},
) {
  const registry = new DomainRegistry();
  const handler = new StreamCommandHandler(store, log);
  const executor = new HouseholdCommandExecutor(
    store,
    registry,
    new ProviderDirectory(store, registry, handler),
    handler,
    log,
  );
  const members = [
    {
      bsn: '111222333',
      name: 'Eva Visser',
      birthDate: '1984-05-02',
      relation: 'OUDER_VERZORGER',
      memberId: randomUUID(),
    },
  ];
  return executor.execute({
    householdId,
    actor: options.actor ?? beheerder,
    scope: 'creates-household',
    beforeAppend: options.beforeAppend,
    decide: (context) =>
      decide.registerHousehold({ gemeente: '0363', name: 'Familie Visser', householdId, members } as never, context),
  });
}

describe('HouseholdCommandExecutor: a write and its verwerkingenlog line', () => {
  it('given a store in the log’s database, when a command is recorded, then the line goes into the append', async () => {
    const trace: string[] = [];
    const db = loggingDatabase(trace);
    await register(recordingStore(trace, db), new ProcessingLog(db));
    expect(trace).toEqual(['line', 'append household.HouseholdRegistered with line']);
  });

  it('given a store elsewhere (KurrentDB), when a command is recorded, then the line is written before the append', async () => {
    const trace: string[] = [];
    await register(recordingStore(trace, undefined), new ProcessingLog(loggingDatabase(trace)));
    expect(trace).toEqual(['line', 'append household.HouseholdRegistered']);
  });

  it('given a household id that exists, when it is registered again, then HOUSEHOLD_EXISTS and nothing is written', async () => {
    const trace: string[] = [];
    const db = loggingDatabase(trace);
    const recording = recordingStore(trace, db);
    // The store refuses an append that expects no stream where there is one, as every adapter does.
    const store: EventStore = {
      ...recording,
      async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, options?: AppendOptions) {
        const existing = await recording.readStream(streamId);
        if (expected === 'no_stream' && existing.length > 0) {
          trace.push('refused');
          throw new WrongExpectedVersionError(streamId, expected, existing.at(-1)!.revision);
        }
        return recording.append(streamId, events, expected, options);
      },
    };
    const householdId = randomUUID();
    await register(store, new ProcessingLog(db), householdId);
    trace.length = 0;
    await expect(register(store, new ProcessingLog(db), householdId)).rejects.toMatchObject({
      code: 'HOUSEHOLD_EXISTS',
    });
    expect(trace).toEqual(['refused']);
    expect(await store.readStream(householdStream(householdId))).toHaveLength(1);
  });

  it('given work before the append, when the command is allowed, then it runs after the decision and before the line', async () => {
    const trace: string[] = [];
    const db = loggingDatabase(trace);
    await register(recordingStore(trace, db), new ProcessingLog(db), randomUUID(), {
      beforeAppend: async () => void trace.push('before'),
    });
    expect(trace).toEqual(['before', 'line', 'append household.HouseholdRegistered with line']);
  });

  it('given work before the append, when it fails, then nothing is appended and its error is the answer', async () => {
    const trace: string[] = [];
    const db = loggingDatabase(trace);
    const store = recordingStore(trace, db);
    const householdId = randomUUID();
    const failure = new Error('store down');
    await expect(
      register(store, new ProcessingLog(db), householdId, { beforeAppend: () => Promise.reject(failure) }),
    ).rejects.toBe(failure);
    expect(trace).toEqual([]);
    expect(await store.readStream(householdStream(householdId))).toHaveLength(0);
  });

  it('given work before the append, when the actor may not write, then FORBIDDEN and the work never runs', async () => {
    const trace: string[] = [];
    const db = loggingDatabase(trace);
    const regisseur: Actor = { userId: 'u-reg', role: 'regisseur', gemeente: '0363' };
    await expect(
      register(recordingStore(trace, db), new ProcessingLog(db), randomUUID(), {
        actor: regisseur,
        beforeAppend: async () => void trace.push('before'),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(trace).not.toContain('before');
    expect(trace.some((step) => step.startsWith('append'))).toBe(false);
  });
});
