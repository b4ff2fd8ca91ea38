import {
  formatDutchDate,
  toewijzingInsight,
  type HouseholdEvent,
  type NameLookup,
  type TimelineDescription,
} from '@regie/household';
import {
  describeDeclaratie,
  describeVerzoekOmWijziging,
  type DeclaratieOntvangen,
  type VerzoekOmWijzigingOntvangen,
} from '@regie/toewijzing';
import { JEUGD_TOEWIJZING } from './jeugd.profile';
import {
  JEUGD_CONTACTMOMENT_SOORT,
  JEUGD_PRODUCTCATEGORIE,
  JEUGD_REDEN_BEEINDIGING,
  labelOf,
  productcategorieLabel,
} from './jeugd.codes';
import {
  JeugdEventType,
  type ContactmomentVastgelegd,
  type ToewijzingVastgelegd,
  type VerzoekOmToewijzingOntvangen,
  type ZorgGestart,
  type ZorgGestopt,
} from './jeugd.events';

// Timeline lines of Jeugd events in need-to-know terms: who (member, provider), what (product category), when and
// status. Free text goes to `note` only, which other domains never see.

const categorie = (code: string) => labelOf(JEUGD_PRODUCTCATEGORIE, code);
/** Need-to-know category shown across domains, e.g. "45 ambulant". */
const category = (code: string) => `${code} ${categorie(code)}`;

function who(names: NameLookup, memberId: string, providerAgb: string) {
  return {
    member: names.member(memberId) ?? 'onbekende persoon',
    provider: names.provider(providerAgb) ?? `aanbieder met AGB-code ${providerAgb}`,
  };
}

export function describeJeugdEvent(event: HouseholdEvent, names: NameLookup): TimelineDescription {
  switch (event.type) {
    case JeugdEventType.verzoekOmToewijzingOntvangen: {
      const data = event.data as VerzoekOmToewijzingOntvangen;
      const { member, provider } = who(names, data.memberId, data.providerAgb);
      return {
        summary: `Verzoek om toewijzing: ${productcategorieLabel(data.productcategorie)} bij ${provider} voor ${member}, gewenst vanaf ${formatDutchDate(data.gewensteIngangsdatum)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'AANGEVRAAGD',
        note: data.note,
      };
    }
    case JeugdEventType.toewijzingVastgelegd: {
      const data = event.data as ToewijzingVastgelegd;
      const { member, provider } = who(names, data.memberId, data.providerAgb);
      const until = data.einddatum ? ` tot en met ${formatDutchDate(data.einddatum)}` : '';
      return {
        summary: `Toewijzing: ${productcategorieLabel(data.productcategorie)} bij ${provider} voor ${member}, vanaf ${formatDutchDate(data.ingangsdatum)}${until}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'TOEGEWEZEN',
        note: data.note,
        episode: {
          key: data.toewijzingNummer,
          kind: 'TOEWIJZING',
          step: 'TOEGEWEZEN',
          date: data.toewijzingsdatum,
          label: productcategorieLabel(data.productcategorie),
        },
        ...toewijzingInsight(data),
      };
    }
    case JeugdEventType.zorgGestart: {
      const data = event.data as ZorgGestart;
      const { member, provider } = who(names, data.memberId, data.providerAgb);
      return {
        summary: `Zorg gestart: ${categorie(data.productcategorie)} bij ${provider} voor ${member}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'GESTART',
        episode: {
          key: data.toewijzingNummer,
          kind: 'TOEWIJZING',
          step: 'GESTART',
          date: data.begindatum,
          label: productcategorieLabel(data.productcategorie),
        },
      };
    }
    case JeugdEventType.zorgGestopt: {
      const data = event.data as ZorgGestopt;
      const { member, provider } = who(names, data.memberId, data.providerAgb);
      return {
        summary: `Zorg gestopt: ${categorie(data.productcategorie)} bij ${provider} voor ${member} (${labelOf(JEUGD_REDEN_BEEINDIGING, data.redenBeeindiging)})`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'GESTOPT',
        episode: {
          key: data.toewijzingNummer,
          kind: 'TOEWIJZING',
          step: 'GESTOPT',
          date: data.einddatum,
          label: productcategorieLabel(data.productcategorie),
        },
      };
    }
    case JeugdEventType.contactmomentVastgelegd: {
      const data = event.data as ContactmomentVastgelegd;
      const member = names.member(data.memberId) ?? 'onbekende persoon';
      const provider = data.providerAgb
        ? ` (${names.provider(data.providerAgb) ?? `aanbieder met AGB-code ${data.providerAgb}`})`
        : '';
      const soort = labelOf(JEUGD_CONTACTMOMENT_SOORT, data.soort);
      return {
        summary: `Contactmoment (${soort}) met ${member}${provider}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: `Contactmoment ${soort}`,
        note: data.note,
      };
    }
    case JeugdEventType.declaratieOntvangen:
      return describeDeclaratie(JEUGD_TOEWIJZING, event.data as DeclaratieOntvangen, names);
    case JeugdEventType.verzoekOmWijzigingOntvangen:
      return describeVerzoekOmWijziging(JEUGD_TOEWIJZING, event.data as VerzoekOmWijzigingOntvangen, names);
    default:
      return { summary: 'Registratie van Jeugd' };
  }
}
