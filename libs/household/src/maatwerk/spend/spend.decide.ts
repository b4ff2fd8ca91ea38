import type { DecideContext } from '../../core/decide-context';
import type { DraftEvent } from '../../core/event-envelope';
import { assertMembers, assertOpenHousehold } from '../../core/guards';
import {
  HouseholdEventType,
  PREVENTION_AIMS,
  SPEND_RESULTS,
  type MaatwerkbudgetBesteed,
  type MaatwerkbudgetGeevalueerd,
  type PreventionAim,
  type SpendResult,
} from '../../core/household.events';
import { assertNotInFuture, assertOrder, isLocalDate, type LocalDate } from '../../core/local-date';
import { reject } from '../../core/rejection';

/** One spend never exceeds this (€ 100.000): a typo guard; the gemeente's budget sets the real limits. */
export const MAX_SPEND_CENTS = 10_000_000;
export const PURPOSE_MIN_LENGTH = 10;
export const PURPOSE_MAX_LENGTH = 500;
export const EVALUATION_NOTE_MAX_LENGTH = 2000;

export interface SpendMaatwerkbudget {
  readonly spendId: string;
  readonly amountCents: number;
  readonly spentOn: LocalDate;
  readonly purpose: string;
  readonly prevents: string;
  readonly memberIds: readonly string[];
  /** The timeline entry (a signal) or the plan goal the spend answers. */
  readonly answersEntryId?: string;
  readonly answersGoalId?: string;
}

export interface EvaluateMaatwerkbudget {
  readonly spendId: string;
  readonly evaluatedOn: LocalDate;
  readonly worked: string;
  readonly note?: string;
}

/** A whole, positive number of cents within the sanity bound; shared with the gemeente's budget decider. */
export function assertSpendAmount(amountCents: number): void {
  if (!Number.isInteger(amountCents) || amountCents <= 0 || amountCents > MAX_SPEND_CENTS) {
    reject('BAD_USER_INPUT', `Het bedrag moet een heel aantal centen zijn, tussen 1 en ${MAX_SPEND_CENTS}`, {
      field: 'amountCents',
    });
  }
}

function assertDate(date: LocalDate, field: string): void {
  if (!isLocalDate(date)) reject('BAD_USER_INPUT', `${field} moet een datum JJJJ-MM-DD zijn`, { field });
}

/** The regisseur spends from the maatwerkbudget; the gemeente's budget stream has reserved the amount first. */
export function spendMaatwerkbudget(command: SpendMaatwerkbudget, context: DecideContext): DraftEvent[] {
  const { core } = context.state;
  assertOpenHousehold(core);
  assertSpendAmount(command.amountCents);
  assertDate(command.spentOn, 'spentOn');
  assertNotInFuture(command.spentOn, context.today, 'spentOn');
  const purpose = command.purpose.trim();
  if (purpose.length < PURPOSE_MIN_LENGTH || purpose.length > PURPOSE_MAX_LENGTH) {
    reject('BAD_USER_INPUT', `Het doel moet ${PURPOSE_MIN_LENGTH} tot ${PURPOSE_MAX_LENGTH} tekens zijn`, {
      field: 'purpose',
    });
  }
  if (!(PREVENTION_AIMS as readonly string[]).includes(command.prevents)) {
    reject('BAD_USER_INPUT', `prevents moet een van ${PREVENTION_AIMS.join(', ')} zijn`, { field: 'prevents' });
  }
  if (command.memberIds.length === 0) {
    reject('BAD_USER_INPUT', 'Noem voor wie de besteding is', { field: 'memberIds' });
  }
  assertMembers(core, command.memberIds);
  if (command.answersEntryId && !core.entries.has(command.answersEntryId)) {
    reject('ENTRY_NOT_FOUND', 'Deze melding staat niet in de tijdlijn van dit huishouden', { field: 'answersEntryId' });
  }
  if (command.answersGoalId && !core.goals.has(command.answersGoalId)) {
    reject('GOAL_NOT_FOUND', 'Dit doel staat niet in het plan van dit huishouden', { field: 'answersGoalId' });
  }
  if (core.spends.has(command.spendId)) {
    reject('INVALID_STATE', `Besteding ${command.spendId} is al vastgelegd`, { spendId: command.spendId });
  }
  const data: MaatwerkbudgetBesteed = {
    spendId: command.spendId,
    amountCents: command.amountCents,
    spentOn: command.spentOn,
    budgetYear: Number(command.spentOn.slice(0, 4)),
    purpose,
    prevents: command.prevents as PreventionAim,
    memberIds: [...new Set(command.memberIds)],
    ...(command.answersEntryId ? { answersEntryId: command.answersEntryId } : {}),
    ...(command.answersGoalId ? { answersGoalId: command.answersGoalId } : {}),
  };
  return [{ type: HouseholdEventType.maatwerkbudgetSpent, data, occurredAt: command.spentOn }];
}

/**
 * Whether a spend worked. A spend may be evaluated again later (an eviction prevented in March can still happen in
 * September): every evaluation is kept in the stream and the latest one counts, but never one dated before the last.
 */
export function evaluateMaatwerkbudget(command: EvaluateMaatwerkbudget, context: DecideContext): DraftEvent[] {
  const { core } = context.state;
  assertOpenHousehold(core);
  const spend = core.spends.get(command.spendId);
  if (!spend) return reject('ENTRY_NOT_FOUND', `Besteding ${command.spendId} bestaat niet`, { field: 'spendId' });
  assertDate(command.evaluatedOn, 'evaluatedOn');
  assertNotInFuture(command.evaluatedOn, context.today, 'evaluatedOn');
  assertOrder(spend.spentOn, command.evaluatedOn, 'De evaluatie kan niet voor de besteding liggen', 'evaluatedOn');
  if (spend.evaluation) {
    assertOrder(
      spend.evaluation.evaluatedOn,
      command.evaluatedOn,
      'Een nieuwe evaluatie kan niet voor de vorige liggen',
      'evaluatedOn',
    );
  }
  if (!(SPEND_RESULTS as readonly string[]).includes(command.worked)) {
    reject('BAD_USER_INPUT', `worked moet een van ${SPEND_RESULTS.join(', ')} zijn`, { field: 'worked' });
  }
  const note = command.note?.trim();
  if (note && note.length > EVALUATION_NOTE_MAX_LENGTH) {
    reject('BAD_USER_INPUT', `De toelichting is langer dan ${EVALUATION_NOTE_MAX_LENGTH} tekens`, { field: 'note' });
  }
  const data: MaatwerkbudgetGeevalueerd = {
    spendId: command.spendId,
    evaluatedOn: command.evaluatedOn,
    worked: command.worked as SpendResult,
    ...(note ? { note } : {}),
  };
  return [{ type: HouseholdEventType.maatwerkbudgetEvaluated, data, occurredAt: command.evaluatedOn }];
}
