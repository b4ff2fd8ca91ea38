import {
  formatDutchDate,
  toewijzingInsight,
  type CareEpisodeFact,
  type HouseholdEvent,
  type MaatwerkAfweging,
  type NameLookup,
  type TimelineDescription,
} from '@regie/household';
import { isCodeIn } from '@regie/berichten';
import { codeWithLabel, labelOf } from './codes';
import type {
  DeclaratieOntvangen,
  ToewijzingVastgelegd,
  VerzoekOmToewijzingOntvangen,
  VerzoekOmWijzigingOntvangen,
  ZorgGestart,
  ZorgGestopt,
} from './events';
import type { ToewijzingProfile } from './profile';

// Timeline lines of the life-cycle events in need-to-know terms: who (member, provider), what (product category),
// when and status. Free text goes to `note` only, which other domains never see.

export const memberName = (names: NameLookup, memberId: string) => names.member(memberId) ?? 'onbekende persoon';
export const providerName = (names: NameLookup, agb: string) => names.provider(agb) ?? `aanbieder met AGB-code ${agb}`;

/** "ambulant (45)". */
export const productcategorieLabel = (profile: ToewijzingProfile, code: string) =>
  codeWithLabel(profile.standard.codes.productcategorie, code);
/** Need-to-know category shown across domains, e.g. "45 ambulant". */
export const category = (profile: ToewijzingProfile, code: string) =>
  `${code} ${labelOf(profile.standard.codes.productcategorie, code)}`;

export const episode = (
  profile: ToewijzingProfile,
  data: { toewijzingNummer: string; productcategorie: string },
  step: CareEpisodeFact['step'],
  date: string,
): CareEpisodeFact => ({
  key: data.toewijzingNummer,
  kind: 'TOEWIJZING',
  step,
  date,
  label: productcategorieLabel(profile, data.productcategorie),
});

/** The label of a reden beëindiging; a code stored before the list followed release 3.2 reads as it was meant. */
export function redenBeeindigingLabel(profile: ToewijzingProfile, code: string): string {
  const list = profile.standard.codes.redenBeeindiging;
  return isCodeIn(list.codes, code) ? list.codes[code]! : (profile.storedRedenBeeindiging?.[code] ?? code);
}

/** "€ 1.234,56". */
export function euros(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString('nl-NL');
  return `€ ${whole},${String(cents % 100).padStart(2, '0')}`;
}

export function describeDeclaratie(
  profile: ToewijzingProfile,
  data: DeclaratieOntvangen,
  names: NameLookup,
): TimelineDescription {
  const credit = data.debetCredit === 'C';
  const period = `${formatDutchDate(data.periodBegin)} tot en met ${formatDutchDate(data.periodEnd)}`;
  return {
    summary: `${credit ? 'Creditering' : 'Declaratie'}: ${euros(data.ingediendBedragCents)} voor ${labelOf(profile.standard.codes.productcategorie, data.productcategorie)} bij ${providerName(names, data.providerAgb)} voor ${memberName(names, data.memberId)}, over ${period}`,
    memberId: data.memberId,
    providerAgb: data.providerAgb,
    category: category(profile, data.productcategorie),
    status: credit ? 'GECREDITEERD' : 'GEDECLAREERD',
    declaration: {
      key: data.toewijzingNummer,
      lineReference: data.lineReference,
      periodBegin: data.periodBegin,
      periodEnd: data.periodEnd,
      amountCents: credit ? -data.ingediendBedragCents : data.ingediendBedragCents,
      volume: data.geleverdVolume,
      eenheid: data.eenheid,
    },
  };
}

export function describeVerzoekOmWijziging(
  profile: ToewijzingProfile,
  data: VerzoekOmWijzigingOntvangen,
  names: NameLookup,
): TimelineDescription {
  return {
    summary: `Verzoek om wijziging van toewijzing ${data.toewijzingNummer}: ${productcategorieLabel(profile, data.productcategorie)} bij ${providerName(names, data.providerAgb)} voor ${memberName(names, data.memberId)}, gewenst vanaf ${formatDutchDate(data.gewensteIngangsdatum)}`,
    memberId: data.memberId,
    providerAgb: data.providerAgb,
    category: category(profile, data.productcategorie),
    status: 'WIJZIGING_GEVRAAGD',
    note: data.toelichting,
  };
}

/** The parties and product of a line: who, with which aanbieder, what. */
function line(profile: ToewijzingProfile, data: { memberId: string; providerAgb: string; productcategorie: string }) {
  return { memberId: data.memberId, providerAgb: data.providerAgb, category: category(profile, data.productcategorie) };
}

/**
 * The timeline line of a life-cycle event, or undefined for another event. `maatwerk`: whether the toewijzing is
 * the maatwerk decision (Jeugd) or carries out one recorded before it (Wmo: the besluit).
 */
export function describeLifecycleEvent(
  profile: ToewijzingProfile,
  event: HouseholdEvent,
  names: NameLookup,
  options: { readonly maatwerk: boolean },
): TimelineDescription | undefined {
  const T = profile.eventType;
  const who = (data: { memberId: string; providerAgb: string }) =>
    `bij ${providerName(names, data.providerAgb)} voor ${memberName(names, data.memberId)}`;
  const categorie = (code: string) => labelOf(profile.standard.codes.productcategorie, code);
  switch (event.type) {
    case T.verzoekOmToewijzingOntvangen: {
      const data = event.data as VerzoekOmToewijzingOntvangen;
      return {
        summary: `Verzoek om toewijzing: ${productcategorieLabel(profile, data.productcategorie)} ${who(data)}, gewenst vanaf ${formatDutchDate(data.gewensteIngangsdatum)}`,
        ...line(profile, data),
        status: 'AANGEVRAAGD',
        note: data.note,
      };
    }
    case T.toewijzingVastgelegd: {
      const data = event.data as ToewijzingVastgelegd & { note?: string; afweging?: MaatwerkAfweging };
      const until = data.einddatum ? ` tot en met ${formatDutchDate(data.einddatum)}` : '';
      return {
        summary: `Toewijzing: ${productcategorieLabel(profile, data.productcategorie)} ${who(data)}, vanaf ${formatDutchDate(data.ingangsdatum)}${until}`,
        ...line(profile, data),
        status: 'TOEGEWEZEN',
        note: data.note,
        episode: { ...episode(profile, data, 'TOEGEWEZEN', data.toewijzingsdatum), ingangsdatum: data.ingangsdatum },
        ...toewijzingInsight(data, options),
      };
    }
    case T.zorgGestart: {
      const data = event.data as ZorgGestart;
      return {
        summary: `Zorg gestart: ${categorie(data.productcategorie)} ${who(data)}`,
        ...line(profile, data),
        status: 'GESTART',
        episode: episode(profile, data, 'GESTART', data.begindatum),
      };
    }
    case T.zorgGestopt: {
      const data = event.data as ZorgGestopt;
      const reden = redenBeeindigingLabel(profile, data.redenBeeindiging);
      return {
        summary: `Zorg gestopt: ${categorie(data.productcategorie)} ${who(data)} (${reden})`,
        ...line(profile, data),
        status: 'GESTOPT',
        episode: episode(profile, data, 'GESTOPT', data.einddatum),
      };
    }
    case T.declaratieOntvangen:
      return describeDeclaratie(profile, event.data as DeclaratieOntvangen, names);
    case T.verzoekOmWijzigingOntvangen:
      return describeVerzoekOmWijziging(profile, event.data as VerzoekOmWijzigingOntvangen, names);
    default:
      return undefined;
  }
}
