import {
  givenHousehold,
  householdRegistered,
  fixtureMembers,
  HouseholdEventType,
  type AlternativeRef,
  type DraftEvent,
  type ProviderRecord,
} from '@regie/household';
import { wmoDefinition } from '../wmo.definition';
import {
  WMO_DOMAIN,
  WmoEventType,
  type BesluitGenomen,
  type MeldingOntvangen,
  type OnderzoekAfgerond,
  type ToewijzingVastgelegd,
  type WmoTrede,
  type ZorgGestart,
  type ZorgGestopt,
} from '../wmo.events';

// Given-helpers for the Wmo decider tests. History events get ids e1, e2, ... in order; e1 is the registration.

export const thuiszorg: ProviderRecord = { agbCode: '75750001', name: 'Thuiszorg Zuid', domains: [WMO_DOMAIN] };
export const jeugdteam: ProviderRecord = { agbCode: '98980001', name: 'Jeugdteam Noord', domains: ['JEUGD'] };
export const { moeder, vader } = fixtureMembers;

export const given = (history: readonly DraftEvent[], today?: string, alternatives?: readonly AlternativeRef[]) =>
  givenHousehold([householdRegistered(), ...history], {
    domains: [wmoDefinition],
    providers: [thuiszorg, jeugdteam],
    today,
    alternatives,
  });

export const MELDING_ID = '7f1c3a52-0000-4000-8000-000000000001';
export const BESLUIT_ID = '7f1c3a52-0000-4000-8000-0000000000b1';

export const meldingOntvangen = (data: Partial<MeldingOntvangen> = {}): DraftEvent => ({
  type: WmoEventType.meldingOntvangen,
  data: {
    meldingId: MELDING_ID,
    memberId: moeder.memberId,
    meldingsdatum: '2026-01-18',
    onderzoekUiterlijk: '2026-03-01',
    hulpvraag: 'Kan het huishouden niet meer aan na een heupoperatie',
    ...data,
  } satisfies MeldingOntvangen,
});

export const trede = (toereikend: WmoTrede['toereikend'] = 'NEE', overwogen = true): WmoTrede => ({
  overwogen,
  toereikend,
});

export const alleTreden = (toereikend: WmoTrede['toereikend'] = 'NEE') => ({
  eigenKracht: trede(toereikend),
  gebruikelijkeHulp: trede(toereikend),
  mantelzorg: trede(toereikend),
  sociaalNetwerk: trede(toereikend),
  algemeneVoorziening: trede(toereikend),
});

/** A rung as recordWmoOnderzoek takes it (the event stores it as a `trede`). */
export const rung = (sufficient: WmoTrede['toereikend'] = 'NEE', considered = true) => ({ considered, sufficient });

export const alleRungs = (sufficient: WmoTrede['toereikend'] = 'NEE') => ({
  eigenKracht: rung(sufficient),
  gebruikelijkeHulp: rung(sufficient),
  mantelzorg: rung(sufficient),
  sociaalNetwerk: rung(sufficient),
  algemeneVoorziening: rung(sufficient),
});

export const onderzoekAfgerond = (data: Partial<OnderzoekAfgerond> = {}): DraftEvent => ({
  type: WmoEventType.onderzoekAfgerond,
  data: {
    meldingId: MELDING_ID,
    memberId: moeder.memberId,
    afgerondOp: '2026-02-12',
    keukentafelgesprekOp: '2026-02-10',
    onderzoekUiterlijk: '2026-03-01',
    ...alleTreden(),
    conclusie: 'MAATWERKVOORZIENING_NODIG',
    ...data,
  } satisfies OnderzoekAfgerond,
});

export const besluitGenomen = (data: Partial<BesluitGenomen> = {}): DraftEvent => ({
  type: WmoEventType.besluitGenomen,
  data: {
    besluitId: BESLUIT_ID,
    meldingId: MELDING_ID,
    memberId: moeder.memberId,
    besluitdatum: '2026-02-20',
    uitkomst: 'TOEGEKEND',
    productcategorie: '01',
    motivering: 'Geen van de treden volstaat; partner werkt fulltime',
    ...data,
  } satisfies BesluitGenomen,
});

export const toewijzingVastgelegd = (data: Partial<ToewijzingVastgelegd> = {}): DraftEvent => ({
  type: WmoEventType.toewijzingVastgelegd,
  data: {
    memberId: moeder.memberId,
    providerAgb: thuiszorg.agbCode,
    toewijzingNummer: 'W1001',
    toewijzingsdatum: '2026-03-01',
    ingangsdatum: '2026-03-01',
    einddatum: '2026-12-31',
    productcategorie: '01',
    omvang: { volume: 3, eenheid: '04', frequentie: '2' },
    ...data,
  } satisfies ToewijzingVastgelegd,
});

export const zorgGestart = (data: Partial<ZorgGestart> = {}): DraftEvent => ({
  type: WmoEventType.zorgGestart,
  data: {
    toewijzingNummer: 'W1001',
    memberId: moeder.memberId,
    providerAgb: thuiszorg.agbCode,
    productcategorie: '01',
    begindatum: '2026-03-09',
    ...data,
  } satisfies ZorgGestart,
});

export const zorgGestopt = (data: Partial<ZorgGestopt> = {}): DraftEvent => ({
  type: WmoEventType.zorgGestopt,
  data: {
    toewijzingNummer: 'W1001',
    memberId: moeder.memberId,
    providerAgb: thuiszorg.agbCode,
    productcategorie: '01',
    begindatum: '2026-03-09',
    einddatum: '2026-05-31',
    redenBeeindiging: '20',
    ...data,
  } satisfies ZorgGestopt,
});

export const withdrawn = (entryId: string, entryType: string): DraftEvent => ({
  type: HouseholdEventType.entryWithdrawn,
  data: { entryId, entryType, domain: WMO_DOMAIN, reason: 'ten onrechte vastgelegd' },
});

export const corrected = (entryId: string, entryType: string, changes: Record<string, unknown>): DraftEvent => ({
  type: HouseholdEventType.entryCorrected,
  data: { entryId, entryType, domain: WMO_DOMAIN, reason: 'verkeerde datum', changes },
});
