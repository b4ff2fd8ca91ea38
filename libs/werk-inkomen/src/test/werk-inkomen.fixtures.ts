import {
  DomainRejection,
  HouseholdEventType,
  fixtureMembers,
  givenHousehold,
  householdRegistered,
  type DraftEvent,
} from '@regie/household';
import { werkInkomenDefinition } from '../werk-inkomen.definition';
import { WERK_EN_INKOMEN_DOMAIN, WerkInkomenEventType as T } from '../werk-inkomen.events';

// Shared given/when/then fixtures of the Werk & Inkomen specs (no Nest, no I/O).

export const kredietbank = { agbCode: '12345678', name: 'Kredietbank Rijnmond', domains: [WERK_EN_INKOMEN_DOMAIN] };
export const werkbedrijf = { agbCode: '23456789', name: 'Werkbedrijf Rotterdam', domains: [WERK_EN_INKOMEN_DOMAIN] };
export const jeugdteam = { agbCode: '87654321', name: 'Jeugdteam Noord', domains: ['JEUGD'] };

export const { moeder, vader } = fixtureMembers;

export const given = (...history: DraftEvent[]) =>
  givenHousehold([householdRegistered(), ...history], {
    domains: [werkInkomenDefinition],
    providers: [kredietbank, werkbedrijf, jeugdteam],
  });

export const BIJSTAND_ID = 'b-1';
export const SIGNAAL_ID = 's-1';
export const TRAJECT_ID = 't-1';

export const aangevraagd: DraftEvent = {
  type: T.bijstandAangevraagd,
  data: { bijstandId: BIJSTAND_ID, memberId: moeder.memberId, bijstandsvorm: 'ALGEMENE_BIJSTAND', datum: '2026-03-01' },
  occurredAt: '2026-03-01',
};
export const toegekend: DraftEvent = {
  type: T.bijstandToegekend,
  data: { bijstandId: BIJSTAND_ID, memberId: moeder.memberId, bijstandsvorm: 'ALGEMENE_BIJSTAND', datum: '2026-04-01' },
  occurredAt: '2026-04-01',
};
export const afgewezen: DraftEvent = { ...toegekend, type: T.bijstandAfgewezen };
export const bijstandBeeindigd: DraftEvent = {
  type: T.bijstandBeeindigd,
  data: { bijstandId: BIJSTAND_ID, memberId: moeder.memberId, bijstandsvorm: 'ALGEMENE_BIJSTAND', datum: '2026-05-01' },
  occurredAt: '2026-05-01',
};

export const signaal: DraftEvent = {
  type: T.vroegsignaalOntvangen,
  data: {
    signaalId: SIGNAAL_ID,
    memberId: moeder.memberId,
    soort: 'HUUR',
    ontvangenOp: '2026-05-01',
    schuldeiser: 'Woonstad',
    bedragAchterstand: 124000,
  },
  occurredAt: '2026-05-01',
};
export const opgevolgd = (stap: string, datum = '2026-05-10', signaalId = SIGNAAL_ID): DraftEvent => ({
  type: T.vroegsignaalOpgevolgd,
  data: { signaalId, memberId: moeder.memberId, stap, datum },
  occurredAt: datum,
});

export const schuldhulpGestart: DraftEvent = {
  type: T.schuldhulpGestart,
  data: {
    trajectId: TRAJECT_ID,
    memberId: moeder.memberId,
    providerAgb: kredietbank.agbCode,
    fase: 'STABILISATIE',
    datum: '2026-02-01',
  },
  occurredAt: '2026-02-01',
};
export const schuldhulpFase: DraftEvent = {
  type: T.schuldhulpFaseGewijzigd,
  data: {
    trajectId: TRAJECT_ID,
    memberId: moeder.memberId,
    providerAgb: kredietbank.agbCode,
    fase: 'SCHULDREGELING',
    vorigeFase: 'STABILISATIE',
    datum: '2026-04-01',
  },
  occurredAt: '2026-04-01',
};
export const schuldhulpBeeindigd: DraftEvent = {
  type: T.schuldhulpBeeindigd,
  data: {
    trajectId: TRAJECT_ID,
    memberId: moeder.memberId,
    providerAgb: kredietbank.agbCode,
    fase: 'STABILISATIE',
    datum: '2026-03-01',
  },
  occurredAt: '2026-03-01',
};

export const reintegratieGestart: DraftEvent = {
  type: T.reintegratieGestart,
  data: {
    trajectId: TRAJECT_ID,
    memberId: vader.memberId,
    providerAgb: werkbedrijf.agbCode,
    soort: 'WERKFIT',
    datum: '2026-01-15',
  },
  occurredAt: '2026-01-15',
};
export const reintegratieBeeindigd: DraftEvent = {
  type: T.reintegratieBeeindigd,
  data: {
    trajectId: TRAJECT_ID,
    memberId: vader.memberId,
    providerAgb: werkbedrijf.agbCode,
    soort: 'WERKFIT',
    datum: '2026-05-15',
    resultaat: 'WERK_GEVONDEN',
  },
  occurredAt: '2026-05-15',
};

export const memberRemoved = (memberId: string): DraftEvent => ({
  type: HouseholdEventType.memberRemoved,
  data: { memberId, reason: 'verhuisd' },
});

/** In a fixture history the n-th event after the registration has id `e${n + 1}`. */
export const withdrawn = (entryId: string, entryType: string): DraftEvent => ({
  type: HouseholdEventType.entryWithdrawn,
  data: { entryId, entryType, domain: WERK_EN_INKOMEN_DOMAIN, reason: 'ten onrechte vastgelegd' },
});
export const corrected = (entryId: string, entryType: string, changes: Record<string, unknown>): DraftEvent => ({
  type: HouseholdEventType.entryCorrected,
  data: { entryId, entryType, domain: WERK_EN_INKOMEN_DOMAIN, reason: 'typefout', changes },
});

/** The rejection as "CODE" or "CODE:field", so a test fails when another rule fires than the one it tests. */
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
