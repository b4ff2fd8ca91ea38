import {
  describeContactmoment,
  formatDutchDate,
  type ContactmomentVastgelegd,
  type HouseholdEvent,
  type NameLookup,
  type TimelineDescription,
} from '@regie/household';
import {
  AFSPRAAK_SOORT,
  AFSPRAAK_UITKOMST,
  AFSPRAAK_VOORWAARDE,
  BEGELEIDING_EINDE,
  BEGELEIDING_SOORT,
  ONTRUIMING_UITKOMST,
  OPVOLGING_SLUIT_SIGNAAL,
  OPVOLGING_STAP,
  URGENTIE_GROND,
  VERHUURDER_SOORT,
  labelOf,
} from './wonen.codes';
import {
  WonenEventType as T,
  type BetalingsregelingBeeindigd,
  type BetalingsregelingGetroffen,
  type HuurachterstandGesignaleerd,
  type HuurachterstandOpgevolgd,
  type LaatsteKansAfspraakBeeindigd,
  type LaatsteKansAfspraakGemaakt,
  type OntruimingAfgelopen,
  type OntruimingDreigt,
  type UrgentieStap,
  type WoonbegeleidingBeeindigd,
  type WoonbegeleidingGestart,
} from './wonen.events';
import { WONEN_SIGNAL, huurachterstandOpvolgenUiterlijk, ontruimingSignaalVanaf } from './wonen.signals';

/** Euro cents as Dutch money: 124000 → "€ 1.240,00". */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${(abs % 100).toString().padStart(2, '0')}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const maanden = (count: number) => (count === 1 ? '1 maand' : `${count} maanden`);

const URGENTIE_STATUS: Readonly<Record<string, string>> = {
  [T.urgentieAangevraagd]: 'aangevraagd',
  [T.urgentieToegekend]: 'toegekend',
  [T.urgentieAfgewezen]: 'afgewezen',
};

/** The ontruiming signal: open with its date while an ontruimingsdatum counts, closed by an outcome. */
const ontruimingSignal = (ontruimingId: string, ontruimingsdatum: string | undefined): TimelineDescription['signal'] =>
  ontruimingsdatum
    ? { key: ontruimingId, open: true, kind: WONEN_SIGNAL.ontruiming, dueOn: ontruimingSignaalVanaf(ontruimingsdatum) }
    : { key: ontruimingId, open: false, kind: WONEN_SIGNAL.ontruiming };

/**
 * One Dutch timeline line per Wonen event (B1), in need-to-know terms; free text only in `note`. Amounts and the
 * verhuurder are personal data (sealed, see wonen.personal-data.ts): once erased they read "gegevens verwijderd" or
 * are left out, so every figure here is optional.
 */
