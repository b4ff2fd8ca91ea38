import type { DecideContext } from '../../core/decide-context';
import type { DraftEvent } from '../../core/event-envelope';
import { assertMember, assertOpenHousehold } from '../../core/guards';
import { HouseholdEventType, type AfwegingVastgelegd, type RecordedLadderRung } from '../../core/household.events';
import { assertNotInFuture, isLocalDate, type LocalDate } from '../../core/local-date';
import { reject } from '../../core/rejection';
import {
  LADDER_OUTCOMES,
  LADDER_RUNGS,
  LADDER_SUFFICIENCY,
  type LadderOutcome,
  type LadderRungName,
  type LadderSufficiency,
} from '../../core/facts';

export const TOELICHTING_MAX_LENGTH = 2000;
export const NETWERK_MAX_LENGTH = 200;
export const REQUEST_KEY_MAX_LENGTH = 100;

/** Wmo records its ladder in the onderzoek of a melding, with the legal six-week term. */
const WMO = 'WMO';

export interface RungInput {
  readonly considered: boolean;
  readonly sufficient?: string | null;
  readonly toelichting?: string | null;
}

export interface RecordAfweging {
  readonly afwegingId: string;
  readonly domain: string;
  readonly memberId: string;
  readonly requestKey?: string | null;
  readonly assessedOn: LocalDate;
  readonly rungs: Partial<Record<LadderRungName, RungInput>>;
  readonly outcome: string;
  readonly voorzieningId?: string | null;
  readonly netwerk?: string | null;
}

/** The outcome each rung leads to when it suffices: the three rungs of the own circle all lead to NETWERK. */
const OUTCOME_OF_RUNG: Readonly<Record<LadderRungName, LadderOutcome>> = {
  EIGEN_KRACHT: 'EIGEN_KRACHT',
  GEBRUIKELIJKE_HULP: 'NETWERK',
  MANTELZORG: 'NETWERK',
  SOCIAAL_NETWERK: 'NETWERK',
  ALGEMENE_VOORZIENING: 'ALGEMENE_VOORZIENING',
};

const bad = (message: string, field: string): never => reject('BAD_USER_INPUT', message, { field });

function optionalText(value: string | null | undefined, max: number, field: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > max) bad(`${field} is langer dan ${max} tekens`, field);
  return trimmed;
}

function rungOf(name: LadderRungName, input: RungInput | undefined): RecordedLadderRung {
  if (!input) return bad(`De trede ${name} ontbreekt: leg elke trede vast, ook als die niet is overwogen`, name);
  if (typeof input.considered !== 'boolean') return bad(`${name}.considered moet true of false zijn`, name);
  const sufficient = input.sufficient ?? undefined;
  if (input.considered && sufficient === undefined) {
    bad(`${name}: geef bij een overwogen trede aan of die volstaat (${LADDER_SUFFICIENCY.join(', ')})`, name);
  }
  if (!input.considered && sufficient !== undefined) {
    bad(`${name}: een niet overwogen trede kan niet wel of niet volstaan`, name);
  }
  if (sufficient !== undefined && !(LADDER_SUFFICIENCY as readonly string[]).includes(sufficient)) {
    bad(`${name}.sufficient moet een van ${LADDER_SUFFICIENCY.join(', ')} zijn`, name);
  }
  const toelichting = optionalText(input.toelichting, TOELICHTING_MAX_LENGTH, `${name}.toelichting`);
  return {
    considered: input.considered,
    ...(sufficient !== undefined ? { sufficient: sufficient as LadderSufficiency } : {}),
    ...(toelichting !== undefined ? { toelichting } : {}),
  };
}

/**
 * The ladder is climbed from the bottom: the outcome is the lowest rung that suffices (JA), or MAATWERK when none
 * does. A rung that suffices only in part (DEELS) does not end the ladder. Not every rung has to be considered
 * for MAATWERK: that is recorded, and the regisseur's overview flags it.
 */
