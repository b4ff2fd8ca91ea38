import {
  formatDutchDate,
  maatwerkFact,
  toewijzingInsight,
  type CareEpisodeFact,
  type HouseholdEvent,
  type NameLookup,
  type SignalFact,
  type TimelineDescription,
} from '@regie/household';
import {
  describeDeclaratie,
  describeVerzoekOmWijziging,
  type DeclaratieOntvangen,
  type VerzoekOmWijzigingOntvangen,
} from '@regie/toewijzing';
import { WMO_TOEWIJZING } from './wmo.profile';
import {
  WMO_BESLUIT_UITKOMST,
  WMO_CONCLUSIE,
  WMO_PRODUCTCATEGORIE,
  WMO_REDEN_BEEINDIGING,
  WMO_TREDE_NAMEN,
  WMO_TREDEN,
  wmoLabelOf,
  wmoProductcategorieLabel,
} from './wmo.codes';
import {
  WmoEventType,
  type BesluitGenomen,
  type MeldingOntvangen,
  type OnderzoekAfgerond,
  type ToewijzingVastgelegd,
  type ZorgGestart,
  type ZorgGestopt,
} from './wmo.events';
import { wmoLadderFact } from './wmo.ladder';

// Timeline lines of Wmo events in need-to-know terms: who (member, provider), what (product category, conclusion),
// when and status. Free text (hulpvraag, toelichting, motivering) goes to `note` only, which other domains never see.

const categorie = (code: string) => wmoLabelOf(WMO_PRODUCTCATEGORIE, code);
/** Need-to-know category shown across domains, e.g. "02 begeleiding". */
const category = (code: string) => `${code} ${categorie(code)}`;
const memberName = (names: NameLookup, memberId: string) => names.member(memberId) ?? 'onbekende persoon';
const providerName = (names: NameLookup, agb: string) => names.provider(agb) ?? `aanbieder met AGB-code ${agb}`;

const episode = (
  data: { toewijzingNummer: string; productcategorie: string },
  step: CareEpisodeFact['step'],
  date: string,
): CareEpisodeFact => ({
  key: data.toewijzingNummer,
  kind: 'TOEWIJZING',
  step,
  date,
  label: wmoProductcategorieLabel(data.productcategorie),
});

/** A melding waits for its onderzoek until the legal term; the onderzoek closes it. */
const WMO_ONDERZOEK_SIGNAL = 'WMO_ONDERZOEK';
const onderzoekSignal = (meldingId: string, open: boolean, dueOn?: string): SignalFact => ({
  key: meldingId,
  open,
  kind: WMO_ONDERZOEK_SIGNAL,
  ...(dueOn !== undefined ? { dueOn } : {}),
});

function describeMelding(data: MeldingOntvangen, names: NameLookup): TimelineDescription {
  return {
    summary: `Melding ontvangen: hulpvraag voor ${memberName(names, data.memberId)}; onderzoek uiterlijk ${formatDutchDate(data.onderzoekUiterlijk)}`,
    memberId: data.memberId,
    category: 'Wmo-melding',
    status: 'GEMELD',
    note: data.hulpvraag,
    signal: onderzoekSignal(data.meldingId, true, data.onderzoekUiterlijk),
  };
}

function describeOnderzoek(data: OnderzoekAfgerond): TimelineDescription {
  const gesprek = data.keukentafelgesprekOp
    ? ` (keukentafelgesprek ${formatDutchDate(data.keukentafelgesprekOp)})`
    : '';
  const laat =
    data.afgerondOp > data.onderzoekUiterlijk
      ? `; na de wettelijke termijn (uiterlijk ${formatDutchDate(data.onderzoekUiterlijk)})`
      : '';
  const toelichtingen = WMO_TREDE_NAMEN.filter((naam) => data[naam]?.toelichting).map(
    (naam) => `${WMO_TREDEN[naam]}: ${data[naam].toelichting}`,
  );
  return {
    summary: `Onderzoek afgerond${gesprek}: ${wmoLabelOf(WMO_CONCLUSIE, data.conclusie)}${laat}`,
    memberId: data.memberId,
    category: 'Wmo-onderzoek',
    status: data.conclusie,
    ...(toelichtingen.length > 0 ? { note: toelichtingen.join('\n') } : {}),
    signal: onderzoekSignal(data.meldingId, false),
    ladder: wmoLadderFact(data),
  };
}

