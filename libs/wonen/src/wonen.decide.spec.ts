import { HouseholdEventType, type DecideContext, type DraftEvent } from '@regie/household';
import * as decide from './wonen.decide';
import { WonenEventType as T } from './wonen.events';
import {
  AFSPRAAK_ID,
  ONTRUIMING_ID,
  REGELING_ID,
  SIGNAAL_ID,
  TRAJECT_ID,
  URGENTIE_ID,
  aanzegging,
  afspraak,
  begeleidingGestart,
  dagvaarding,
  given,
  jeugdteam,
  moeder,
  opgevolgd,
  regeling,
  rejectionWithField,
  signaal,
  uitkomst,
  urgentieAangevraagd,
  urgentieToegekend,
  vader,
  withdrawn,
  woonbegeleider,
} from './test/wonen.fixtures';

const NEW_ID = 'new-1';
const LONG = 'x'.repeat(4001);
const memberRemoved = (memberId: string): DraftEvent => ({
  type: HouseholdEventType.memberRemoved,
  data: { memberId, reason: 'verhuisd' },
});

/** Each row: what is wrong, the decision that must be refused, the expected "CODE:field". */
type Refusal = readonly [string, () => unknown, string];

// ---------------------------------------------------------------- huurachterstand

describe('recordHuurachterstand', () => {
  const command: decide.RecordHuurachterstand = {
    signaalId: 's-new',
    memberId: moeder.memberId,
    verhuurder: '  Woonstad Rotterdam ',
    verhuurderSoort: 'WONINGCORPORATIE',
    bedragAchterstandCents: 164_000,
    maandenAchterstand: 2,
    ontvangenOp: '2026-05-01',
  };
  const when =
    (changes: Partial<decide.RecordHuurachterstand>, context: DecideContext = given()) =>
    () =>
      decide.recordHuurachterstand({ ...command, ...changes }, context);

  it('records the signal with the amount, the months and the trimmed verhuurder', () => {
    expect(decide.recordHuurachterstand(command, given())).toEqual([
      {
        type: T.huurachterstandGesignaleerd,
        data: { ...(signaal.data as object), signaalId: 's-new' },
        occurredAt: '2026-05-01',
      },
    ]);
  });

  it.each<Refusal>([
    ['a verhuurderSoort outside the list', when({ verhuurderSoort: 'GEMEENTE' }), 'BAD_USER_INPUT:verhuurderSoort'],
    ['no verhuurder', when({ verhuurder: '  ' }), 'BAD_USER_INPUT:verhuurder'],
    ['a verhuurder of 201 characters', when({ verhuurder: 'x'.repeat(201) }), 'BAD_USER_INPUT:verhuurder'],
    ['an amount of 0', when({ bedragAchterstandCents: 0 }), 'BAD_USER_INPUT:bedragAchterstandCents'],
    ['an amount in euros with cents', when({ bedragAchterstandCents: 12.5 }), 'BAD_USER_INPUT:bedragAchterstandCents'],
    ['0 months', when({ maandenAchterstand: 0 }), 'BAD_USER_INPUT:maandenAchterstand'],
    ['61 months', when({ maandenAchterstand: 61 }), 'BAD_USER_INPUT:maandenAchterstand'],
    ['an impossible date', when({ ontvangenOp: '2026-02-30' }), 'BAD_USER_INPUT:ontvangenOp'],
    ['a date in the future', when({ ontvangenOp: '2026-06-16' }), 'BAD_USER_INPUT:ontvangenOp'],
    ['an unknown member', when({ memberId: 'm-onbekend' }), 'MEMBER_NOT_FOUND:memberId'],
    ['a removed member', when({}, given(memberRemoved(moeder.memberId))), 'MEMBER_NOT_FOUND:memberId'],
    [
      'a signaalId used before, even withdrawn',
      when({ signaalId: SIGNAAL_ID }, given(signaal, withdrawn('e2', T.huurachterstandGesignaleerd))),
      'INVALID_STATE:signaalId',
    ],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});

describe('recordHuurachterstandOpvolging', () => {
  const command: decide.RecordHuurachterstandOpvolging = {
    signaalId: SIGNAAL_ID,
    stap: 'HULP_AANGEBODEN',
    datum: '2026-05-10',
    note: ' huisbezoek ',
  };
  const when =
    (changes: Partial<decide.RecordHuurachterstandOpvolging>, context = given(signaal)) =>
    () =>
      decide.recordHuurachterstandOpvolging({ ...command, ...changes }, context);

  it('records the step for the member of the signal, with the note trimmed', () => {
    expect(decide.recordHuurachterstandOpvolging(command, given(signaal))).toEqual([
      {
        type: T.huurachterstandOpgevolgd,
        data: {
          signaalId: SIGNAAL_ID,
          memberId: moeder.memberId,
          stap: 'HULP_AANGEBODEN',
          datum: '2026-05-10',
          note: 'huisbezoek',
        },
        occurredAt: '2026-05-10',
      },
    ]);
  });

  it('accepts more steps until the signal is closed', () => {
    expect(
      decide.recordHuurachterstandOpvolging(command, given(signaal, opgevolgd('GEEN_CONTACT_MOGELIJK'))),
    ).toHaveLength(1);
  });

  it.each<Refusal>([
    ['a stap outside the list', when({ stap: 'GEBELD' }), 'BAD_USER_INPUT:stap'],
    ['a date in the future', when({ datum: '2026-06-16' }), 'BAD_USER_INPUT:datum'],
    ['a note of 4001 characters', when({ note: LONG }), 'BAD_USER_INPUT:note'],
    ['an unknown signal', when({ signaalId: 's-x' }), 'ENTRY_NOT_FOUND:signaalId'],
    [
      'a withdrawn signal',
      when({}, given(signaal, withdrawn('e2', T.huurachterstandGesignaleerd))),
      'ENTRY_NOT_FOUND:signaalId',
    ],
    ['a closed signal', when({}, given(signaal, opgevolgd('AFGESLOTEN'))), 'INVALID_STATE:signaalId'],
    ['a date before the signal', when({ datum: '2026-04-30' }), 'BAD_USER_INPUT:datum'],
    [
      'a signal of a member who left',
      when({}, given(signaal, memberRemoved(moeder.memberId))),
      'MEMBER_NOT_FOUND:memberId',
    ],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});

// ---------------------------------------------------------------- dreigende ontruiming

describe('recordOntruimingsdreiging', () => {
  const first: decide.RecordOntruimingsdreiging = {
    newOntruimingId: ONTRUIMING_ID,
    memberId: moeder.memberId,
    fase: 'DAGVAARDING',
    datum: '2026-05-20',
    verhuurder: 'Woonstad Rotterdam',
  };
  const next: decide.RecordOntruimingsdreiging = {
    ...first,
    newOntruimingId: NEW_ID,
    ontruimingId: ONTRUIMING_ID,
    fase: 'AANZEGGING',
    datum: '2026-06-10',
    ontruimingsdatum: '2026-06-24',
  };
  const whenFirst =
    (changes: Partial<decide.RecordOntruimingsdreiging>, context = given(signaal)) =>
    () =>
      decide.recordOntruimingsdreiging({ ...first, ...changes }, context);
  const whenNext =
    (changes: Partial<decide.RecordOntruimingsdreiging>, context = given(dagvaarding)) =>
    () =>
      decide.recordOntruimingsdreiging({ ...next, ...changes }, context);

  it('opens a case with its first step, linked to the signal it grew from', () => {
    expect(decide.recordOntruimingsdreiging({ ...first, signaalId: SIGNAAL_ID }, given(signaal))).toEqual([
      { ...dagvaarding, data: { ...(dagvaarding.data as object), signaalId: SIGNAAL_ID } },
    ]);
  });

  it('records a later step with the ontruimingsdatum', () => {
    expect(decide.recordOntruimingsdreiging(next, given(dagvaarding))).toEqual([aanzegging]);
  });

  it('accepts a new aanzegging after an uitstel', () => {
    const again = { ...next, datum: '2026-06-14', ontruimingsdatum: '2026-07-15' };
    const [event] = decide.recordOntruimingsdreiging(again, given(dagvaarding, aanzegging, uitkomst('UITGESTELD')));
    expect(event!.data).toMatchObject({ fase: 'AANZEGGING', ontruimingsdatum: '2026-07-15' });
  });

  it.each<Refusal>([
    ['a fase outside the list', whenFirst({ fase: 'ONTBINDING' }), 'BAD_USER_INPUT:fase'],
    ['a date in the future', whenFirst({ datum: '2026-06-16' }), 'BAD_USER_INPUT:datum'],
    ['no verhuurder', whenFirst({ verhuurder: '' }), 'BAD_USER_INPUT:verhuurder'],
    ['an aanzegging without ontruimingsdatum', whenFirst({ fase: 'AANZEGGING' }), 'BAD_USER_INPUT:ontruimingsdatum'],
    [
      'an impossible ontruimingsdatum',
      whenFirst({ ontruimingsdatum: '2026-13-01' }),
      'BAD_USER_INPUT:ontruimingsdatum',
    ],
    [
      'an ontruimingsdatum before the step',
      whenFirst({ ontruimingsdatum: '2026-05-19' }),
      'BAD_USER_INPUT:ontruimingsdatum',
    ],
    ['a note of 4001 characters', whenFirst({ note: LONG }), 'BAD_USER_INPUT:note'],
    ['an unknown member', whenFirst({ memberId: 'm-x' }), 'MEMBER_NOT_FOUND:memberId'],
    ['an unknown signal', whenFirst({ signaalId: 's-x' }), 'ENTRY_NOT_FOUND:signaalId'],
    ['a new id used before', whenFirst({}, given(dagvaarding)), 'INVALID_STATE:ontruimingId'],
    ['an unknown case', whenNext({ ontruimingId: 'o-x' }), 'ENTRY_NOT_FOUND:ontruimingId'],
    [
      'a withdrawn case',
      whenNext({}, given(dagvaarding, withdrawn('e2', T.ontruimingDreigt))),
      'ENTRY_NOT_FOUND:ontruimingId',
    ],
    ['a case of another member', whenNext({ memberId: vader.memberId }), 'BAD_USER_INPUT:memberId'],
    [
      'a case that was prevented',
      whenNext({}, given(dagvaarding, uitkomst('VOORKOMEN', '2026-06-01'))),
      'INVALID_STATE:ontruimingId',
    ],
    [
      'a step back',
      whenNext({ fase: 'DAGVAARDING', ontruimingsdatum: null }, given(dagvaarding, aanzegging)),
      'INVALID_STATE:fase',
    ],
    ['the same step again without uitstel', whenNext({}, given(dagvaarding, aanzegging)), 'INVALID_STATE:fase'],
    [
      'a date before the previous step',
      whenNext({ datum: '2026-05-19', ontruimingsdatum: '2026-06-24' }),
      'BAD_USER_INPUT:datum',
    ],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});

describe('recordOntruimingUitkomst', () => {
  const command: decide.RecordOntruimingUitkomst = {
    ontruimingId: ONTRUIMING_ID,
    uitkomst: 'VOORKOMEN',
    datum: '2026-06-12',
  };
  const when =
    (changes: Partial<decide.RecordOntruimingUitkomst>, context = given(dagvaarding, aanzegging)) =>
    () =>
      decide.recordOntruimingUitkomst({ ...command, ...changes }, context);

  it.each(['VOORKOMEN', 'UITGEVOERD'])('records %s for the member of the case', (value) => {
    expect(decide.recordOntruimingUitkomst({ ...command, uitkomst: value }, given(dagvaarding, aanzegging))).toEqual([
      uitkomst(value),
    ]);
  });

  it('records an uitstel to a new date', () => {
    const uitstel = { ...command, uitkomst: 'UITGESTELD', nieuweOntruimingsdatum: '2026-07-15' };
    expect(decide.recordOntruimingUitkomst(uitstel, given(dagvaarding, aanzegging))).toEqual([
      uitkomst('UITGESTELD', '2026-06-12', '2026-07-15'),
    ]);
  });

  it.each<Refusal>([
    ['an uitkomst outside the list', when({ uitkomst: 'GESCHIKT' }), 'BAD_USER_INPUT:uitkomst'],
    ['a date in the future', when({ datum: '2026-06-16' }), 'BAD_USER_INPUT:datum'],
    [
      'a new date with VOORKOMEN',
      when({ nieuweOntruimingsdatum: '2026-07-15' }),
      'BAD_USER_INPUT:nieuweOntruimingsdatum',
    ],
    [
      'an impossible new date',
      when({ uitkomst: 'UITGESTELD', nieuweOntruimingsdatum: '2026-07-32' }),
      'BAD_USER_INPUT:nieuweOntruimingsdatum',
    ],
    [
      'a new date not after the uitstel',
      when({ uitkomst: 'UITGESTELD', nieuweOntruimingsdatum: '2026-06-12' }),
      'BAD_USER_INPUT:nieuweOntruimingsdatum',
    ],
    ['a note of 4001 characters', when({ note: LONG }), 'BAD_USER_INPUT:note'],
    ['an unknown case', when({ ontruimingId: 'o-x' }), 'ENTRY_NOT_FOUND:ontruimingId'],
    [
      'a case with an outcome',
      when({}, given(dagvaarding, aanzegging, uitkomst('UITGEVOERD'))),
      'INVALID_STATE:ontruimingId',
    ],
    [
      'an eviction carried out before its aanzegging',
      when({ uitkomst: 'UITGEVOERD' }, given(dagvaarding)),
      'INVALID_STATE:uitkomst',
    ],
    ['a date before the last step', when({ datum: '2026-06-09' }), 'BAD_USER_INPUT:datum'],
    [
      'a case of a member who left',
      when({}, given(dagvaarding, memberRemoved(moeder.memberId))),
      'MEMBER_NOT_FOUND:memberId',
    ],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});

// ---------------------------------------------------------------- urgentie

describe('recordUrgentie', () => {
  const aanvraag: decide.RecordUrgentie = {
    besluit: 'AANGEVRAAGD',
    memberId: moeder.memberId,
    grond: 'HUISELIJK_GEWELD',
    datum: '2026-04-01',
    newUrgentieId: URGENTIE_ID,
  };
  const besluit: decide.RecordUrgentie = {
    ...aanvraag,
    besluit: 'TOEGEKEND',
    urgentieId: URGENTIE_ID,
    newUrgentieId: NEW_ID,
    datum: '2026-04-20',
    geldigTot: '2026-10-20',
  };
  const whenNew =
    (changes: Partial<decide.RecordUrgentie>, context = given()) =>
    () =>
      decide.recordUrgentie({ ...aanvraag, ...changes }, context);
  const whenBesluit =
    (changes: Partial<decide.RecordUrgentie>, context = given(urgentieAangevraagd)) =>
    () =>
      decide.recordUrgentie({ ...besluit, ...changes }, context);

  it('records a request and the besluit on it', () => {
    expect(decide.recordUrgentie(aanvraag, given())).toEqual([urgentieAangevraagd]);
    expect(decide.recordUrgentie(besluit, given(urgentieAangevraagd))).toEqual([urgentieToegekend]);
    const afwijzing = { ...besluit, besluit: 'AFGEWEZEN', geldigTot: null, reden: 'geen urgente woonnood' };
    expect(decide.recordUrgentie(afwijzing, given(urgentieAangevraagd))[0]).toMatchObject({
      type: T.urgentieAfgewezen,
      data: { reden: 'geen urgente woonnood' },
    });
  });

  it('accepts a new request once the earlier one was decided', () => {
    expect(
      decide.recordUrgentie({ ...aanvraag, newUrgentieId: NEW_ID }, given(urgentieAangevraagd, urgentieToegekend)),
    ).toHaveLength(1);
  });

  it.each<Refusal>([
    ['a besluit outside the list', whenNew({ besluit: 'INGETROKKEN' }), 'BAD_USER_INPUT:besluit'],
    ['a grond outside the list', whenNew({ grond: 'WENS' }), 'BAD_USER_INPUT:grond'],
    ['a date in the future', whenNew({ datum: '2026-07-01' }), 'BAD_USER_INPUT:datum'],
    ['a reden of 4001 characters', whenNew({ reden: LONG }), 'BAD_USER_INPUT:reden'],
    ['a geldigTot on a request', whenNew({ geldigTot: '2026-12-01' }), 'BAD_USER_INPUT:geldigTot'],
    ['an unknown member', whenNew({ memberId: 'm-x' }), 'MEMBER_NOT_FOUND:memberId'],
    ['an urgentieId on a new request', whenNew({ urgentieId: URGENTIE_ID }), 'BAD_USER_INPUT:urgentieId'],
    ['a new id used before', whenNew({}, given(urgentieAangevraagd, urgentieToegekend)), 'INVALID_STATE:urgentieId'],
    ['a second open request', whenNew({ newUrgentieId: NEW_ID }, given(urgentieAangevraagd)), 'INVALID_STATE:memberId'],
    ['a besluit without urgentieId', whenBesluit({ urgentieId: null }), 'BAD_USER_INPUT:urgentieId'],
    ['a besluit on an unknown request', whenBesluit({ urgentieId: 'u-x' }), 'ENTRY_NOT_FOUND:urgentieId'],
    ['a besluit for another member', whenBesluit({ memberId: vader.memberId }), 'BAD_USER_INPUT:memberId'],
    ['a second besluit', whenBesluit({}, given(urgentieAangevraagd, urgentieToegekend)), 'INVALID_STATE:urgentieId'],
    ['a besluit before the request', whenBesluit({ datum: '2026-03-31', geldigTot: null }), 'BAD_USER_INPUT:datum'],
    ['a geldigTot before the besluit', whenBesluit({ geldigTot: '2026-04-19' }), 'BAD_USER_INPUT:geldigTot'],
    ['an impossible geldigTot', whenBesluit({ geldigTot: '2026-02-30' }), 'BAD_USER_INPUT:geldigTot'],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});

// ---------------------------------------------------------------- betalingsregeling

describe('recordBetalingsregeling', () => {
  const getroffen: decide.RecordBetalingsregeling = {
    action: 'GETROFFEN',
    memberId: moeder.memberId,
    datum: '2026-05-15',
    newRegelingId: REGELING_ID,
    verhuurder: 'Woonstad Rotterdam',
    bedragPerMaandCents: 10_000,
    signaalId: SIGNAAL_ID,
  };
  const beeindigd: decide.RecordBetalingsregeling = {
    action: 'BEEINDIGD',
    memberId: moeder.memberId,
    datum: '2026-06-01',
    newRegelingId: NEW_ID,
    regelingId: REGELING_ID,
    uitkomst: 'NAGEKOMEN',
  };
  const whenNew =
    (changes: Partial<decide.RecordBetalingsregeling>, context = given(signaal)) =>
    () =>
      decide.recordBetalingsregeling({ ...getroffen, ...changes }, context);
  const whenEnd =
    (changes: Partial<decide.RecordBetalingsregeling>, context = given(signaal, regeling)) =>
    () =>
      decide.recordBetalingsregeling({ ...beeindigd, ...changes }, context);

  it('records a regeling that follows up a signal, and its end', () => {
    expect(decide.recordBetalingsregeling(getroffen, given(signaal))).toEqual([regeling]);
    expect(decide.recordBetalingsregeling(beeindigd, given(signaal, regeling))).toEqual([
      {
        type: T.betalingsregelingBeeindigd,
        data: { regelingId: REGELING_ID, memberId: moeder.memberId, uitkomst: 'NAGEKOMEN', datum: '2026-06-01' },
        occurredAt: '2026-06-01',
      },
    ]);
  });

  it.each<Refusal>([
    ['an action outside the list', whenNew({ action: 'GEWIJZIGD' }), 'BAD_USER_INPUT:action'],
    ['a date in the future', whenNew({ datum: '2026-06-16' }), 'BAD_USER_INPUT:datum'],
    ['an unknown member', whenNew({ memberId: 'm-x' }), 'MEMBER_NOT_FOUND:memberId'],
    ['a regelingId on a new regeling', whenNew({ regelingId: REGELING_ID }), 'BAD_USER_INPUT:regelingId'],
    ['an uitkomst on a new regeling', whenNew({ uitkomst: 'NAGEKOMEN' }), 'BAD_USER_INPUT:uitkomst'],
    ['no verhuurder', whenNew({ verhuurder: null }), 'BAD_USER_INPUT:verhuurder'],
    ['an amount of 0', whenNew({ bedragPerMaandCents: 0 }), 'BAD_USER_INPUT:bedragPerMaandCents'],
    ['an unknown signal', whenNew({ signaalId: 's-x' }), 'ENTRY_NOT_FOUND:signaalId'],
    ['a signal of another member', whenNew({ memberId: vader.memberId }), 'BAD_USER_INPUT:memberId'],
    ['a new id used before', whenNew({}, given(signaal, regeling)), 'INVALID_STATE:regelingId'],
    ['an end without regelingId', whenEnd({ regelingId: null }), 'BAD_USER_INPUT:regelingId'],
    ['a verhuurder on an end', whenEnd({ verhuurder: 'Woonstad' }), 'BAD_USER_INPUT:verhuurder'],
    ['an amount on an end', whenEnd({ bedragPerMaandCents: 100 }), 'BAD_USER_INPUT:bedragPerMaandCents'],
    ['a signal on an end', whenEnd({ signaalId: SIGNAAL_ID }), 'BAD_USER_INPUT:signaalId'],
    ['an end without uitkomst', whenEnd({ uitkomst: null }), 'BAD_USER_INPUT:uitkomst'],
    ['an unknown regeling', whenEnd({ regelingId: 'r-x' }), 'ENTRY_NOT_FOUND:regelingId'],
    ['a regeling of another member', whenEnd({ memberId: vader.memberId }), 'BAD_USER_INPUT:memberId'],
    [
      'a second end',
      whenEnd(
        {},
        given(signaal, regeling, {
          type: T.betalingsregelingBeeindigd,
          data: { regelingId: REGELING_ID, memberId: moeder.memberId, uitkomst: 'NAGEKOMEN', datum: '2026-06-01' },
        }),
      ),
      'INVALID_STATE:regelingId',
    ],
    ['an end before the start', whenEnd({ datum: '2026-05-14' }), 'BAD_USER_INPUT:datum'],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});

// ---------------------------------------------------------------- woonbegeleiding

describe('recordWoonbegeleiding', () => {
  const start: decide.RecordWoonbegeleiding = {
    action: 'GESTART',
    memberId: vader.memberId,
    providerAgb: woonbegeleider.agbCode,
    datum: '2026-03-01',
    newTrajectId: TRAJECT_ID,
    soort: 'UITSTROOM_BESCHERMD_WONEN',
  };
  const end: decide.RecordWoonbegeleiding = {
    ...start,
    action: 'BEEINDIGD',
    trajectId: TRAJECT_ID,
    newTrajectId: NEW_ID,
    soort: null,
    datum: '2026-06-01',
    einde: 'ZELFSTANDIG_WONEN',
  };
  const whenStart =
    (changes: Partial<decide.RecordWoonbegeleiding>, context = given()) =>
    () =>
      decide.recordWoonbegeleiding({ ...start, ...changes }, context);
  const whenEnd =
    (changes: Partial<decide.RecordWoonbegeleiding>, context = given(begeleidingGestart)) =>
    () =>
      decide.recordWoonbegeleiding({ ...end, ...changes }, context);

  it('records the start with a provider registered for Wonen, and the end with its soort copied', () => {
    expect(decide.recordWoonbegeleiding(start, given())).toEqual([begeleidingGestart]);
    expect(decide.recordWoonbegeleiding(end, given(begeleidingGestart))[0]).toEqual({
      type: T.woonbegeleidingBeeindigd,
      data: {
        trajectId: TRAJECT_ID,
        memberId: vader.memberId,
        providerAgb: woonbegeleider.agbCode,
        soort: 'UITSTROOM_BESCHERMD_WONEN',
        datum: '2026-06-01',
        einde: 'ZELFSTANDIG_WONEN',
      },
      occurredAt: '2026-06-01',
    });
  });

  it.each<Refusal>([
    ['an action outside the list', whenStart({ action: 'GEPAUZEERD' }), 'BAD_USER_INPUT:action'],
    ['a date in the future', whenStart({ datum: '2026-06-16' }), 'BAD_USER_INPUT:datum'],
    ['an unknown member', whenStart({ memberId: 'm-x' }), 'MEMBER_NOT_FOUND:memberId'],
    ['an unknown provider', whenStart({ providerAgb: '99999999' }), 'PROVIDER_NOT_FOUND:providerAgb'],
    [
      'a provider not registered for Wonen',
      whenStart({ providerAgb: jeugdteam.agbCode }),
      'BAD_USER_INPUT:providerAgb',
    ],
    ['a trajectId on a start', whenStart({ trajectId: TRAJECT_ID }), 'BAD_USER_INPUT:trajectId'],
    ['an einde on a start', whenStart({ einde: 'VERHUISD' }), 'BAD_USER_INPUT:einde'],
    ['a soort outside the list', whenStart({ soort: 'MANTELZORG' }), 'BAD_USER_INPUT:soort'],
    [
      'a new id used before',
      whenStart({ soort: 'WOONBEGELEIDING' }, given(begeleidingGestart)),
      'INVALID_STATE:trajectId',
    ],
    [
      'a second running one of the same soort',
      whenStart({ newTrajectId: NEW_ID }, given(begeleidingGestart)),
      'INVALID_STATE:soort',
    ],
    ['an end without trajectId', whenEnd({ trajectId: null }), 'BAD_USER_INPUT:trajectId'],
    ['an end without einde', whenEnd({ einde: null }), 'BAD_USER_INPUT:einde'],
    ['an unknown traject', whenEnd({ trajectId: 't-x' }), 'ENTRY_NOT_FOUND:trajectId'],
    ['a traject of another member', whenEnd({ memberId: moeder.memberId }), 'BAD_USER_INPUT:memberId'],
    [
      'a second end',
      whenEnd(
        {},
        given(begeleidingGestart, {
          type: T.woonbegeleidingBeeindigd,
          data: {
            trajectId: TRAJECT_ID,
            memberId: vader.memberId,
            providerAgb: woonbegeleider.agbCode,
            soort: 'UITSTROOM_BESCHERMD_WONEN',
            datum: '2026-05-01',
            einde: 'VERHUISD',
          },
        }),
      ),
      'INVALID_STATE:trajectId',
    ],
    ['another soort', whenEnd({ soort: 'WOONBEGELEIDING' }), 'BAD_USER_INPUT:soort'],
    ['an end before the start', whenEnd({ datum: '2026-02-28' }), 'BAD_USER_INPUT:datum'],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });

  it('refuses an end with another provider than the start', () => {
    const context = givenWithSecondProvider();
    expect(rejectionWithField(() => decide.recordWoonbegeleiding({ ...end, providerAgb: '41000002' }, context))).toBe(
      'BAD_USER_INPUT:providerAgb',
    );
  });
});

function givenWithSecondProvider(): DecideContext {
  const context = given(begeleidingGestart);
  const providers = new Map(context.providers);
  providers.set('41000002', { agbCode: '41000002', name: 'Beschermd Wonen Zuid', domains: ['WONEN'] });
  return { ...context, providers };
}

// ---------------------------------------------------------------- Laatste kans-afspraak

describe('recordLaatsteKansAfspraak', () => {
  const gemaakt: decide.RecordLaatsteKansAfspraak = {
    action: 'GEMAAKT',
    memberId: moeder.memberId,
    datum: '2026-06-12',
    newAfspraakId: AFSPRAAK_ID,
    soort: 'LAATSTE_KANS',
    verhuurder: 'Woonstad Rotterdam',
    voorwaarden: ['BUDGETBEHEER', 'WOONBEGELEIDING', 'BUDGETBEHEER'],
    einddatum: '2027-06-11',
    ontruimingId: ONTRUIMING_ID,
  };
  const beeindigd: decide.RecordLaatsteKansAfspraak = {
    action: 'BEEINDIGD',
    memberId: moeder.memberId,
    datum: '2026-06-14',
    newAfspraakId: NEW_ID,
    afspraakId: AFSPRAAK_ID,
    uitkomst: 'NIET_NAGEKOMEN',
  };
  const history = [dagvaarding, aanzegging];
  const whenNew =
    (changes: Partial<decide.RecordLaatsteKansAfspraak>, context = given(...history)) =>
    () =>
      decide.recordLaatsteKansAfspraak({ ...gemaakt, ...changes }, context);
  const whenEnd =
    (changes: Partial<decide.RecordLaatsteKansAfspraak>, context = given(...history, afspraak)) =>
    () =>
      decide.recordLaatsteKansAfspraak({ ...beeindigd, ...changes }, context);

  it('records the agreement with its conditions once each, and its end', () => {
    expect(decide.recordLaatsteKansAfspraak(gemaakt, given(...history))).toEqual([afspraak]);
    expect(decide.recordLaatsteKansAfspraak(beeindigd, given(...history, afspraak))[0]).toEqual({
      type: T.laatsteKansAfspraakBeeindigd,
      data: {
        afspraakId: AFSPRAAK_ID,
        memberId: moeder.memberId,
        soort: 'LAATSTE_KANS',
        uitkomst: 'NIET_NAGEKOMEN',
        datum: '2026-06-14',
      },
      occurredAt: '2026-06-14',
    });
  });

  it.each<Refusal>([
    ['an action outside the list', whenNew({ action: 'VERLENGD' }), 'BAD_USER_INPUT:action'],
    ['a date in the future', whenNew({ datum: '2026-06-16' }), 'BAD_USER_INPUT:datum'],
    ['an unknown member', whenNew({ memberId: 'm-x' }), 'MEMBER_NOT_FOUND:memberId'],
    ['an afspraakId on a new agreement', whenNew({ afspraakId: AFSPRAAK_ID }), 'BAD_USER_INPUT:afspraakId'],
    ['an uitkomst on a new agreement', whenNew({ uitkomst: 'NAGEKOMEN' }), 'BAD_USER_INPUT:uitkomst'],
    ['a soort outside the list', whenNew({ soort: 'DERDE_KANS' }), 'BAD_USER_INPUT:soort'],
    ['no verhuurder', whenNew({ verhuurder: ' ' }), 'BAD_USER_INPUT:verhuurder'],
    ['no conditions', whenNew({ voorwaarden: [] }), 'BAD_USER_INPUT:voorwaarden'],
    [
      'a condition outside the list',
      whenNew({ voorwaarden: ['BUDGETBEHEER', 'HUISDIER_WEG'] }),
      'BAD_USER_INPUT:voorwaarden.1',
    ],
    ['no einddatum', whenNew({ einddatum: null }), 'BAD_USER_INPUT:einddatum'],
    ['an impossible einddatum', whenNew({ einddatum: '2027-02-29' }), 'BAD_USER_INPUT:einddatum'],
    ['an einddatum not after the start', whenNew({ einddatum: '2026-06-12' }), 'BAD_USER_INPUT:einddatum'],
    ['an unknown eviction case', whenNew({ ontruimingId: 'o-x' }), 'ENTRY_NOT_FOUND:ontruimingId'],
    ['an eviction case of another member', whenNew({ memberId: vader.memberId }), 'BAD_USER_INPUT:memberId'],
    ['a new id used before', whenNew({}, given(...history, afspraak)), 'INVALID_STATE:afspraakId'],
    ['an end without afspraakId', whenEnd({ afspraakId: null }), 'BAD_USER_INPUT:afspraakId'],
    ['conditions on an end', whenEnd({ voorwaarden: ['BUDGETBEHEER'] }), 'BAD_USER_INPUT:voorwaarden'],
    ['an end without uitkomst', whenEnd({ uitkomst: null }), 'BAD_USER_INPUT:uitkomst'],
    ['an unknown agreement', whenEnd({ afspraakId: 'a-x' }), 'ENTRY_NOT_FOUND:afspraakId'],
    ['an agreement of another member', whenEnd({ memberId: vader.memberId }), 'BAD_USER_INPUT:memberId'],
    [
      'a second end',
      whenEnd(
        {},
        given(...history, afspraak, {
          type: T.laatsteKansAfspraakBeeindigd,
          data: {
            afspraakId: AFSPRAAK_ID,
            memberId: moeder.memberId,
            soort: 'LAATSTE_KANS',
            uitkomst: 'NAGEKOMEN',
            datum: '2026-06-13',
          },
        }),
      ),
      'INVALID_STATE:afspraakId',
    ],
    ['an end before the start', whenEnd({ datum: '2026-06-11' }), 'BAD_USER_INPUT:datum'],
  ])('refuses %s', (_what, decision, expected) => {
    expect(rejectionWithField(decision)).toBe(expected);
  });
});
