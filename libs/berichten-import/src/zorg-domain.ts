// The two domains that share the iStandaard toewijzing life cycle (libs/toewijzing), each with its profile and
// its public deciders.
import type { BerichtHerkomst, DecideContext, DraftEvent } from '@regie/household';
import {
  JEUGD_DOMAIN,
  JEUGD_TOEWIJZING,
  recordJeugdDeclaratie,
  recordJeugdToewijzing,
  recordJeugdVerzoekOmToewijzing,
  recordJeugdVerzoekOmWijziging,
  recordJeugdZorgStart,
  recordJeugdZorgStop,
  type VerzoekOmToewijzingOntvangen,
} from '@regie/jeugd';
import {
  entriesOf,
  findToewijzing,
  lifecycleState,
  type DeclaratieCommand,
  type DeclaratieOntvangen,
  type VerzoekOmWijzigingCommand,
  type VerzoekOmWijzigingOntvangen,
  type ToewijzingCommand,
  type ToewijzingProfile,
  type ToewijzingVastgelegd,
  type ToewijzingView,
  type ZorgPeriode,
  type ZorgStartCommand,
  type ZorgStopCommand,
} from '@regie/toewijzing';
import {
  WMO_DOMAIN,
  WMO_TOEWIJZING,
  recordWmoDeclaratie,
  recordWmoToewijzing,
  recordWmoVerzoekOmWijziging,
  recordWmoZorgStart,
  recordWmoZorgStop,
} from '@regie/wmo';

/** What both domains' toewijzing events hold (JW301 / WMO301). */
export type ToewijzingData = ToewijzingVastgelegd;
export type PeriodRef = ZorgPeriode;
export type ToewijzingRef = ToewijzingView;

type FromBericht<Command> = Command & { readonly bericht: BerichtHerkomst };

/** A declaration line (323) as Regie holds it: what tells a line sent again from a new one. */
export type DeclaratieRef = Pick<
  DeclaratieOntvangen,
  'providerAgb' | 'declaratieNummer' | 'productReferentie' | 'debetCredit'
>;

/** A verzoek om wijziging (317) as Regie holds it. */
export type VerzoekOmWijzigingRef = Pick<VerzoekOmWijzigingOntvangen, 'toewijzingNummer' | 'bericht'>;

export type { DeclaratieCommand, VerzoekOmWijzigingCommand };

/** One domain's side of the life cycle. */
export interface ZorgDomain {
  readonly code: typeof JEUGD_DOMAIN | typeof WMO_DOMAIN;
  readonly profile: ToewijzingProfile;
  /** The toewijzing with this number that counts (not withdrawn), with its start/stop periods. */
  findToewijzing(context: DecideContext, toewijzingNummer: string): ToewijzingRef | undefined;
  recordToewijzing(command: FromBericht<ToewijzingCommand>, context: DecideContext): DraftEvent[];
  recordZorgStart(command: FromBericht<ZorgStartCommand>, context: DecideContext): DraftEvent[];
  recordZorgStop(command: FromBericht<ZorgStopCommand>, context: DecideContext): DraftEvent[];
  /** A 323 line (debit or credit) on a toewijzing of the aanbieder. */
  recordDeclaratie(command: DeclaratieCommand, context: DecideContext): DraftEvent[];
  /** A 317 verzoek om wijziging of one toewijzing: a request, it changes nothing until a new 301. */
  recordVerzoekOmWijziging(command: VerzoekOmWijzigingCommand, context: DecideContext): DraftEvent[];
  /** Declaration lines recorded in the household, not withdrawn. */
  declaraties(context: DecideContext): DeclaratieRef[];
  /** Verzoeken om wijziging recorded in the household, not withdrawn. */
  verzoekenOmWijziging(context: DecideContext): VerzoekOmWijzigingRef[];
}

const find = (profile: ToewijzingProfile) => (context: DecideContext, nummer: string) =>
  findToewijzing(profile, lifecycleState(profile, context), nummer);

/** The data of a profile's entries of one type that are not withdrawn. */
const dataOf =
  <Data>(profile: ToewijzingProfile, type: (profile: ToewijzingProfile) => string) =>
  (context: DecideContext): Data[] =>
    entriesOf<Data>(lifecycleState(profile, context), type(profile)).map((entry) => entry.data);

export const JEUGD: ZorgDomain = {
  code: JEUGD_DOMAIN,
  profile: JEUGD_TOEWIJZING,
  findToewijzing: find(JEUGD_TOEWIJZING),
  // The 301 has no Verwijzer: it is the 315's with the same ReferentieAanbieder, else the gemeente (01).
  recordToewijzing: (command, context) =>
    recordJeugdToewijzing(
      { ...command, verwijzer: verwijzerOfVerzoek(context, command.bericht.referentieAanbieder) ?? '01' },
      context,
    ),
  recordZorgStart: recordJeugdZorgStart,
  recordZorgStop: recordJeugdZorgStop,
  recordDeclaratie: recordJeugdDeclaratie,
  recordVerzoekOmWijziging: recordJeugdVerzoekOmWijziging,
  declaraties: dataOf(JEUGD_TOEWIJZING, (profile) => profile.eventType.declaratieOntvangen),
  verzoekenOmWijziging: dataOf(JEUGD_TOEWIJZING, (profile) => profile.eventType.verzoekOmWijzigingOntvangen),
};

export const WMO: ZorgDomain = {
  code: WMO_DOMAIN,
  profile: WMO_TOEWIJZING,
  findToewijzing: find(WMO_TOEWIJZING),
  recordToewijzing: recordWmoToewijzing,
  recordZorgStart: recordWmoZorgStart,
  recordZorgStop: recordWmoZorgStop,
  recordDeclaratie: recordWmoDeclaratie,
  recordVerzoekOmWijziging: recordWmoVerzoekOmWijziging,
  declaraties: dataOf(WMO_TOEWIJZING, (profile) => profile.eventType.declaratieOntvangen),
  verzoekenOmWijziging: dataOf(WMO_TOEWIJZING, (profile) => profile.eventType.verzoekOmWijzigingOntvangen),
};

/** A Jeugd verzoek om toewijzing (JW315) read from a message with this ReferentieAanbieder, not withdrawn. */
export function verzoekWithReferentie(
  context: DecideContext,
  referentieAanbieder: string | undefined,
): VerzoekOmToewijzingOntvangen | undefined {
  if (referentieAanbieder === undefined) return undefined;
  const verzoeken = entriesOf<VerzoekOmToewijzingOntvangen>(
    lifecycleState(JEUGD_TOEWIJZING, context),
    JEUGD_TOEWIJZING.eventType.verzoekOmToewijzingOntvangen,
  );
  return verzoeken.find((entry) => entry.data.bericht?.referentieAanbieder === referentieAanbieder)?.data;
}

const verwijzerOfVerzoek = (context: DecideContext, referentieAanbieder: string | undefined) =>
  verzoekWithReferentie(context, referentieAanbieder)?.verwijzer;

export { recordJeugdVerzoekOmToewijzing };
