import {
  HouseholdEventType,
  givenHousehold,
  householdRegistered,
  rejectionOf,
  type DraftEvent,
} from '@regie/household';
import * as decide from './werk-inkomen.decide';
import { werkInkomenDefinition } from './werk-inkomen.definition';
import { WerkInkomenEventType as T } from './werk-inkomen.events';
import {
  BIJSTAND_ID,
  SIGNAAL_ID,
  TRAJECT_ID,
  aangevraagd,
  afgewezen,
  bijstandBeeindigd,
  corrected,
  given,
  jeugdteam,
  kredietbank,
  memberRemoved,
  moeder,
  opgevolgd,
  reintegratieBeeindigd,
  reintegratieGestart,
  rejectionWithField,
  schuldhulpBeeindigd,
  schuldhulpFase,
  schuldhulpGestart,
  signaal,
  toegekend,
  vader,
  werkbedrijf,
  withdrawn,
} from './test/werk-inkomen.fixtures';

const NEW_ID = 'new-1';

/** A traject start as recorded without a household afweging and without catalogue alternatives. */
const recordedWithoutAfweging = (draft: DraftEvent): DraftEvent => ({
  ...draft,
  data: { ...(draft.data as object), afweging: { lowerRungsConsidered: false, alternatives: [] } },
});

