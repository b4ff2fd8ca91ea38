import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata } from '@nestjs/common';
import { ProcessingLog } from '@regie/audit';
import { HouseholdCommandExecutor, PersonErasure } from '@regie/household';
import { BsnIndexLookup } from '@regie/search';
import { migrate, type SqlDatabase } from '@regie/sql';
import { BerichtenImport } from './berichten-import.service';
import { BerichtReader } from './read/bericht-reader';
import { ClientMatcher } from './client-matcher';
import { BerichtenController } from './http/berichten.controller';
import { BerichtenQueueResolver } from './graphql/berichten-queue.resolver';
import { BerichtenQueueRetention } from './queue-retention';
import { BERICHTEN_COMPONENT, berichtenMigrations } from './store/migrations';
import { QueueProtection } from './store/queue-protection';
import { ReceivedBerichten } from './store/received-berichten';
import { SqlKeyProvider } from '@regie/privacy';

export interface BerichtenImportModuleOptions {
  /** Modules that provide `databaseToken` and BsnIndexLookup (the timeline and search modules). */
  readonly imports: ModuleMetadata['imports'];
  /** The read-model database (`READ_MODEL_DATABASE`): `berichten_ontvangen` lives there under its own migrations. */
  readonly databaseToken: InjectionToken;
  /** Register the functioneel beheerder's queue query and mutations. Default true; false for the CLI. */
  readonly graphql?: boolean;
  /** Register `POST /berichten` (needs TokenVerifier from `imports`, e.g. AccessModule). Default false. */
  readonly http?: boolean;
  /** Shred what waited longer than this many days, at start-up and every six hours (the api); absent: never. */
  readonly queueRetentionDays?: number;
}

/** The berichten import (`BerichtenImport`), its table, and the queue's GraphQL operations. */
@Module({})
export class BerichtenImportModule {
  static forRoot(options: BerichtenImportModuleOptions): DynamicModule {
    const retentionDays = options.queueRetentionDays;
    return {
      module: BerichtenImportModule,
      imports: options.imports,
      providers: [
        BerichtReader,
        {
          provide: BerichtenImport,
          inject: [
            options.databaseToken,
            HouseholdCommandExecutor,
            BsnIndexLookup,
            PersonErasure,
            { token: ProcessingLog, optional: true },
            BerichtReader,
          ],
          useFactory: async (
            db: SqlDatabase,
            executor: HouseholdCommandExecutor,
            lookup: BsnIndexLookup,
            erasure: PersonErasure,
            log: ProcessingLog | undefined,
            reader: BerichtReader,
          ) => {
            await migrate(db, BERICHTEN_COMPONENT, berichtenMigrations);
            // The queue's keys live next to it, in the same key table the event store's keys use when they share it.
            const keys = await SqlKeyProvider.open(db);
            const received = new ReceivedBerichten(db, new QueueProtection(keys, (bsn) => lookup.blindIndex(bsn)));
            await received.sealPlaintextWaiting();
            const berichten = new BerichtenImport(received, executor, new ClientMatcher(lookup, executor), log, reader);
            // AVG art. 17 reaches the queue: whoever forgets a person (GraphQL, CLI), their waiting messages go too.
            erasure.onForgotten(async ({ gemeente, bsn }) => {
              await berichten.forgetBsn(gemeente, bsn);
            });
            return berichten;
          },
        },
        ...(retentionDays === undefined
          ? []
          : [
              {
                provide: BerichtenQueueRetention,
                inject: [BerichtenImport],
                useFactory: (berichten: BerichtenImport) => new BerichtenQueueRetention(berichten, retentionDays),
              },
            ]),
        ...((options.graphql ?? true) ? [BerichtenQueueResolver] : []),
      ],
      controllers: options.http ? [BerichtenController] : [],
      exports: [BerichtenImport],
    };
  }
}
