import {
  DomainRejection,
  HouseholdEventType,
  fixtureMembers,
  givenHousehold,
  householdRegistered,
  type DraftEvent,
} from '@regie/household';
import { wonenDefinition } from '../wonen.definition';
import { WONEN_DOMAIN, WonenEventType as T } from '../wonen.events';

// Shared given/when/then fixtures of the Wonen specs (no Nest, no I/O). FIXTURE_TODAY is 2026-06-15.

export const woonbegeleider = { agbCode: '41000001', name: 'Woonbegeleiding De Brug', domains: [WONEN_DOMAIN] };
export const jeugdteam = { agbCode: '87654321', name: 'Jeugdteam Noord', domains: ['JEUGD'] };

export const { moeder, vader } = fixtureMembers;

export const given = (...history: DraftEvent[]) =>
  givenHousehold([householdRegistered(), ...history], {
    domains: [wonenDefinition],
    providers: [woonbegeleider, jeugdteam],
  });

export const SIGNAAL_ID = 's-1';
export const ONTRUIMING_ID = 'o-1';
export const URGENTIE_ID = 'u-1';
export const REGELING_ID = 'r-1';
export const TRAJECT_ID = 't-1';
export const AFSPRAAK_ID = 'a-1';

export const signaal: DraftEvent = {
  type: T.huurachterstandGesignaleerd,
  data: {
    signaalId: SIGNAAL_ID,
    memberId: moeder.memberId,
    verhuurder: 'Woonstad Rotterdam',
    verhuurderSoort: 'WONINGCORPORATIE',
    bedragAchterstandCents: 164_000,
    maandenAchterstand: 2,
    ontvangenOp: '2026-05-01',
  },
  occurredAt: '2026-05-01',
};
export const opgevolgd = (stap: string, datum = '2026-05-10'): DraftEvent => ({
  type: T.huurachterstandOpgevolgd,
  data: { signaalId: SIGNAAL_ID, memberId: moeder.memberId, stap, datum },
  occurredAt: datum,
});

export const dreiging = (fase: string, datum: string, ontruimingsdatum?: string): DraftEvent => ({
  type: T.ontruimingDreigt,
  data: {
    ontruimingId: ONTRUIMING_ID,
    memberId: moeder.memberId,
    fase,
    datum,
    verhuurder: 'Woonstad Rotterdam',
    ...(ontruimingsdatum ? { ontruimingsdatum } : {}),
  },
  occurredAt: datum,
});
export const dagvaarding = dreiging('DAGVAARDING', '2026-05-20');
export const aanzegging = dreiging('AANZEGGING', '2026-06-10', '2026-06-24');
export const uitkomst = (value: string, datum = '2026-06-12', nieuweOntruimingsdatum?: string): DraftEvent => ({
  type: T.ontruimingAfgelopen,
  data: {
    ontruimingId: ONTRUIMING_ID,
    memberId: moeder.memberId,
    uitkomst: value,
    datum,
    ...(nieuweOntruimingsdatum ? { nieuweOntruimingsdatum } : {}),
  },
  occurredAt: datum,
});

export const urgentieAangevraagd: DraftEvent = {
  type: T.urgentieAangevraagd,
  data: { urgentieId: URGENTIE_ID, memberId: moeder.memberId, grond: 'HUISELIJK_GEWELD', datum: '2026-04-01' },
  occurredAt: '2026-04-01',
};
export const urgentieToegekend: DraftEvent = {
  type: T.urgentieToegekend,
  data: {
    urgentieId: URGENTIE_ID,
    memberId: moeder.memberId,
    grond: 'HUISELIJK_GEWELD',
    datum: '2026-04-20',
    geldigTot: '2026-10-20',
  },
  occurredAt: '2026-04-20',
};

export const regeling: DraftEvent = {
  type: T.betalingsregelingGetroffen,
  data: {
    regelingId: REGELING_ID,
    memberId: moeder.memberId,
    verhuurder: 'Woonstad Rotterdam',
    bedragPerMaandCents: 10_000,
    datum: '2026-05-15',
    signaalId: SIGNAAL_ID,
  },
  occurredAt: '2026-05-15',
};

export const begeleidingGestart: DraftEvent = {
  type: T.woonbegeleidingGestart,
  data: {
    trajectId: TRAJECT_ID,
    memberId: vader.memberId,
    providerAgb: woonbegeleider.agbCode,
    soort: 'UITSTROOM_BESCHERMD_WONEN',
    datum: '2026-03-01',
  },
  occurredAt: '2026-03-01',
};

export const afspraak: DraftEvent = {
  type: T.laatsteKansAfspraakGemaakt,
  data: {
    afspraakId: AFSPRAAK_ID,
    memberId: moeder.memberId,
    soort: 'LAATSTE_KANS',
    verhuurder: 'Woonstad Rotterdam',
    voorwaarden: ['BUDGETBEHEER', 'WOONBEGELEIDING'],
    datum: '2026-06-12',
    einddatum: '2027-06-11',
    ontruimingId: ONTRUIMING_ID,
  },
  occurredAt: '2026-06-12',
};

/** In a fixture history the n-th event after the registration has id `e${n + 1}`. */
export const withdrawn = (entryId: string, entryType: string): DraftEvent => ({
  type: HouseholdEventType.entryWithdrawn,
  data: { entryId, entryType, domain: WONEN_DOMAIN, reason: 'ten onrechte vastgelegd' },
});
export const corrected = (entryId: string, entryType: string, changes: Record<string, unknown>): DraftEvent => ({
  type: HouseholdEventType.entryCorrected,
  data: { entryId, entryType, domain: WONEN_DOMAIN, reason: 'typefout', changes },
});

/** The rejection as "CODE:field", so a test fails when another rule fires than the one it tests. */
export function rejectionWithField(decider: () => unknown): string {
  try {
    decider();
  } catch (error) {
    if (!(error instanceof DomainRejection)) throw error;
    const field = error.details.field;
    return typeof field === 'string' ? `${error.code}:${field}` : error.code;
  }
  throw new Error('expected the command to be rejected, but it was accepted');
}
