import {
  describeContactmoment,
  formatDutchDate,
  type ContactmomentVastgelegd,
  maatwerkFact,
  type HouseholdEvent,
  type NameLookup,
  type SignalFact,
  type TimelineDescription,
} from '@regie/household';
import { category, describeLifecycleEvent, memberName, productcategorieLabel } from '@regie/toewijzing';
import { WMO_BESLUIT_UITKOMST, WMO_CONCLUSIE, WMO_TREDE_NAMEN, WMO_TREDEN, wmoLabelOf } from './wmo.codes';
import { WmoEventType, type BesluitGenomen, type MeldingOntvangen, type OnderzoekAfgerond } from './wmo.events';
import { wmoLadderFact } from './wmo.ladder';
import { WMO_TOEWIJZING } from './wmo.profile';

// Timeline lines of Wmo events in need-to-know terms: who (member, provider), what (product category, conclusion),
// when and status. Free text (hulpvraag, toelichting, motivering) goes to `note` only, which other domains never see.

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
    ? `maatwerkvoorziening ${productcategorieLabel(WMO_TOEWIJZING, data.productcategorie)}`
    : 'maatwerkvoorziening';
  const summary =
    data.uitkomst === 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING'
      ? `Besluit: verwezen naar algemene voorziening ${data.algemeneVoorziening ?? ''}`.trimEnd()
      : `Besluit: ${wat} ${uitkomst}`;
  return {
    summary,
    memberId: data.memberId,
    ...(data.productcategorie
      ? { category: category(WMO_TOEWIJZING, data.productcategorie) }
      : { category: 'Wmo-besluit' }),
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
  // The maatwerk decision in Wmo is the besluit; the toewijzing carries its cost.
  const lifecycle = describeLifecycleEvent(WMO_TOEWIJZING, event, names, { maatwerk: false });
  if (lifecycle) return lifecycle;
  switch (event.type) {
    case WmoEventType.meldingOntvangen:
      return describeMelding(event.data as MeldingOntvangen, names);
    case WmoEventType.onderzoekAfgerond:
      return describeOnderzoek(event.data as OnderzoekAfgerond);
    case WmoEventType.besluitGenomen:
      return describeBesluit(event.data as BesluitGenomen);
    case WmoEventType.contactmomentVastgelegd:
      return describeContactmoment(event.data as ContactmomentVastgelegd, names);
    default:
      return { summary: 'Registratie van de Wmo' };
  }
}
