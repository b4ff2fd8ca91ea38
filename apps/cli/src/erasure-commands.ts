import { userInfo } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type RegieConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import {
  forgetPersonCommand,
  HouseholdCommandExecutor,
  HouseholdModule,
  isLocalDate,
  RetentionService,
  type HouseholdRetention,
} from '@regie/household';
import { DOMAIN_MODULES } from '../../api/src/domain-modules';
import { commandFailed, QUIET_NEST_START } from './failure';

export const RETENTION_HELP = `Usage: regie retention [--erase] [--today YYYY-MM-DD] [--household <id>]

Lists, per household and domain, when the care ended, when the retention term ends (Jeugd 20, Wmo 15,
Werk & Inkomen 10 years) and whether it is over. With --erase, erases what is over: the keys of that domain's
personal data are destroyed (and of the members and the household when it is closed and every domain is over),
and a household.RetentionExpired event tells the read models to purge. Cannot be undone.

  --erase      erase what is past its term (default: only list)
  --today      judge as of this day (default: today in the Netherlands)
  --household  only this household
`;

export const FORGET_PERSON_HELP = `Usage: regie forget-person --household <id> --member <id> --reason <text> [--by <user id>]

Erases a person (AVG art. 17): their BSN, name, birth date and the free text about them become unreadable
everywhere (their key is destroyed) and the timeline shows their entries as "gegevens verwijderd".
Recorded as the functioneel beheerder --by (default cli:<os user>). Cannot be undone.
`;

/** Event store, household and domain modules without HTTP or projector: what erasure and retention need. */
@Module({})
class ErasureHostModule {
  static forRoot(config: RegieConfig): DynamicModule {
    return {
      module: ErasureHostModule,
      imports: [EventStoreModule.forRoot(config), HouseholdModule, ...DOMAIN_MODULES],
    };
  }
}

async function withHousehold<T>(env: NodeJS.ProcessEnv, work: (app: INestApplicationContext) => Promise<T>) {
  const app = await NestFactory.createApplicationContext(ErasureHostModule.forRoot(loadConfig(env)), QUIET_NEST_START);
  app.useLogger(['error', 'warn']);
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

function parse(command: string, args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return { values: parseArgs({ args: [...args], strict: true, allowPositionals: false, options }).values };
  } catch (error) {
    const message = (error as { message?: unknown }).message;
    return {
      problem: `${typeof message === 'string' ? message.split('\n')[0] : String(error)} (try regie ${command} --help)`,
    };
  }
}

const failure = commandFailed;

/** One line per domain: "<household> JEUGD care ended 2026-06-30, term ends 2046-06-30: kept". */
export function formatRetention(review: HouseholdRetention): string[] {
  return review.domains.map((domain) => {
    const state = domain.erased
      ? 'erased'
      : domain.ongoing
        ? 'care ongoing'
        : `care ended ${domain.careEndedOn}, term ends ${domain.termEndsOn}: ${domain.expired ? 'PAST TERM' : 'kept'}`;
    return `${review.householdId} ${domain.domain} ${state}`;
  });
}

/** `regie retention [--erase] [--today] [--household]`. */
export async function retentionCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parse('retention', args, {
    erase: { type: 'boolean', default: false },
    today: { type: 'string' },
    household: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.problem) return failure('retention', new Error(parsed.problem));
  const values = parsed.values!;
  if (values.help) {
    process.stdout.write(RETENTION_HELP);
    return 0;
  }
  const today = values.today as string | undefined;
  if (today !== undefined && !isLocalDate(today)) return failure('retention', new Error('--today must be YYYY-MM-DD'));
  const options = {
    ...(today ? { today } : {}),
    ...(values.household ? { householdIds: [values.household as string] } : {}),
  };
  try {
    return await withHousehold(env, async (app) => {
      const retention = app.get(RetentionService);
      const reviews = await retention.review(options);
      for (const review of reviews) {
        for (const line of formatRetention(review)) process.stdout.write(`${line}\n`);
        if (review.wholeHouseholdExpired)
          process.stdout.write(`${review.householdId} HOUSEHOLD closed, every domain past its term\n`);
      }
      const expired = reviews.filter((review) => review.wholeHouseholdExpired || review.domains.some((d) => d.expired));
      if (!values.erase) {
        process.stderr.write(
          `regie: ${expired.length} of ${reviews.length} households have data past its term${expired.length ? ' (erase with --erase)' : ''}\n`,
        );
        return 0;
      }
      const erased = await retention.eraseExpired(options);
      for (const done of erased) {
        const what = [...done.domains, ...(done.wholeHousehold ? ['the household'] : [])].join(', ');
        process.stderr.write(`regie: erased ${what} of household ${done.householdId} (position ${done.position})\n`);
      }
      process.stderr.write(`regie: erased what was past its term in ${erased.length} households\n`);
      return 0;
    });
  } catch (error) {
    return failure('retention', error);
  }
}

/** `regie forget-person --household --member --reason [--by]`. */
export async function forgetPersonCliCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parse('forget-person', args, {
    household: { type: 'string' },
    member: { type: 'string' },
    reason: { type: 'string' },
    by: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.problem) return failure('forget-person', new Error(parsed.problem));
  const values = parsed.values!;
  if (values.help) {
    process.stdout.write(FORGET_PERSON_HELP);
    return 0;
  }
  for (const required of ['household', 'member', 'reason'] as const) {
    if (typeof values[required] !== 'string' || !(values[required] as string).trim()) {
      return failure('forget-person', new Error(`--${required} is required (try regie forget-person --help)`));
    }
  }
  const householdId = values.household as string;
  try {
    return await withHousehold(env, async (app) => {
      const executor = app.get(HouseholdCommandExecutor);
      const { state } = await executor.load(householdId);
      if (!state.core.exists) throw new Error(`no household ${householdId}`);
      const actor = {
        userId: (values.by as string | undefined) ?? `cli:${userInfo().username}`,
        role: 'functioneel_beheerder' as const,
        gemeente: state.core.gemeente,
      };
      const request = { householdId, memberId: values.member as string, reason: values.reason as string };
      const result = await executor.execute(forgetPersonCommand(request, actor));
      process.stderr.write(
        `regie: erased member ${request.memberId} of household ${householdId} (position ${result.position}); ` +
          'the projector purges the read models when it reaches it\n',
      );
      return 0;
    });
  } catch (error) {
    return failure('forget-person', error);
  }
}
