import type { DecideContext } from '../../core/decide-context';
import type { DraftEvent } from '../../core/event-envelope';
import { assertMember, assertOpenHousehold } from '../../core/guards';
import { HouseholdEventType, type ZrmGescoord } from '../../core/household.events';
import { assertNotInFuture, isLocalDate, type LocalDate } from '../../core/local-date';
import { reject } from '../../core/rejection';
import { ZRM_DOMAINS, type ZrmDomain } from '../../core/facts';
import { ZRM_MAX, ZRM_MIN } from './zrm';

export const ZRM_NOTE_MAX_LENGTH = 2000;

export interface ScoreZrm {
  readonly zrmId: string;
  readonly memberId: string;
  readonly scoredOn: LocalDate;
  readonly scores: readonly { readonly domain: string; readonly score: number }[];
  readonly goalIds?: readonly string[] | null;
  readonly note?: string | null;
}

const bad = (message: string, field: string): never => reject('BAD_USER_INPUT', message, { field });

/**
 * Zelfredzaamheid-Matrix scores of one member, by the regisseur. Only the domains that matter for this member are
 * scored (the Autoriteit Persoonsgegevens objected to scoring all 13 by default): at least one, each at most once.
 */
export function scoreZrm(command: ScoreZrm, context: DecideContext): DraftEvent[] {
  const { core } = context.state;
  assertOpenHousehold(core);
  assertMember(core, command.memberId);
  if (!isLocalDate(command.scoredOn)) bad('scoredOn moet een datum JJJJ-MM-DD zijn', 'scoredOn');
  assertNotInFuture(command.scoredOn, context.today, 'scoredOn');
  if (command.scores.length === 0) bad('Scoor minstens één domein van de ZRM', 'scores');
  if (command.scores.length > ZRM_DOMAINS.length) bad(`De ZRM heeft ${ZRM_DOMAINS.length} domeinen`, 'scores');
  const seen = new Set<string>();
  for (const { domain, score } of command.scores) {
    if (!(ZRM_DOMAINS as readonly string[]).includes(domain)) {
      bad(`Onbekend ZRM-domein ${domain}; kies uit ${ZRM_DOMAINS.join(', ')}`, 'scores');
    }
    if (seen.has(domain)) bad(`ZRM-domein ${domain} is dubbel gescoord`, 'scores');
    seen.add(domain);
    if (!Number.isInteger(score) || score < ZRM_MIN || score > ZRM_MAX) {
      bad(`De score van ${domain} moet een geheel getal van ${ZRM_MIN} tot ${ZRM_MAX} zijn`, 'scores');
    }
  }
  const goalIds = [...new Set(command.goalIds ?? [])];
  for (const goalId of goalIds) {
    if (!core.goals.has(goalId)) reject('GOAL_NOT_FOUND', `Doel ${goalId} staat niet in het plan`, { goalId });
  }
  const note = command.note?.trim() || undefined;
  if (note !== undefined && note.length > ZRM_NOTE_MAX_LENGTH) {
    bad(`De toelichting is langer dan ${ZRM_NOTE_MAX_LENGTH} tekens`, 'note');
  }
  const data: ZrmGescoord = {
    zrmId: command.zrmId,
    memberId: command.memberId,
    scoredOn: command.scoredOn,
    scores: command.scores.map(({ domain, score }) => ({ domain: domain as ZrmDomain, score })),
    goalIds,
    ...(note !== undefined ? { note } : {}),
  };
  return [{ type: HouseholdEventType.zrmScored, data, occurredAt: command.scoredOn }];
}