export function describeWonenEvent(event: HouseholdEvent, names: NameLookup): TimelineDescription {
  const person = (memberId: string) => names.member(memberId) ?? 'onbekende persoon';
  const provider = (agb: string) => names.provider(agb) ?? `aanbieder met AGB-code ${agb}`;

  switch (event.type) {
    case T.contactmomentVastgelegd:
      return describeContactmoment(event.data as ContactmomentVastgelegd, names);
    case T.huurachterstandGesignaleerd: {
      const data = event.data as HuurachterstandGesignaleerd;
      const figures = [
        data.bedragAchterstandCents === undefined ? undefined : formatEuro(data.bedragAchterstandCents),
        data.maandenAchterstand === undefined ? undefined : maanden(data.maandenAchterstand),
      ].filter(Boolean);
      const soort = labelOf(VERHUURDER_SOORT, data.verhuurderSoort);
      return {
        summary: `Huurachterstand gemeld door ${data.verhuurder} (${soort})${figures.length ? `: ${figures.join(', ')}` : ''} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        category: 'huurachterstand',
        status: 'gemeld',
        signal: {
          key: data.signaalId,
          open: true,
          kind: WONEN_SIGNAL.huurachterstand,
          dueOn: huurachterstandOpvolgenUiterlijk(data.ontvangenOp),
        },
      };
    }
    case T.huurachterstandOpgevolgd: {
      const data = event.data as HuurachterstandOpgevolgd;
      const stap = labelOf(OPVOLGING_STAP, data.stap);
      return {
        summary: `Huurachterstand opgevolgd: ${stap} (${person(data.memberId)})`,
        memberId: data.memberId,
        category: 'huurachterstand',
        status: stap,
        note: data.note,
        ...(OPVOLGING_SLUIT_SIGNAAL.includes(data.stap)
          ? { signal: { key: data.signaalId, open: false, kind: WONEN_SIGNAL.huurachterstand } }
          : {}),
      };
    }
    case T.ontruimingDreigt: {
      const data = event.data as OntruimingDreigt;
      const datum = data.ontruimingsdatum ? formatDutchDate(data.ontruimingsdatum) : undefined;
      const what =
        data.fase === 'DAGVAARDING'
          ? `${data.verhuurder} vraagt de rechter om ontruiming (dagvaarding)`
          : data.fase === 'VONNIS'
            ? 'de rechter staat de ontruiming toe (vonnis)'
            : `de deurwaarder kondigt de ontruiming aan (aanzegging)`;
      return {
        summary: `Dreigende ontruiming: ${what}${datum ? `, ontruiming op ${datum}` : ''} (${person(data.memberId)})`,
        memberId: data.memberId,
        category: 'dreigende ontruiming',
        status: data.fase.toLowerCase(),
        note: data.note,
        ...(data.ontruimingsdatum ? { signal: ontruimingSignal(data.ontruimingId, data.ontruimingsdatum) } : {}),
      };
    }
    case T.ontruimingAfgelopen: {
      const data = event.data as OntruimingAfgelopen;
      const uitkomst = labelOf(ONTRUIMING_UITKOMST, data.uitkomst);
      const nieuw = data.nieuweOntruimingsdatum ? ` tot ${formatDutchDate(data.nieuweOntruimingsdatum)}` : '';
      return {
        summary: `Ontruiming ${uitkomst}${nieuw} (${person(data.memberId)})`,
        memberId: data.memberId,
        category: 'dreigende ontruiming',
        status: uitkomst,
        note: data.note,
        signal: ontruimingSignal(
          data.ontruimingId,
          data.uitkomst === 'UITGESTELD' ? data.nieuweOntruimingsdatum : undefined,
        ),
      };
    }
    case T.urgentieAangevraagd:
    case T.urgentieToegekend:
    case T.urgentieAfgewezen: {
      const data = event.data as UrgentieStap;
      const status = URGENTIE_STATUS[event.type]!;
      const tot = data.geldigTot ? `, geldig tot ${formatDutchDate(data.geldigTot)}` : '';
      return {
        summary: `Urgentie ${status} (${labelOf(URGENTIE_GROND, data.grond)}) voor ${person(data.memberId)}${tot}`,
        memberId: data.memberId,
        category: 'urgentie',
        status,
        note: data.reden,
      };
    }
    case T.betalingsregelingGetroffen: {
      const data = event.data as BetalingsregelingGetroffen;
      const bedrag =
        data.bedragPerMaandCents === undefined ? '' : ` van ${formatEuro(data.bedragPerMaandCents)} per maand`;
      return {
        summary: `Betalingsregeling met ${data.verhuurder}${bedrag} (${person(data.memberId)})`,
        memberId: data.memberId,
        category: 'betalingsregeling',
        status: 'getroffen',
        note: data.note,
        ...(data.signaalId ? { signal: { key: data.signaalId, open: false, kind: WONEN_SIGNAL.huurachterstand } } : {}),
      };
    }
    case T.betalingsregelingBeeindigd: {
      const data = event.data as BetalingsregelingBeeindigd;
      const uitkomst = labelOf(AFSPRAAK_UITKOMST, data.uitkomst);
      return {
        summary: `Betalingsregeling beëindigd: ${uitkomst} (${person(data.memberId)})`,
        memberId: data.memberId,
        category: 'betalingsregeling',
        status: `beëindigd: ${uitkomst}`,
        note: data.note,
      };
    }
    case T.woonbegeleidingGestart: {
      const data = event.data as WoonbegeleidingGestart;
      const soort = labelOf(BEGELEIDING_SOORT, data.soort);
      return {
        summary: `${capitalized(soort)} gestart bij ${provider(data.providerAgb)} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: soort,
        status: 'gestart',
        note: data.note,
        episode: { key: data.trajectId, kind: 'TRAJECT', step: 'GESTART', date: data.datum, label: soort },
      };
    }
    case T.woonbegeleidingBeeindigd: {
      const data = event.data as WoonbegeleidingBeeindigd;
      const soort = labelOf(BEGELEIDING_SOORT, data.soort);
      const einde = labelOf(BEGELEIDING_EINDE, data.einde);
      return {
        summary: `${capitalized(soort)} beëindigd: ${einde} (bij ${provider(data.providerAgb)}, ${person(data.memberId)})`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: soort,
        status: `beëindigd: ${einde}`,
        note: data.note,
        episode: { key: data.trajectId, kind: 'TRAJECT', step: 'GESTOPT', date: data.datum, label: soort },
      };
    }
    case T.laatsteKansAfspraakGemaakt: {
      const data = event.data as LaatsteKansAfspraakGemaakt;
      const soort = labelOf(AFSPRAAK_SOORT, data.soort);
      const voorwaarden = data.voorwaarden.map((code) => labelOf(AFSPRAAK_VOORWAARDE, code)).join(', ');
      return {
        summary: `${soort} met ${data.verhuurder} voor ${person(data.memberId)}, tot ${formatDutchDate(data.einddatum)}. Voorwaarden: ${voorwaarden}`,
        memberId: data.memberId,
        category: soort,
        status: 'gemaakt',
        note: data.note,
      };
    }
    case T.laatsteKansAfspraakBeeindigd: {
      const data = event.data as LaatsteKansAfspraakBeeindigd;
      const soort = labelOf(AFSPRAAK_SOORT, data.soort);
      const uitkomst = labelOf(AFSPRAAK_UITKOMST, data.uitkomst);
      return {
        summary: `${soort} beëindigd: ${uitkomst} (${person(data.memberId)})`,
        memberId: data.memberId,
        category: soort,
        status: `beëindigd: ${uitkomst}`,
        note: data.note,
      };
    }
    default:
      return { summary: 'Wonen: registratie' };
  }
}
