import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { ProcessingLog } from '@regie/audit';
import { loadConfig, type RegieConfig } from '@regie/config';
import {
  HouseholdCommandExecutor,
  PersonErasure,
  isLocalDate,
  RetentionService,
  type HouseholdRetention,
} from '@regie/household';
import { currentCorrelationId } from '@regie/observability';
import { withBerichten } from './berichten-command';
import { commandFailed } from './failure';
import { withOperations } from './operations-commands';
import { operatorOf, requireRole, TOKEN_OPTION_HELP } from './operator';

export const RETENTION_HELP = `Usage: regie retention [--today YYYY-MM-DD] [--household <id>] [--token <jwt>]
       regie retention --erase [--yes] [--household <id>] [--token <jwt>]

Lists, per household and domain, when the care ended, when the retention term ends (Jeugd 20, Wmo 15,
Werk & Inkomen 10 years) and whether it is over. With --erase, erases what is over: the keys of that domain's
personal data are destroyed (and of the members and the household when it is closed and every domain is over),
and a household.RetentionExpired event tells the read models to purge. Cannot be undone.

  --erase      erase what is past its term today (default: only list); asks for confirmation on a terminal
  --yes        erase without asking (required with --erase when not run on a terminal)
  --today      list as of this day (default: today in the Netherlands); not with --erase, which never erases
               anything before its term
  --household  only this household
${TOKEN_OPTION_HELP}
               (the list is a READ line per household in the verwerkingenlog, and with --erase the erasures
               ERASE lines, as this user's; with a token only the user's own gemeente)
`;

export const FORGET_PERSON_HELP = `Usage: regie forget-person --household <id> --member <id> --reason <text> [--token <jwt>]

Erases a person (AVG art. 17): their BSN, name, birth date and the free text about them become unreadable
everywhere (their key is destroyed) and the timeline shows their entries as "gegevens verwijderd". Messages
waiting in the gemeente's berichten queue for their BSN are destroyed too.
Recorded as an erasure by a functioneel beheerder, with an ERASE line in the verwerkingenlog. Cannot be undone.

${TOKEN_OPTION_HELP}
`;

/**
 * Store, household, domains, read models and the verwerkingenlog (the write path's ERASE lines need it), without
 * HTTP or projector.
 */
async function withHousehold<T>(config: RegieConfig, work: (app: INestApplicationContext) => Promise<T>) {
  return withOperations(config, work);
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

/** Where `retention --erase` asks for confirmation: a terminal, or not (then only --yes erases). */
export interface Terminal {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
}

/** The word that confirms an erasure: typed, not a reflexive "y". */
export const CONFIRM_WORD = 'wissen';

async function confirmed(terminal: Terminal, households: number): Promise<boolean> {
  terminal.output.write(
    `regie: erase the data past its term in ${households} household(s)? This cannot be undone. ` +
      `Type "${CONFIRM_WORD}" to go on: `,
  );
  return (await firstLine(terminal.input)).trim() === CONFIRM_WORD;
}

/** The first line typed; input that ends without one (Ctrl-D) is an empty answer. */
async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  let typed = '';
  for await (const chunk of input) {
    typed += String(chunk);
    const end = typed.indexOf('\n');
    if (end >= 0) return typed.slice(0, end);
  }
  return typed;
}

/** One line per domain: "<household> JEUGD care ended 2026-06-30, term ends 2046-06-30: kept". */
export function formatRetention(review: HouseholdRetention): string[] {
  const lines = review.domains.map((domain) => {
    const state = domain.erased
      ? 'erased'
      : domain.ongoing
        ? 'care ongoing'
        : `care ended ${domain.careEndedOn}, term ends ${domain.termEndsOn}: ${domain.expired ? 'PAST TERM' : 'kept'}`;
    return `${review.householdId} ${domain.domain} ${state}`;
  });
  if (review.householdTermEndsOn) {
    const state = review.wholeHouseholdExpired ? 'PAST TERM' : 'kept';
    lines.push(
      `${review.householdId} HOUSEHOLD closed ${review.closedOn}, no domain involved, term ends ${review.householdTermEndsOn}: ${state}`,
    );
  } else if (review.wholeHouseholdExpired) {
    lines.push(`${review.householdId} HOUSEHOLD closed, every domain past its term`);
  }
  return lines;
}