function assertCoherentOutcome(rungs: Record<LadderRungName, RecordedLadderRung>, outcome: LadderOutcome): void {
  const lowestSufficient = LADDER_RUNGS.find((name) => rungs[name].considered && rungs[name].sufficient === 'JA');
  const expected = lowestSufficient ? OUTCOME_OF_RUNG[lowestSufficient] : 'MAATWERK';
  if (outcome === expected) return;
  if (!lowestSufficient) {
    bad(`Uitkomst ${outcome} vraagt een overwogen trede die volstaat (JA); geen enkele trede volstaat`, 'outcome');
  }
  bad(
    `Uitkomst ${outcome} past niet bij de ladder: ${lowestSufficient} volstaat al, dus de uitkomst is ${expected}`,
    'outcome',
  );
}

/**
 * The afweging (ladder) for a Jeugd or Werk & Inkomen request, by the domain handling it. Wmo records its ladder in
 * the onderzoek of the melding (recordWmoOnderzoek), so WMO is refused here.
 */
export function recordAfweging(command: RecordAfweging, context: DecideContext): DraftEvent[] {
  const { core } = context.state;
  assertOpenHousehold(core);
  if (command.domain === WMO) {
    reject(
      'AFWEGING_IN_WMO_ONDERZOEK',
      'Wmo legt de afweging vast in het onderzoek van de melding: gebruik recordWmoOnderzoek',
      { field: 'domain' },
    );
  }
  if (!context.domains.some((domain) => domain.code === command.domain)) {
    bad(`Onbekend domein ${command.domain}; kies een van ${context.domains.map((d) => d.code).join(', ')}`, 'domain');
  }
  assertMember(core, command.memberId);
  if (core.afwegingen.has(command.afwegingId)) {
    reject('INVALID_STATE', `Afweging ${command.afwegingId} is al vastgelegd`, { afwegingId: command.afwegingId });
  }
  if (!isLocalDate(command.assessedOn)) bad('assessedOn moet een datum JJJJ-MM-DD zijn', 'assessedOn');
  assertNotInFuture(command.assessedOn, context.today, 'assessedOn');
  const rungs = Object.fromEntries(LADDER_RUNGS.map((name) => [name, rungOf(name, command.rungs[name])])) as Record<
    LadderRungName,
    RecordedLadderRung
  >;
  if (!(LADDER_OUTCOMES as readonly string[]).includes(command.outcome)) {
    bad(`outcome moet een van ${LADDER_OUTCOMES.join(', ')} zijn`, 'outcome');
  }
  const outcome = command.outcome as LadderOutcome;
  assertCoherentOutcome(rungs, outcome);
  const voorzieningId = command.voorzieningId?.trim() || undefined;
  if (outcome === 'ALGEMENE_VOORZIENING' && voorzieningId === undefined) {
    bad(
      'Noem bij uitkomst ALGEMENE_VOORZIENING de gekozen voorziening uit de catalogus (voorzieningId)',
      'voorzieningId',
    );
  }
  if (outcome !== 'ALGEMENE_VOORZIENING' && voorzieningId !== undefined) {
    bad('Een voorzieningId hoort alleen bij uitkomst ALGEMENE_VOORZIENING', 'voorzieningId');
  }
  const requestKey = optionalText(command.requestKey, REQUEST_KEY_MAX_LENGTH, 'requestKey');
  const netwerk = optionalText(command.netwerk, NETWERK_MAX_LENGTH, 'netwerk');
  const data: AfwegingVastgelegd = {
    afwegingId: command.afwegingId,
    domain: command.domain,
    memberId: command.memberId,
    ...(requestKey !== undefined ? { requestKey } : {}),
    assessedOn: command.assessedOn,
    rungs,
    outcome,
    ...(voorzieningId !== undefined ? { voorzieningId } : {}),
    ...(netwerk !== undefined ? { netwerk } : {}),
  };
  return [{ type: HouseholdEventType.afwegingRecorded, data, occurredAt: command.assessedOn }];
}