function describeBesluit(data: BesluitGenomen): TimelineDescription {
  const uitkomst = wmoLabelOf(WMO_BESLUIT_UITKOMST, data.uitkomst);
  const wat = data.productcategorie
    ? `maatwerkvoorziening ${wmoProductcategorieLabel(data.productcategorie)}`
    : 'maatwerkvoorziening';
  const summary =
    data.uitkomst === 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING'
      ? `Besluit: verwezen naar algemene voorziening ${data.algemeneVoorziening ?? ''}`.trimEnd()
      : `Besluit: ${wat} ${uitkomst}`;
  return {
    summary,
    memberId: data.memberId,
    ...(data.productcategorie ? { category: category(data.productcategorie) } : { category: 'Wmo-besluit' }),
    status: data.uitkomst,
    note: data.motivering,
    ...(data.uitkomst === 'TOEGEKEND' && data.productcategorie && data.afweging
      ? {
          maatwerk: maatwerkFact(
            {
              key: data.besluitId,
              memberId: data.memberId,
              category: data.productcategorie,
              decidedOn: data.besluitdatum,
            },
            data.afweging,
          ),
        }
      : {}),
  };
}

export function describeWmoEvent(event: HouseholdEvent, names: NameLookup): TimelineDescription {
  switch (event.type) {
    case WmoEventType.meldingOntvangen:
      return describeMelding(event.data as MeldingOntvangen, names);
    case WmoEventType.onderzoekAfgerond:
      return describeOnderzoek(event.data as OnderzoekAfgerond);
    case WmoEventType.besluitGenomen:
      return describeBesluit(event.data as BesluitGenomen);
    case WmoEventType.toewijzingVastgelegd: {
      const data = event.data as ToewijzingVastgelegd;
      const until = data.einddatum ? ` tot en met ${formatDutchDate(data.einddatum)}` : '';
      return {
        summary: `Toewijzing: ${wmoProductcategorieLabel(data.productcategorie)} bij ${providerName(names, data.providerAgb)} voor ${memberName(names, data.memberId)}, vanaf ${formatDutchDate(data.ingangsdatum)}${until}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'TOEGEWEZEN',
        episode: episode(data, 'TOEGEWEZEN', data.toewijzingsdatum),
        // The maatwerk decision in Wmo is the besluit; the toewijzing carries its cost.
        ...toewijzingInsight(data, { maatwerk: false }),
      };
    }
    case WmoEventType.zorgGestart: {
      const data = event.data as ZorgGestart;
      return {
        summary: `Zorg gestart: ${categorie(data.productcategorie)} bij ${providerName(names, data.providerAgb)} voor ${memberName(names, data.memberId)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'GESTART',
        episode: episode(data, 'GESTART', data.begindatum),
      };
    }
    case WmoEventType.zorgGestopt: {
      const data = event.data as ZorgGestopt;
      return {
        summary: `Zorg gestopt: ${categorie(data.productcategorie)} bij ${providerName(names, data.providerAgb)} voor ${memberName(names, data.memberId)} (${wmoLabelOf(WMO_REDEN_BEEINDIGING, data.redenBeeindiging)})`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: category(data.productcategorie),
        status: 'GESTOPT',
        episode: episode(data, 'GESTOPT', data.einddatum),
      };
    }
    case WmoEventType.declaratieOntvangen:
      return describeDeclaratie(WMO_TOEWIJZING, event.data as DeclaratieOntvangen, names);
    case WmoEventType.verzoekOmWijzigingOntvangen:
      return describeVerzoekOmWijziging(WMO_TOEWIJZING, event.data as VerzoekOmWijzigingOntvangen, names);
    default:
      return { summary: 'Registratie van de Wmo' };
  }
}