describe('recordBijstandBesluit', () => {
  const aanvraag: decide.RecordBijstandBesluit = {
    memberId: moeder.memberId,
    besluit: 'AANGEVRAAGD',
    bijstandsvorm: 'ALGEMENE_BIJSTAND',
    datum: '2026-03-01',
    newBijstandId: NEW_ID,
    reden: '  Inkomen weggevallen na ontslag  ',
  };
  const step = (besluit: string, datum: string, extra: Partial<decide.RecordBijstandBesluit> = {}) => ({
    ...aanvraag,
    besluit,
    datum,
    bijstandId: BIJSTAND_ID,
    reden: undefined,
    ...extra,
  });

  it('records the monthly amount of a toekenning, and only of a toekenning', () => {
    const toekenning = step('TOEGEKEND', '2026-03-10', { bedragPerMaand: 130_000 });
    const [event] = decide.recordBijstandBesluit(toekenning, given(aangevraagd));
    expect(event!.data).toMatchObject({ bedragPerMaand: 130_000 });
    const afwijzing = step('AFGEWEZEN', '2026-03-10', { bedragPerMaand: 130_000 });
    expect(rejectionOf(() => decide.recordBijstandBesluit(afwijzing, given(aangevraagd)))).toBe('BAD_USER_INPUT');
    const zero = step('TOEGEKEND', '2026-03-10', { bedragPerMaand: 0 });
    expect(rejectionOf(() => decide.recordBijstandBesluit(zero, given(aangevraagd)))).toBe('BAD_USER_INPUT');
  });

  it('records an aanvraag under the new bijstandId, with the reden trimmed', () => {
    expect(decide.recordBijstandBesluit(aanvraag, given())).toEqual([
      {
        type: T.bijstandAangevraagd,
        data: {
          bijstandId: NEW_ID,
          memberId: moeder.memberId,
          bijstandsvorm: 'ALGEMENE_BIJSTAND',
          datum: '2026-03-01',
          reden: 'Inkomen weggevallen na ontslag',
        },
        occurredAt: '2026-03-01',
      },
    ]);
  });

  it.each([
    ['TOEGEKEND', T.bijstandToegekend],
    ['AFGEWEZEN', T.bijstandAfgewezen],
  ])('records a besluit %s on an open aanvraag', (besluit, type) => {
    expect(decide.recordBijstandBesluit(step(besluit, '2026-04-01'), given(aangevraagd))).toEqual([
      {
        type,
        data: {
          bijstandId: BIJSTAND_ID,
          memberId: moeder.memberId,
          bijstandsvorm: 'ALGEMENE_BIJSTAND',
          datum: '2026-04-01',
        },
        occurredAt: '2026-04-01',
      },
    ]);
  });

  it('records the beëindiging of granted bijstand', () => {
    expect(decide.recordBijstandBesluit(step('BEEINDIGD', '2026-05-01'), given(aangevraagd, toegekend))).toEqual([
      bijstandBeeindigd,
    ]);
  });

  it('accepts a new aanvraag of the same vorm once the earlier one was decided, or of another vorm while one runs', () => {
    expect(decide.recordBijstandBesluit(aanvraag, given(aangevraagd, afgewezen))).toHaveLength(1);
    expect(
      decide.recordBijstandBesluit({ ...aanvraag, bijstandsvorm: 'BIJZONDERE_BIJSTAND' }, given(aangevraagd)),
    ).toHaveLength(1);
  });

  it('counts a withdrawn toekenning as never sent: the aanvraag is open again', () => {
    const context = given(aangevraagd, toegekend, withdrawn('e3', T.bijstandToegekend));
    expect(decide.recordBijstandBesluit(step('AFGEWEZEN', '2026-04-02'), context)[0]!.type).toBe(T.bijstandAfgewezen);
  });

  it('rejects codes outside the lists, bad and future dates and unknown members', () => {
    expect(rejectionWithField(() => decide.recordBijstandBesluit({ ...aanvraag, besluit: 'GEWEIGERD' }, given()))).toBe(
      'BAD_USER_INPUT:besluit',
    );
    expect(rejectionWithField(() => decide.recordBijstandBesluit({ ...aanvraag, bijstandsvorm: 'WW' }, given()))).toBe(
      'BAD_USER_INPUT:bijstandsvorm',
    );
    expect(rejectionWithField(() => decide.recordBijstandBesluit({ ...aanvraag, datum: '2026-02-30' }, given()))).toBe(
      'BAD_USER_INPUT:datum',
    );
    expect(rejectionWithField(() => decide.recordBijstandBesluit({ ...aanvraag, datum: '2026-06-16' }, given()))).toBe(
      'BAD_USER_INPUT:datum',
    );
    expect(rejectionOf(() => decide.recordBijstandBesluit({ ...aanvraag, memberId: 'm-onbekend' }, given()))).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it('rejects a bijstandId on an aanvraag (Regie gives it) and a reused new id', () => {
    expect(
      rejectionWithField(() => decide.recordBijstandBesluit({ ...aanvraag, bijstandId: BIJSTAND_ID }, given())),
    ).toBe('BAD_USER_INPUT:bijstandId');
    expect(
      rejectionOf(() =>
        decide.recordBijstandBesluit({ ...aanvraag, newBijstandId: BIJSTAND_ID }, given(aangevraagd, afgewezen)),
      ),
    ).toBe('INVALID_STATE');
  });

  it('rejects a second open aanvraag of the same vorm for the same member', () => {
    expect(rejectionOf(() => decide.recordBijstandBesluit(aanvraag, given(aangevraagd)))).toBe('INVALID_STATE');
  });

  it('rejects a besluit without a bijstandId, or on an unknown or withdrawn aanvraag', () => {
    expect(
      rejectionWithField(() =>
        decide.recordBijstandBesluit(step('TOEGEKEND', '2026-04-01', { bijstandId: undefined }), given(aangevraagd)),
      ),
    ).toBe('BAD_USER_INPUT:bijstandId');
    expect(
      rejectionOf(() =>
        decide.recordBijstandBesluit(step('TOEGEKEND', '2026-04-01', { bijstandId: 'b-x' }), given(aangevraagd)),
      ),
    ).toBe('ENTRY_NOT_FOUND');
    expect(
      rejectionOf(() =>
        decide.recordBijstandBesluit(
          step('TOEGEKEND', '2026-04-01'),
          given(aangevraagd, withdrawn('e2', T.bijstandAangevraagd)),
        ),
      ),
    ).toBe('ENTRY_NOT_FOUND');
  });

  it('rejects a besluit when the aanvraag is of another member or vorm', () => {
    expect(
      rejectionOf(() =>
        decide.recordBijstandBesluit(step('TOEGEKEND', '2026-04-01', { memberId: vader.memberId }), given(aangevraagd)),
      ),
    ).toBe('INVALID_STATE');
    expect(
      rejectionOf(() =>
        decide.recordBijstandBesluit(
          step('TOEGEKEND', '2026-04-01', { bijstandsvorm: 'INKOMENSTOESLAG' }),
          given(aangevraagd),
        ),
      ),
    ).toBe('INVALID_STATE');
  });

  it('rejects a second besluit on the same aanvraag', () => {
    expect(
      rejectionOf(() => decide.recordBijstandBesluit(step('AFGEWEZEN', '2026-04-02'), given(aangevraagd, toegekend))),
    ).toBe('INVALID_STATE');
    expect(
      rejectionOf(() => decide.recordBijstandBesluit(step('TOEGEKEND', '2026-04-02'), given(aangevraagd, afgewezen))),
    ).toBe('INVALID_STATE');
  });

  it('rejects a besluit dated before the aanvraag', () => {
    expect(
      rejectionWithField(() => decide.recordBijstandBesluit(step('TOEGEKEND', '2026-02-28'), given(aangevraagd))),
    ).toBe('BAD_USER_INPUT:datum');
  });

  it('rejects a beëindiging of bijstand that is not toegekend, or already beëindigd', () => {
    const beeindig = step('BEEINDIGD', '2026-05-02');
    expect(rejectionOf(() => decide.recordBijstandBesluit(beeindig, given(aangevraagd)))).toBe('INVALID_STATE');
    expect(rejectionOf(() => decide.recordBijstandBesluit(beeindig, given(aangevraagd, afgewezen)))).toBe(
      'INVALID_STATE',
    );
    expect(
      rejectionOf(() => decide.recordBijstandBesluit(beeindig, given(aangevraagd, toegekend, bijstandBeeindigd))),
    ).toBe('INVALID_STATE');
  });

  it('rejects a beëindiging dated before the toekenning', () => {
    expect(
      rejectionWithField(() =>
        decide.recordBijstandBesluit(step('BEEINDIGD', '2026-03-31'), given(aangevraagd, toegekend)),
      ),
    ).toBe('BAD_USER_INPUT:datum');
  });
});

describe('recordSchuldsignaal', () => {
  const command: decide.RecordSchuldsignaal = {
    signaalId: SIGNAAL_ID,
    memberId: moeder.memberId,
    soort: 'HUUR',
    ontvangenOp: '2026-05-01',
    schuldeiser: '  Woonstad ',
    bedragAchterstand: 124000,
  };

  it('records the signal with the schuldeiser trimmed', () => {
    expect(decide.recordSchuldsignaal(command, given())).toEqual([signaal]);
  });

  it('leaves bedragAchterstand out when it is not reported', () => {
    const [draft] = decide.recordSchuldsignaal({ ...command, bedragAchterstand: null }, given());
    expect(draft!.data).toEqual({
      signaalId: SIGNAAL_ID,
      memberId: moeder.memberId,
      soort: 'HUUR',
      ontvangenOp: '2026-05-01',
      schuldeiser: 'Woonstad',
    });
  });

  it.each([
    ['a soort outside the six Wgs kinds', { soort: 'TELEFOON' }, 'BAD_USER_INPUT:soort'],
    ['a bad date', { ontvangenOp: '01-05-2026' }, 'BAD_USER_INPUT:ontvangenOp'],
    ['a future date', { ontvangenOp: '2026-06-16' }, 'BAD_USER_INPUT:ontvangenOp'],
    ['an empty schuldeiser', { schuldeiser: '   ' }, 'BAD_USER_INPUT:schuldeiser'],
    ['a zero bedrag', { bedragAchterstand: 0 }, 'BAD_USER_INPUT:bedragAchterstand'],
    ['a bedrag that is not whole cents', { bedragAchterstand: 12.5 }, 'BAD_USER_INPUT:bedragAchterstand'],
    ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
  ])('rejects %s', (_, change, expected) => {
    expect(rejectionWithField(() => decide.recordSchuldsignaal({ ...command, ...change }, given()))).toBe(expected);
  });

  it('rejects a signaalId that is already in use', () => {
    expect(rejectionOf(() => decide.recordSchuldsignaal(command, given(signaal)))).toBe('INVALID_STATE');
  });
});

describe('recordSchuldsignaalOpvolging', () => {
  const command: decide.RecordSchuldsignaalOpvolging = {
    signaalId: SIGNAAL_ID,
    stap: 'CONTACT_GELEGD',
    datum: '2026-05-10',
    note: '  Huisbezoek, afspraak gemaakt ',
  };

  it('records the step with the member of the signal', () => {
    expect(decide.recordSchuldsignaalOpvolging(command, given(signaal))).toEqual([
      {
        type: T.vroegsignaalOpgevolgd,
        data: {
          signaalId: SIGNAAL_ID,
          memberId: moeder.memberId,
          stap: 'CONTACT_GELEGD',
          datum: '2026-05-10',
          note: 'Huisbezoek, afspraak gemaakt',
        },
        occurredAt: '2026-05-10',
      },
    ]);
  });

  it('accepts a step on the day the signal came in', () => {
    expect(decide.recordSchuldsignaalOpvolging({ ...command, datum: '2026-05-01' }, given(signaal))).toHaveLength(1);
  });

  it('rejects an unknown stap, a future date and a date before the signal', () => {
    expect(
      rejectionWithField(() => decide.recordSchuldsignaalOpvolging({ ...command, stap: 'GEBELD' }, given(signaal))),
    ).toBe('BAD_USER_INPUT:stap');
    expect(
      rejectionWithField(() =>
        decide.recordSchuldsignaalOpvolging({ ...command, datum: '2026-06-16' }, given(signaal)),
      ),
    ).toBe('BAD_USER_INPUT:datum');
    expect(
      rejectionWithField(() =>
        decide.recordSchuldsignaalOpvolging({ ...command, datum: '2026-04-30' }, given(signaal)),
      ),
    ).toBe('BAD_USER_INPUT:datum');
  });

  it('rejects a follow-up of an unknown or withdrawn signal', () => {
    expect(rejectionOf(() => decide.recordSchuldsignaalOpvolging(command, given()))).toBe('ENTRY_NOT_FOUND');
    expect(
      rejectionOf(() =>
        decide.recordSchuldsignaalOpvolging(command, given(signaal, withdrawn('e2', T.vroegsignaalOntvangen))),
      ),
    ).toBe('ENTRY_NOT_FOUND');
  });

  it('rejects a follow-up once the signal is afgesloten', () => {
    expect(
      rejectionOf(() => decide.recordSchuldsignaalOpvolging(command, given(signaal, opgevolgd('AFGESLOTEN')))),
    ).toBe('INVALID_STATE');
  });

  it('rejects a follow-up when the member left the household', () => {
    expect(
      rejectionOf(() => decide.recordSchuldsignaalOpvolging(command, given(signaal, memberRemoved(moeder.memberId)))),
    ).toBe('MEMBER_NOT_FOUND');
  });
});

describe('recordSchuldhulpTraject', () => {
  const start: decide.RecordSchuldhulpTraject = {
    action: 'GESTART',
    memberId: moeder.memberId,
    providerAgb: kredietbank.agbCode,
    newTrajectId: TRAJECT_ID,
    fase: 'STABILISATIE',
    datum: '2026-02-01',
  };
  const next = (action: string, datum: string, extra: Partial<decide.RecordSchuldhulpTraject> = {}) => ({
    ...start,
    action,
    datum,
    trajectId: TRAJECT_ID,
    newTrajectId: NEW_ID,
    fase: undefined,
    ...extra,
  });

  it('starts a traject under the new trajectId', () => {
    expect(decide.recordSchuldhulpTraject(start, given())).toEqual([recordedWithoutAfweging(schuldhulpGestart)]);
  });

  it('stores the tarief and the afweging it rests on; needs a reason when the catalogue lists alternatives', () => {
    const [event] = decide.recordSchuldhulpTraject({ ...start, tarief: { perMaandCents: 45_000 } }, given());
    expect(event!.data).toMatchObject({ tarief: { kind: 'PER_MAAND', monthlyCents: 45_000 } });
    const alternatives = [{ voorzieningId: 'vv-3', naam: 'Formulierenbrigade' }];
    const context = givenHousehold([householdRegistered()], {
      domains: [werkInkomenDefinition],
      providers: [kredietbank],
      alternatives,
    });
    expect(rejectionOf(() => decide.recordSchuldhulpTraject(start, context))).toBe('ALTERNATIVE_REASON_REQUIRED');
    const reden = 'Schulden te hoog en te veel schuldeisers';
    const [withReason] = decide.recordSchuldhulpTraject({ ...start, redenGeenAlternatief: reden }, context);
    expect(withReason!.data).toMatchObject({
      afweging: { lowerRungsConsidered: false, alternatives, reasonNoAlternative: reden },
    });
  });

  it.each([
    ['both an amount per month and a budget', { perMaandCents: 1, budgetCents: 1 }],
    ['neither', {}],
    ['a negative budget', { budgetCents: -5 }],
  ])('rejects a tarief with %s', (_label, tarief) => {
    expect(rejectionOf(() => decide.recordSchuldhulpTraject({ ...start, tarief }, given()))).toBe('BAD_USER_INPUT');
  });

  it('takes a tarief or a reason only on the start', () => {
    const phase = next('FASE_GEWIJZIGD', '2026-04-01', { fase: 'SCHULDREGELING', tarief: { budgetCents: 100 } });
    expect(rejectionOf(() => decide.recordSchuldhulpTraject(phase, given(schuldhulpGestart)))).toBe('BAD_USER_INPUT');
  });

  it('changes the phase, possibly to another provider, and remembers the previous phase', () => {
    expect(
      decide.recordSchuldhulpTraject(
        next('FASE_GEWIJZIGD', '2026-04-01', {
          fase: 'SCHULDREGELING',
          providerAgb: werkbedrijf.agbCode,
          reden: ' Stabiel ',
        }),
        given(schuldhulpGestart),
      ),
    ).toEqual([
      {
        type: T.schuldhulpFaseGewijzigd,
        data: {
          trajectId: TRAJECT_ID,
          memberId: moeder.memberId,
          providerAgb: werkbedrijf.agbCode,
          fase: 'SCHULDREGELING',
          vorigeFase: 'STABILISATIE',
          datum: '2026-04-01',
          reden: 'Stabiel',
        },
        occurredAt: '2026-04-01',
      },
    ]);
  });

  it('ends the traject in its current phase', () => {
    expect(decide.recordSchuldhulpTraject(next('BEEINDIGD', '2026-03-01'), given(schuldhulpGestart))).toEqual([
      schuldhulpBeeindigd,
    ]);
    const [draft] = decide.recordSchuldhulpTraject(
      next('BEEINDIGD', '2026-05-01', { fase: 'SCHULDREGELING' }),
      given(schuldhulpGestart, schuldhulpFase),
    );
    expect(draft!.data).toMatchObject({ fase: 'SCHULDREGELING', datum: '2026-05-01' });
  });

  it('accepts a new traject for the member once the previous one ended', () => {
    expect(
      decide.recordSchuldhulpTraject(
        { ...start, newTrajectId: NEW_ID, datum: '2026-03-02' },
        given(schuldhulpGestart, schuldhulpBeeindigd),
      ),
    ).toHaveLength(1);
  });

  it('rejects an unknown action, bad and future dates, unknown members and providers', () => {
    expect(rejectionWithField(() => decide.recordSchuldhulpTraject({ ...start, action: 'GEPAUZEERD' }, given()))).toBe(
      'BAD_USER_INPUT:action',
    );
    expect(rejectionWithField(() => decide.recordSchuldhulpTraject({ ...start, datum: '2026-13-01' }, given()))).toBe(
      'BAD_USER_INPUT:datum',
    );
    expect(rejectionWithField(() => decide.recordSchuldhulpTraject({ ...start, datum: '2026-06-16' }, given()))).toBe(
      'BAD_USER_INPUT:datum',
    );
    expect(rejectionOf(() => decide.recordSchuldhulpTraject({ ...start, memberId: 'm-onbekend' }, given()))).toBe(
      'MEMBER_NOT_FOUND',
    );
    expect(rejectionOf(() => decide.recordSchuldhulpTraject({ ...start, providerAgb: '99999999' }, given()))).toBe(
      'PROVIDER_NOT_FOUND',
    );
  });

  it('rejects a provider that is not registered for Werk & Inkomen', () => {
    expect(
      rejectionOf(() => decide.recordSchuldhulpTraject({ ...start, providerAgb: jeugdteam.agbCode }, given())),
    ).toBe('BAD_USER_INPUT');
  });

  it('rejects a start with a trajectId, without a valid fase, or with a reused new id', () => {
    expect(rejectionWithField(() => decide.recordSchuldhulpTraject({ ...start, trajectId: 't-x' }, given()))).toBe(
      'BAD_USER_INPUT:trajectId',
    );
    expect(rejectionWithField(() => decide.recordSchuldhulpTraject({ ...start, fase: undefined }, given()))).toBe(
      'BAD_USER_INPUT:fase',
    );
    expect(rejectionWithField(() => decide.recordSchuldhulpTraject({ ...start, fase: 'SANERING' }, given()))).toBe(
      'BAD_USER_INPUT:fase',
    );
    expect(
      rejectionOf(() =>
        decide.recordSchuldhulpTraject({ ...start, memberId: moeder.memberId }, given(reintegratieGestart)),
      ),
    ).toBe('INVALID_STATE');
  });

  it('rejects a second open schuldhulp traject for the same member', () => {
    expect(
      rejectionOf(() => decide.recordSchuldhulpTraject({ ...start, newTrajectId: NEW_ID }, given(schuldhulpGestart))),
    ).toBe('INVALID_STATE');
  });

  it('rejects a phase change or end without a trajectId, or of an unknown or withdrawn traject', () => {
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(next('BEEINDIGD', '2026-03-01', { trajectId: null }), given(schuldhulpGestart)),
      ),
    ).toBe('BAD_USER_INPUT:trajectId');
    expect(rejectionOf(() => decide.recordSchuldhulpTraject(next('BEEINDIGD', '2026-03-01'), given()))).toBe(
      'ENTRY_NOT_FOUND',
    );
    expect(
      rejectionOf(() =>
        decide.recordSchuldhulpTraject(
          next('BEEINDIGD', '2026-03-01'),
          given(schuldhulpGestart, withdrawn('e2', T.schuldhulpGestart)),
        ),
      ),
    ).toBe('ENTRY_NOT_FOUND');
  });

  it('rejects a phase change or end of an ended traject', () => {
    const context = given(schuldhulpGestart, schuldhulpBeeindigd);
    expect(
      rejectionOf(() =>
        decide.recordSchuldhulpTraject(next('FASE_GEWIJZIGD', '2026-04-01', { fase: 'BUDGETBEHEER' }), context),
      ),
    ).toBe('INVALID_STATE');
    expect(rejectionOf(() => decide.recordSchuldhulpTraject(next('BEEINDIGD', '2026-04-01'), context))).toBe(
      'INVALID_STATE',
    );
  });

  it('rejects a step for another member than the traject’s', () => {
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(
          next('BEEINDIGD', '2026-03-01', { memberId: vader.memberId }),
          given(schuldhulpGestart),
        ),
      ),
    ).toBe('BAD_USER_INPUT:memberId');
  });

  it('rejects a step dated before the start or the last phase change', () => {
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(next('BEEINDIGD', '2026-01-31'), given(schuldhulpGestart)),
      ),
    ).toBe('BAD_USER_INPUT:datum');
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(next('BEEINDIGD', '2026-03-31'), given(schuldhulpGestart, schuldhulpFase)),
      ),
    ).toBe('BAD_USER_INPUT:datum');
  });

  it('rejects a phase change without a valid new phase, or to the current phase', () => {
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(next('FASE_GEWIJZIGD', '2026-04-01'), given(schuldhulpGestart)),
      ),
    ).toBe('BAD_USER_INPUT:fase');
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(
          next('FASE_GEWIJZIGD', '2026-04-01', { fase: 'STABILISATIE' }),
          given(schuldhulpGestart),
        ),
      ),
    ).toBe('INVALID_STATE:fase');
  });

  it('rejects an end naming another phase or provider than the traject’s current ones', () => {
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(
          next('BEEINDIGD', '2026-03-01', { fase: 'BUDGETBEHEER' }),
          given(schuldhulpGestart),
        ),
      ),
    ).toBe('BAD_USER_INPUT:fase');
    expect(
      rejectionWithField(() =>
        decide.recordSchuldhulpTraject(
          next('BEEINDIGD', '2026-03-01', { providerAgb: werkbedrijf.agbCode }),
          given(schuldhulpGestart),
        ),
      ),
    ).toBe('BAD_USER_INPUT:providerAgb');
  });

  it('follows a corrected phase: a correction of the start to SCHULDREGELING makes that the current phase', () => {
    const context = given(schuldhulpGestart, corrected('e2', T.schuldhulpGestart, { fase: 'SCHULDREGELING' }));
    expect(
      rejectionOf(() =>
        decide.recordSchuldhulpTraject(next('FASE_GEWIJZIGD', '2026-04-01', { fase: 'SCHULDREGELING' }), context),
      ),
    ).toBe('INVALID_STATE');
  });
});

