import type { DecideContext } from '../../core/decide-context';
import type { AfwegingVastgelegd } from '../../core/household.events';
import { reject } from '../../core/rejection';
import type { LadderRung, LadderRungName } from '../../core/facts';
import { lowerRungsConsidered } from './afwegingsladder';
import type { CostFact, TariffBasis } from '../../core/facts';
import type { MaatwerkFact } from '../../core/facts';
import type { MaatwerkAfweging } from './alternatives';

export const REASON_NO_ALTERNATIVE_MIN_LENGTH = 10;
export const REASON_NO_ALTERNATIVE_MAX_LENGTH = 2000;

/** A ladder the domain already knows (the Wmo onderzoek of the melding), instead of a household afweging. */
export interface KnownLadder {
  readonly afwegingId?: string;
  readonly rungs: Readonly<Record<LadderRungName, LadderRung>>;
}

export interface MaatwerkDecision {
  readonly domain: string;
  readonly memberId: string;
  /** Given by Wmo (its onderzoek); otherwise the latest household afweging of the domain and member is cited. */
  readonly ladder?: KnownLadder;
  readonly redenGeenAlternatief?: string | null;
}

/** The latest afweging of a domain for a member: by assessedOn, then by the order in which they were recorded. */
export function latestAfweging(context: DecideContext, domain: string, memberId: string) {
  let latest: AfwegingVastgelegd | undefined;
  for (const afweging of context.state.core.afwegingen.values()) {
    if (afweging.domain !== domain || afweging.memberId !== memberId) continue;
    if (!latest || afweging.assessedOn >= latest.assessedOn) latest = afweging;
  }
  return latest;
}

/**
 * What a maatwerk decision stores about what came before it. Without an afweging the decision is still allowed
 * (lowerRungsConsidered false: the regisseur's overview flags it); with alternatives in the catalogue it needs a
 * reason why none of them fits.
 */
export function maatwerkAfweging(context: DecideContext, decision: MaatwerkDecision): MaatwerkAfweging {
  const ladder = decision.ladder ?? latestAfweging(context, decision.domain, decision.memberId);
  const reason = decision.redenGeenAlternatief?.trim() || undefined;
  if (reason !== undefined && reason.length > REASON_NO_ALTERNATIVE_MAX_LENGTH) {
    reject('BAD_USER_INPUT', `redenGeenAlternatief is langer dan ${REASON_NO_ALTERNATIVE_MAX_LENGTH} tekens`, {
      field: 'redenGeenAlternatief',
    });
  }
  if (context.alternatives.length > 0 && (reason === undefined || reason.length < REASON_NO_ALTERNATIVE_MIN_LENGTH)) {
    reject(
      'ALTERNATIVE_REASON_REQUIRED',
      `De catalogus van het voorliggend veld noemt alternatieven (${context.alternatives
        .map((alternative) => alternative.naam)
        .join(
          ', ',
        )}); leg in redenGeenAlternatief (minstens ${REASON_NO_ALTERNATIVE_MIN_LENGTH} tekens) vast waarom geen ervan past`,
      { field: 'redenGeenAlternatief', alternatives: context.alternatives.map((a) => a.voorzieningId) },
    );
  }
  return {
    ...(ladder?.afwegingId !== undefined ? { afwegingId: ladder.afwegingId } : {}),
    lowerRungsConsidered: ladder ? lowerRungsConsidered(ladder.rungs) : false,
    alternatives: context.alternatives.map(({ voorzieningId, naam }) => ({ voorzieningId, naam })),
    ...(reason !== undefined ? { reasonNoAlternative: reason } : {}),
  };
}

/** The read-side fact of a maatwerk decision, from what it stored. */
export function maatwerkFact(
  decision: { readonly key: string; readonly memberId: string; readonly category: string; readonly decidedOn: string },
  afweging: MaatwerkAfweging,
): MaatwerkFact {
  return {
    ...decision,
    lowerRungsConsidered: afweging.lowerRungsConsidered,
    alternativesOffered: afweging.alternatives.length,
    reasonNoAlternativeGiven: afweging.reasonNoAlternative !== undefined,
  };
}

/** What an iJw/iWmo toewijzing holds that decides its cost. */
export interface ToewijzingCostBasis {
  readonly omvang?: { readonly volume: number; readonly eenheid: string; readonly frequentie: string };
  readonly budget?: number;
  /** The contract's price per eenheid in euro cents; only meaningful with an omvang. */
  readonly tariefPerEenheidCents?: number;
}

/**
 * The tariff basis of a Jeugd or Wmo toewijzing: its omvang at the contract's price per eenheid, or its budget.
 * An aspecific toewijzing, or an omvang without a price, has none.
 */
export function toewijzingTariff(toewijzing: ToewijzingCostBasis): TariffBasis | undefined {
  const { omvang, budget, tariefPerEenheidCents } = toewijzing;
  if (omvang && tariefPerEenheidCents !== undefined) {
    return {
      kind: 'PER_EENHEID',
      pricePerUnitCents: tariefPerEenheidCents,
      volume: omvang.volume,
      unit: omvang.eenheid,
      frequency: omvang.frequentie,
    };
  }
  return budget !== undefined ? { kind: 'BUDGET', budgetCents: budget } : undefined;
}

/** A price per eenheid goes with an omvang (a budget toewijzing is its own tariff basis). */
export function tariefPerEenheidProblem(
  tariefPerEenheidCents: number | undefined,
  omvang: unknown,
): string | undefined {
  if (tariefPerEenheidCents === undefined) return undefined;
  if (!Number.isInteger(tariefPerEenheidCents) || tariefPerEenheidCents <= 0) {
    return 'tariefPerEenheid is een positief geheel bedrag in eurocent';
  }
  return omvang ? undefined : 'tariefPerEenheid hoort bij een toewijzing met omvang; een budget is zelf de tariefbasis';
}

/** A Jeugd or Wmo toewijzing as the read side needs it for its maatwerk and cost facts. */
export interface ToewijzingInsightSource extends ToewijzingCostBasis {
  readonly toewijzingNummer: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly toewijzingsdatum: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly afweging?: MaatwerkAfweging;
}

/**
 * The `maatwerk` and `cost` facts of a toewijzing (both keyed on its toewijzingNummer), shared by Jeugd and Wmo.
 * Toewijzingen recorded before the afweging was kept have no maatwerk fact.
 */
export function toewijzingInsight(
  toewijzing: ToewijzingInsightSource,
  options: { readonly maatwerk: boolean } = { maatwerk: true },
): { maatwerk?: MaatwerkFact; cost?: CostFact } {
  const tariff = toewijzingTariff(toewijzing);
  return {
    ...(options.maatwerk && toewijzing.afweging
      ? {
          maatwerk: maatwerkFact(
            {
              key: toewijzing.toewijzingNummer,
              memberId: toewijzing.memberId,
              category: toewijzing.productcategorie,
              decidedOn: toewijzing.toewijzingsdatum,
            },
            toewijzing.afweging,
          ),
        }
      : {}),
    ...(tariff
      ? {
          cost: {
            key: toewijzing.toewijzingNummer,
            memberId: toewijzing.memberId,
            providerAgb: toewijzing.providerAgb,
            validFrom: toewijzing.ingangsdatum,
            ...(toewijzing.einddatum !== undefined ? { validUntil: toewijzing.einddatum } : {}),
            tariff,
          },
        }
      : {}),
  };
}
