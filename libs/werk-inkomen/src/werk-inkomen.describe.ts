import {
  describeContactmoment,
  maatwerkFact,
  type ContactmomentVastgelegd,
  type CostFact,
  type HouseholdEvent,
  type MaatwerkAfweging,
  type NameLookup,
  type TariffBasis,
  type TimelineDescription,
} from '@regie/household';
import {
  BIJSTANDSVORM,
  OPVOLGING_SLUIT_SIGNAAL,
  OPVOLGING_STAP,
  REINTEGRATIE_RESULTAAT,
  REINTEGRATIE_SOORT,
  SCHULDHULP_FASE,
  VROEGSIGNAAL_SOORT,
  labelOf,
} from './werk-inkomen.codes';
import {
  WerkInkomenEventType as T,
  type BijstandStap,
  type ReintegratieBeeindigd,
  type ReintegratieGestart,
  type SchuldhulpBeeindigd,
  type SchuldhulpFaseGewijzigd,
  type SchuldhulpGestart,
  type VroegsignaalOntvangen,
  type VroegsignaalOpgevolgd,
} from './werk-inkomen.events';
import { TRAJECT_CATEGORIE } from './werk-inkomen.maatwerk';
import { opvolgingUiterlijk } from './werk-inkomen.signals';

/** Kept for callers of the earlier name: the household's `TimelineDescription` now carries the signal fact itself. */
export type WerkInkomenDescription = TimelineDescription;

const WGS_VROEGSIGNAAL = 'WGS_VROEGSIGNAAL';

/** A trajectory start is a maatwerk decision with a tariff: its maatwerk and cost facts, keyed on the trajectId. */
function trajectInsight(
  start: {
    trajectId: string;
    memberId: string;
    providerAgb: string;
    datum: string;
    tarief?: TariffBasis;
    afweging?: MaatwerkAfweging;
  },
  category: string,
): Pick<TimelineDescription, 'maatwerk' | 'cost'> {
  const { trajectId: key, memberId, providerAgb, datum, tarief, afweging } = start;
  return {
    ...(afweging ? { maatwerk: maatwerkFact({ key, memberId, category, decidedOn: datum }, afweging) } : {}),
    ...(tarief ? { cost: { key, memberId, providerAgb, validFrom: datum, tariff: tarief } satisfies CostFact } : {}),
  };
}