describe('recordReintegratieTraject', () => {
  const start: decide.RecordReintegratieTraject = {
    action: 'GESTART',
    memberId: vader.memberId,
    providerAgb: werkbedrijf.agbCode,
    newTrajectId: TRAJECT_ID,
    soort: 'WERKFIT',
    datum: '2026-01-15',
  };
  const end = (extra: Partial<decide.RecordReintegratieTraject> = {}): decide.RecordReintegratieTraject => ({
    ...start,
    action: 'BEEINDIGD',
    trajectId: TRAJECT_ID,
    newTrajectId: NEW_ID,
    soort: undefined,
    datum: '2026-05-15',
    resultaat: 'WERK_GEVONDEN',
    ...extra,
  });

  it('starts a traject under the new trajectId', () => {
    expect(decide.recordReintegratieTraject(start, given())).toEqual([recordedWithoutAfweging(reintegratieGestart)]);
  });

  it("cites the member's latest Werk & Inkomen afweging, with a budget as tarief", () => {
    const nee = { considered: true, sufficient: 'NEE' };
    const afweging = {
      type: HouseholdEventType.afwegingRecorded,
      data: {
        afwegingId: 'afw-1',
        domain: 'WERK_EN_INKOMEN',
        memberId: start.memberId,
        assessedOn: '2026-01-10',
        rungs: {
          EIGEN_KRACHT: nee,
          GEBRUIKELIJKE_HULP: nee,
          MANTELZORG: nee,
          SOCIAAL_NETWERK: nee,
          ALGEMENE_VOORZIENING: nee,
        },
        outcome: 'MAATWERK',
      },
    };
    const [event] = decide.recordReintegratieTraject({ ...start, tarief: { budgetCents: 300_000 } }, given(afweging));
    expect(event!.data).toMatchObject({
      tarief: { kind: 'BUDGET', budgetCents: 300_000 },
      afweging: { afwegingId: 'afw-1', lowerRungsConsidered: true, alternatives: [] },
    });
  });

  it('ends a traject with its resultaat', () => {
    expect(decide.recordReintegratieTraject(end(), given(reintegratieGestart))).toEqual([reintegratieBeeindigd]);
    expect(decide.recordReintegratieTraject(end({ soort: 'WERKFIT' }), given(reintegratieGestart))).toEqual([
      reintegratieBeeindigd,
    ]);
  });

  it('accepts a new traject once the previous one ended', () => {
    expect(
      decide.recordReintegratieTraject(
        { ...start, newTrajectId: NEW_ID, soort: 'OPLEIDING', datum: '2026-06-01' },
        given(reintegratieGestart, reintegratieBeeindigd),
      ),
    ).toHaveLength(1);
  });

  it('rejects an unknown action, a future date, unknown members and providers', () => {
    expect(rejectionWithField(() => decide.recordReintegratieTraject({ ...start, action: 'GESTOPT' }, given()))).toBe(
      'BAD_USER_INPUT:action',
    );
    expect(rejectionWithField(() => decide.recordReintegratieTraject({ ...start, datum: '2026-06-16' }, given()))).toBe(
      'BAD_USER_INPUT:datum',
    );
    expect(rejectionOf(() => decide.recordReintegratieTraject({ ...start, memberId: 'm-onbekend' }, given()))).toBe(
      'MEMBER_NOT_FOUND',
    );
    expect(rejectionOf(() => decide.recordReintegratieTraject({ ...start, providerAgb: '99999999' }, given()))).toBe(
      'PROVIDER_NOT_FOUND',
    );
    expect(
      rejectionOf(() => decide.recordReintegratieTraject({ ...start, providerAgb: jeugdteam.agbCode }, given())),
    ).toBe('BAD_USER_INPUT');
  });

  it('rejects a start with a trajectId, a resultaat, or without a valid soort', () => {
    expect(rejectionWithField(() => decide.recordReintegratieTraject({ ...start, trajectId: 't-x' }, given()))).toBe(
      'BAD_USER_INPUT:trajectId',
    );
    expect(
      rejectionWithField(() => decide.recordReintegratieTraject({ ...start, resultaat: 'WERK_GEVONDEN' }, given())),
    ).toBe('BAD_USER_INPUT:resultaat');
    expect(rejectionWithField(() => decide.recordReintegratieTraject({ ...start, soort: 'STAGE' }, given()))).toBe(
      'BAD_USER_INPUT:soort',
    );
  });

  it('rejects a second open re-integratie traject for the same member, and a reused new id', () => {
    expect(
      rejectionOf(() =>
        decide.recordReintegratieTraject({ ...start, newTrajectId: NEW_ID }, given(reintegratieGestart)),
      ),
    ).toBe('INVALID_STATE');
    expect(
      rejectionOf(() =>
        decide.recordReintegratieTraject({ ...start, memberId: moeder.memberId }, given(schuldhulpGestart)),
      ),
    ).toBe('INVALID_STATE');
  });

  it('rejects an end without a trajectId or without a valid resultaat', () => {
    expect(
      rejectionWithField(() =>
        decide.recordReintegratieTraject(end({ trajectId: undefined }), given(reintegratieGestart)),
      ),
    ).toBe('BAD_USER_INPUT:trajectId');
    expect(
      rejectionWithField(() =>
        decide.recordReintegratieTraject(end({ resultaat: undefined }), given(reintegratieGestart)),
      ),
    ).toBe('BAD_USER_INPUT:resultaat');
    expect(
      rejectionWithField(() =>
        decide.recordReintegratieTraject(end({ resultaat: 'GESLAAGD' }), given(reintegratieGestart)),
      ),
    ).toBe('BAD_USER_INPUT:resultaat');
  });

  it('rejects an end of an unknown, withdrawn or ended traject', () => {
    expect(rejectionOf(() => decide.recordReintegratieTraject(end(), given()))).toBe('ENTRY_NOT_FOUND');
    expect(
      rejectionOf(() =>
        decide.recordReintegratieTraject(end(), given(reintegratieGestart, withdrawn('e2', T.reintegratieGestart))),
      ),
    ).toBe('ENTRY_NOT_FOUND');
    expect(
      rejectionOf(() => decide.recordReintegratieTraject(end(), given(reintegratieGestart, reintegratieBeeindigd))),
    ).toBe('INVALID_STATE');
  });

  it('rejects an end for another member, provider or soort than the traject’s', () => {
    const context = given(reintegratieGestart);
    expect(
      rejectionWithField(() => decide.recordReintegratieTraject(end({ memberId: moeder.memberId }), context)),
    ).toBe('BAD_USER_INPUT:memberId');
    expect(
      rejectionWithField(() => decide.recordReintegratieTraject(end({ providerAgb: kredietbank.agbCode }), context)),
    ).toBe('BAD_USER_INPUT:providerAgb');
    expect(rejectionWithField(() => decide.recordReintegratieTraject(end({ soort: 'JOBCOACHING' }), context))).toBe(
      'BAD_USER_INPUT:soort',
    );
  });

  it('rejects an end dated before the start', () => {
    expect(
      rejectionWithField(() =>
        decide.recordReintegratieTraject(end({ datum: '2026-01-14' }), given(reintegratieGestart)),
      ),
    ).toBe('BAD_USER_INPUT:datum');
  });
});