/** `regie retention [--erase] [--today] [--household]`. */
export async function retentionCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  terminal: Terminal = { input: process.stdin, output: process.stderr },
): Promise<number> {
  const parsed = parse('retention', args, {
    erase: { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
    token: { type: 'string' },
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
  if (values.erase && today !== undefined) {
    return failure(
      'retention',
      new Error('--today is for listing only: --erase judges by the real date (nothing erased)'),
    );
  }
  if (values.erase && !values.yes && !terminal.input.isTTY) {
    return failure(
      'retention',
      new Error('--erase asks for confirmation on a terminal; without one add --yes (nothing erased)'),
    );
  }
  const options = {
    ...(today ? { today } : {}),
    ...(values.household ? { householdIds: [values.household as string] } : {}),
  };
  try {
    const config = loadConfig(env);
    const operator = await operatorOf((values.token as string | undefined) ?? env.REGIE_TOKEN, config);
    requireRole(operator, 'functioneel_beheerder', values.erase ? 'retention --erase' : 'retention');
    return await withHousehold(config, async (app) => {
      const retention = app.get(RetentionService);
      // A beheerder with a token sees and erases their own gemeente only; the OS account of the machine all.
      const own = operator.verified?.gemeente;
      const reviews = (await retention.review(options)).filter((review) => !own || review.gemeente === own);
      // A mistyped id must not read as a clean result ("0 of 0 households").
      if (values.household && reviews.length === 0) {
        throw new Error(`no household ${String(values.household)}${own ? ` in gemeente ${own}` : ''} (nothing listed)`);
      }
      // The list says which household had care of which domain, and until when: a read of personal data.
      await app.get(ProcessingLog).recordMany(
        reviews
          .filter((review) => review.gemeente)
          .map((review) => ({
            userId: operator.userId,
            userName: operator.name ?? null,
            role: 'functioneel_beheerder' as const,
            gemeente: review.gemeente!,
            householdId: review.householdId,
            operation: 'READ' as const,
            action: 'household.retention',
            fields: review.householdTermEndsOn
              ? ['retention.HOUSEHOLD']
              : review.domains.map((domain) => `retention.${domain.domain}`),
            basis: 'bewaartermijnen bewaken (AVG art. 5 lid 1 onder e)',
            correlationId: currentCorrelationId() ?? null,
          })),
      );
      for (const review of reviews) {
        for (const line of formatRetention(review)) process.stdout.write(`${line}\n`);
      }
      const expired = reviews.filter((review) => review.wholeHouseholdExpired || review.domains.some((d) => d.expired));
      if (!values.erase) {
        process.stderr.write(
          `regie: ${expired.length} of ${reviews.length} households have data past its term${expired.length ? ' (erase with --erase)' : ''}\n`,
        );
        return 0;
      }
      const householdIds = expired.map((review) => review.householdId!);
      if (householdIds.length === 0) {
        process.stderr.write('regie: nothing is past its term: nothing erased\n');
        return 0;
      }
      if (!values.yes && !(await confirmed(terminal, householdIds.length))) {
        return failure('retention', new Error('not confirmed: nothing erased'));
      }
      const erased = await retention.eraseExpired({
        householdIds,
        operator: { userId: operator.userId, ...(operator.name ? { name: operator.name } : {}) },
      });
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
    token: { type: 'string' },
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
  if (values.by !== undefined) {
    return failure(
      'forget-person',
      new Error('--by is no longer accepted (nobody checks it): pass a token with --token or REGIE_TOKEN'),
    );
  }
  const householdId = values.household as string;
  try {
    const config = loadConfig(env);
    const operator = await operatorOf((values.token as string | undefined) ?? env.REGIE_TOKEN, config);
    requireRole(operator, 'functioneel_beheerder', 'forget-person');
    // With the berichten queue: the person's waiting messages are shredded too (PersonErasure's listeners).
    return await withBerichten(config, async (app) => {
      const executor = app.get(HouseholdCommandExecutor);
      const { state } = await executor.load(householdId);
      if (!state.core.exists) throw new Error(`no household ${householdId}`);
      // A token's gemeente is its own: the write path refuses another gemeente's household (Geen toegang.).
      const actor = {
        userId: operator.userId,
        ...(operator.name ? { name: operator.name } : {}),
        role: 'functioneel_beheerder' as const,
        gemeente: operator.verified?.gemeente ?? state.core.gemeente,
      };
      const request = { householdId, memberId: values.member as string, reason: values.reason as string };
      const result = await app.get(PersonErasure).forget(request, actor);
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