/** Euro cents as Dutch money: 124000 → "€ 1.240,00". */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${(abs % 100).toString().padStart(2, '0')}`;
}

const BIJSTAND_STATUS: Readonly<Record<string, string>> = {
  [T.bijstandAangevraagd]: 'aangevraagd',
  [T.bijstandToegekend]: 'toegekend',
  [T.bijstandAfgewezen]: 'afgewezen',
  [T.bijstandBeeindigd]: 'beëindigd',
};

/** One Dutch timeline line per Werk & Inkomen event, in need-to-know terms; free text only in `note`. */
export function describeWerkInkomenEvent(event: HouseholdEvent, names: NameLookup): WerkInkomenDescription {
  const person = (memberId: string) => names.member(memberId) ?? 'onbekende persoon';
  const provider = (agb: string) => names.provider(agb) ?? `aanbieder met AGB-code ${agb}`;

  switch (event.type) {
    case T.contactmomentVastgelegd:
      return describeContactmoment(event.data as ContactmomentVastgelegd, names);
    case T.bijstandAangevraagd:
    case T.bijstandToegekend:
    case T.bijstandAfgewezen:
    case T.bijstandBeeindigd: {
      const data = event.data as BijstandStap;
      const status = BIJSTAND_STATUS[event.type]!;
      const vorm = labelOf(BIJSTANDSVORM, data.bijstandsvorm);
      return {
        summary: `Bijstand ${status}: ${vorm} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        category: vorm,
        status,
        note: data.reden,
        // Bijstand is an entitlement, not maatwerk: a cost, no maatwerk fact.
        ...(event.type === T.bijstandToegekend && data.bedragPerMaand !== undefined
          ? {
              cost: {
                key: data.bijstandId,
                memberId: data.memberId,
                validFrom: data.datum,
                tariff: { kind: 'PER_MAAND', monthlyCents: data.bedragPerMaand },
              } satisfies CostFact,
            }
          : {}),
      };
    }
    case T.vroegsignaalOntvangen: {
      const data = event.data as VroegsignaalOntvangen;
      const soort = labelOf(VROEGSIGNAAL_SOORT, data.soort);
      const bedrag = data.bedragAchterstand === undefined ? '' : ` (${formatEuro(data.bedragAchterstand)})`;
      return {
        summary: `Vroegsignaal ${soort} van ${data.schuldeiser}${bedrag} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        category: `vroegsignaal ${soort}`,
        status: 'ontvangen',
        signal: {
          key: data.signaalId,
          open: true,
          kind: WGS_VROEGSIGNAAL,
          dueOn: opvolgingUiterlijk(data.ontvangenOp),
        },
      };
    }
    case T.vroegsignaalOpgevolgd: {
      const data = event.data as VroegsignaalOpgevolgd;
      const stap = labelOf(OPVOLGING_STAP, data.stap);
      const closes = OPVOLGING_SLUIT_SIGNAAL.includes(data.stap);
      return {
        summary: `Vroegsignaal opgevolgd: ${stap} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        category: 'vroegsignaal',
        status: stap,
        note: data.note,
        ...(closes ? { signal: { key: data.signaalId, open: false, kind: WGS_VROEGSIGNAAL } } : {}),
      };
    }
    case T.schuldhulpGestart: {
      const data = event.data as SchuldhulpGestart;
      const label = `schuldhulp (${labelOf(SCHULDHULP_FASE, data.fase)})`;
      return {
        summary: `Schuldhulp gestart (${labelOf(SCHULDHULP_FASE, data.fase)}) bij ${provider(data.providerAgb)} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: label,
        status: 'gestart',
        note: data.reden,
        episode: { key: data.trajectId, kind: 'TRAJECT', step: 'GESTART', date: data.datum, label },
        ...trajectInsight(data, TRAJECT_CATEGORIE.schuldhulp),
      };
    }
    case T.schuldhulpFaseGewijzigd: {
      const data = event.data as SchuldhulpFaseGewijzigd;
      const fase = labelOf(SCHULDHULP_FASE, data.fase);
      return {
        summary: `Schuldhulp naar fase ${fase} (was ${labelOf(SCHULDHULP_FASE, data.vorigeFase)}) bij ${provider(data.providerAgb)} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: `schuldhulp (${fase})`,
        status: 'fase gewijzigd',
        note: data.reden,
      };
    }
    case T.schuldhulpBeeindigd: {
      const data = event.data as SchuldhulpBeeindigd;
      const label = `schuldhulp (${labelOf(SCHULDHULP_FASE, data.fase)})`;
      return {
        summary: `Schuldhulp beëindigd (${labelOf(SCHULDHULP_FASE, data.fase)}) bij ${provider(data.providerAgb)} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: label,
        status: 'beëindigd',
        note: data.reden,
        episode: { key: data.trajectId, kind: 'TRAJECT', step: 'GESTOPT', date: data.datum, label },
      };
    }
    case T.reintegratieGestart: {
      const data = event.data as ReintegratieGestart;
      const soort = labelOf(REINTEGRATIE_SOORT, data.soort);
      const label = `re-integratie (${soort})`;
      return {
        summary: `Re-integratie gestart (${soort}) bij ${provider(data.providerAgb)} voor ${person(data.memberId)}`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: label,
        status: 'gestart',
        episode: { key: data.trajectId, kind: 'TRAJECT', step: 'GESTART', date: data.datum, label },
        ...trajectInsight(data, TRAJECT_CATEGORIE.reintegratie),
      };
    }
    case T.reintegratieBeeindigd: {
      const data = event.data as ReintegratieBeeindigd;
      const soort = labelOf(REINTEGRATIE_SOORT, data.soort);
      const resultaat = labelOf(REINTEGRATIE_RESULTAAT, data.resultaat);
      const label = `re-integratie (${soort})`;
      return {
        summary: `Re-integratie beëindigd: ${resultaat} (${soort} bij ${provider(data.providerAgb)} voor ${person(data.memberId)})`,
        memberId: data.memberId,
        providerAgb: data.providerAgb,
        category: label,
        status: `beëindigd: ${resultaat}`,
        episode: { key: data.trajectId, kind: 'TRAJECT', step: 'GESTOPT', date: data.datum, label },
      };
    }
    default:
      return { summary: 'Werk & Inkomen: registratie' };
  }
}
