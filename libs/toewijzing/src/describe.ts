import { formatDutchDate, type CareEpisodeFact, type NameLookup, type TimelineDescription } from '@regie/household';
import { codeWithLabel, labelOf } from './codes';
import type { DeclaratieOntvangen, VerzoekOmWijzigingOntvangen } from './events';
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
