import { HouseholdEventType, asHistory, type DraftEvent, type HouseholdEvent, type NameLookup } from '@regie/household';
import { werkInkomenDefinition } from './werk-inkomen.definition';
import { formatEuro } from './werk-inkomen.describe';
import { WERK_EN_INKOMEN_DOMAIN, WerkInkomenEventType as T } from './werk-inkomen.events';
import { findBijstand, findSchuldhulp, findVroegsignaal, type WerkInkomenState } from './werk-inkomen.state';
import {
  BIJSTAND_ID,
  SIGNAAL_ID,
  TRAJECT_ID,
  aangevraagd,
  corrected,
  given,
  kredietbank,
  moeder,
  opgevolgd,
  reintegratieBeeindigd,
  reintegratieGestart,
  schuldhulpBeeindigd,
  schuldhulpFase,
  schuldhulpGestart,
  signaal,
  toegekend,
  werkbedrijf,
  withdrawn,
} from './test/werk-inkomen.fixtures';

const sliceOf = (...history: DraftEvent[]) =>
  given(...history).state.domains[WERK_EN_INKOMEN_DOMAIN] as WerkInkomenState;
const eventOf = (draft: DraftEvent): HouseholdEvent => asHistory([draft], [werkInkomenDefinition])[0]!;

describe('werkInkomenDefinition', () => {
  it('is the Werk & Inkomen domain with 10 years retention', () => {
    expect(werkInkomenDefinition).toMatchObject({
      code: 'WERK_EN_INKOMEN',
      eventPrefix: 'werk-inkomen.',
      label: 'Werk & Inkomen',
      retentionYears: 10,
    });
  });
});

describe('evolve', () => {
  it('merges a correction into the entry it corrects; null removes an optional field', () => {
    const state = sliceOf(
      signaal,
      corrected('e2', T.vroegsignaalOntvangen, { schuldeiser: 'Woonstad Rotterdam', soort: 'GAS' }),
      corrected('e2', T.vroegsignaalOntvangen, { bedragAchterstand: null }),
    );
    expect(findVroegsignaal(state, SIGNAAL_ID)!.signaal.data).toEqual({
      signaalId: SIGNAAL_ID,
      memberId: moeder.memberId,
      soort: 'GAS',
      ontvangenOp: '2026-05-01',
      schuldeiser: 'Woonstad Rotterdam',
    });
  });

  it('no longer counts a withdrawn entry', () => {
    const state = sliceOf(aangevraagd, toegekend, withdrawn('e3', T.bijstandToegekend));
    expect(findBijstand(state, 'b-1')!.status).toBe('OPEN');
    expect(state.entries.get('e3')!.withdrawn).toBe(true);
    expect(findVroegsignaal(sliceOf(signaal, withdrawn('e2', T.vroegsignaalOntvangen)), SIGNAAL_ID)).toBeUndefined();
  });

  it('ignores corrections and withdrawals that belong to another domain', () => {
    const otherDomain: DraftEvent = {
      type: HouseholdEventType.entryWithdrawn,
      data: { entryId: 'e2', entryType: T.schuldhulpGestart, domain: 'JEUGD', reason: 'x' },
    };
    const state = werkInkomenDefinition.evolve(
      sliceOf(schuldhulpGestart),
      asHistory([otherDomain], [werkInkomenDefinition])[0]!,
      given().state.core,
    );
    expect(findSchuldhulp(state, TRAJECT_ID)).toBeDefined();
  });

  it('tracks the current phase and provider of a schuldhulp traject', () => {
    const traject = findSchuldhulp(sliceOf(schuldhulpGestart, schuldhulpFase), TRAJECT_ID)!;
    expect(traject).toMatchObject({
      fase: 'SCHULDREGELING',
      providerAgb: kredietbank.agbCode,
      laatsteDatum: '2026-04-01',
    });
    expect(traject.einde).toBeUndefined();
  });
});

describe('validateCorrection', () => {
  const validate = (draft: DraftEvent, changes: Record<string, unknown>) =>
    werkInkomenDefinition.validateCorrection(eventOf(draft), changes);

  it('accepts dates, fase, soort, bedragAchterstand and schuldeiser where the entry has them', () => {
    expect(validate(aangevraagd, { datum: '2026-02-27' })).toBeUndefined();
    expect(validate(opgevolgd('CONTACT_GELEGD'), { datum: '2026-05-09' })).toBeUndefined();
    expect(
      validate(signaal, {
        ontvangenOp: '2026-04-30',
        soort: 'DRINKWATER',
        bedragAchterstand: 9900,
        schuldeiser: 'Evides',
      }),
    ).toBeUndefined();
    expect(validate(signaal, { bedragAchterstand: null })).toBeUndefined();
    expect(validate(schuldhulpGestart, { fase: 'BUDGETBEHEER', datum: '2026-01-30' })).toBeUndefined();
    expect(validate(schuldhulpBeeindigd, { fase: 'SCHULDREGELING' })).toBeUndefined();
    expect(validate(reintegratieGestart, { soort: 'JOBCOACHING', datum: '2026-01-10' })).toBeUndefined();
    expect(validate(reintegratieBeeindigd, { datum: '2026-05-20' })).toBeUndefined();
  });

  it('refuses a change of the person of a traject with its own message', () => {
    for (const entry of [schuldhulpGestart, schuldhulpFase, reintegratieGestart, reintegratieBeeindigd]) {
      expect(validate(entry, { memberId: 'm-vader' })).toMatch(/persoon van een traject kan niet worden gecorrigeerd/);
    }
  });

  it('refuses every other field in Dutch, naming what can be corrected', () => {
    expect(validate(aangevraagd, { memberId: 'm-vader' })).toBe(
      'Van een bijstandsaanvraag zijn niet te corrigeren: memberId (wel: datum); trek de registratie zo nodig in en leg haar opnieuw vast',
    );
    expect(validate(aangevraagd, { bijstandsvorm: 'INKOMENSTOESLAG' })).toMatch(/niet te corrigeren: bijstandsvorm/);
    expect(validate(schuldhulpGestart, { providerAgb: werkbedrijf.agbCode })).toMatch(
      /niet te corrigeren: providerAgb/,
    );
    expect(validate(reintegratieBeeindigd, { resultaat: 'NIET_BEREIKT' })).toMatch(/niet te corrigeren: resultaat/);
    expect(validate(opgevolgd('CONTACT_GELEGD'), { stap: 'AFGESLOTEN' })).toMatch(/niet te corrigeren: stap/);
    expect(validate(signaal, { signaalId: 's-2' })).toMatch(/niet te corrigeren: signaalId/);
  });

  it('refuses bad values of correctable fields', () => {
    expect(validate(aangevraagd, { datum: '2026-02-30' })).toBe('datum is geen geldige datum (JJJJ-MM-DD)');
    expect(validate(signaal, { soort: 'TELEFOON' })).toMatch(/^soort: "TELEFOON" is geen geldige waarde/);
    expect(validate(signaal, { bedragAchterstand: -5 })).toMatch(/eurocenten/);
    expect(validate(signaal, { schuldeiser: ' ' })).toMatch(/schuldeiser/);
    expect(validate(schuldhulpGestart, { fase: 'SANERING' })).toMatch(/^fase:/);
    expect(validate(reintegratieGestart, { soort: 'HUUR' })).toMatch(/^soort:/);
    expect(validate(schuldhulpFase, { fase: 'STABILISATIE' })).toMatch(/dezelfde fase/);
  });

  it('refuses corrections of entries it does not know', () => {
    expect(validate({ type: 'werk-inkomen.Onbekend', data: {} }, { datum: '2026-01-01' })).toMatch(
      /kan niets worden gecorrigeerd/,
    );
  });
});

describe('describe', () => {
  const names: NameLookup = {
    member: (memberId) => (memberId === moeder.memberId ? moeder.name : undefined),
    provider: (agb) => (agb === kredietbank.agbCode ? kredietbank.name : undefined),
  };
  const describe_ = (draft: DraftEvent) => werkInkomenDefinition.describe(eventOf(draft), names);

  it('formats euro cents the Dutch way', () => {
    expect(formatEuro(124000)).toBe('€ 1.240,00');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123456789)).toBe('€ 1.234.567,89');
  });

  it('describes a vroegsignaal with creditor, amount and person, and opens a signal', () => {
    expect(describe_(signaal)).toEqual({
      summary: 'Vroegsignaal huurachterstand van Woonstad (€ 1.240,00) voor Sanne de Vries',
      memberId: moeder.memberId,
      category: 'vroegsignaal huurachterstand',
      status: 'ontvangen',
      // ontvangenOp 2026-05-01 + WGS_OPVOLGING_TERMIJN_DAYS (28)
      signal: { key: SIGNAAL_ID, open: true, kind: 'WGS_VROEGSIGNAAL', dueOn: '2026-05-29' },
    });
  });

  it('closes the signal on a follow-up that picks it up, not on one that does not', () => {
    expect(
      describe_({
        ...opgevolgd('HULP_AANGEBODEN'),
        data: { ...(opgevolgd('HULP_AANGEBODEN').data as object), note: 'Intake gepland' },
      }),
    ).toEqual({
      summary: 'Vroegsignaal opgevolgd: hulp aangeboden voor Sanne de Vries',
      memberId: moeder.memberId,
      category: 'vroegsignaal',
      status: 'hulp aangeboden',
      note: 'Intake gepland',
      signal: { key: SIGNAAL_ID, open: false, kind: 'WGS_VROEGSIGNAAL' },
    });
    expect(describe_(opgevolgd('GEEN_CONTACT_MOGELIJK'))).not.toHaveProperty('signal');
  });

  it('gives a traject start with its afweging and tarief a maatwerk and a cost fact', () => {
    const afweging = { afwegingId: 'afw-1', lowerRungsConsidered: true, alternatives: [] };
    const tarief = { kind: 'PER_MAAND', monthlyCents: 45_000 } as const;
    const start = { ...schuldhulpGestart, data: { ...(schuldhulpGestart.data as object), afweging, tarief } };
    expect(describe_(start)).toMatchObject({
      maatwerk: {
        key: TRAJECT_ID,
        memberId: moeder.memberId,
        category: 'SCHULDHULP',
        decidedOn: '2026-02-01',
        lowerRungsConsidered: true,
        alternativesOffered: 0,
        reasonNoAlternativeGiven: false,
      },
      cost: {
        key: TRAJECT_ID,
        memberId: moeder.memberId,
        providerAgb: kredietbank.agbCode,
        validFrom: '2026-02-01',
        tariff: tarief,
      },
    });
    const reintegratie = { ...reintegratieGestart, data: { ...(reintegratieGestart.data as object), afweging } };
    expect(describe_(reintegratie).maatwerk?.category).toBe('REINTEGRATIE');
    expect(describe_(reintegratie).cost).toBeUndefined();
    expect(describe_(schuldhulpGestart)).not.toHaveProperty('maatwerk');
  });

  it('gives granted bijstand with an amount a monthly cost fact and no maatwerk fact', () => {
    const toegekend = {
      type: T.bijstandToegekend,
      data: {
        bijstandId: BIJSTAND_ID,
        memberId: moeder.memberId,
        bijstandsvorm: 'ALGEMENE_BIJSTAND',
        datum: '2026-02-01',
        bedragPerMaand: 130_000,
      },
    };
    const described = describe_(toegekend);
    expect(described.cost).toEqual({
      key: BIJSTAND_ID,
      memberId: moeder.memberId,
      validFrom: '2026-02-01',
      tariff: { kind: 'PER_MAAND', monthlyCents: 130_000 },
    });
    expect(described).not.toHaveProperty('maatwerk');
  });

  it('describes the start of schuldhulp with a TRAJECT episode', () => {
    expect(describe_(schuldhulpGestart)).toEqual({
      summary: 'Schuldhulp gestart (stabilisatie) bij Kredietbank Rijnmond voor Sanne de Vries',
      memberId: moeder.memberId,
      providerAgb: kredietbank.agbCode,
      category: 'schuldhulp (stabilisatie)',
      status: 'gestart',
      episode: {
        key: TRAJECT_ID,
        kind: 'TRAJECT',
        step: 'GESTART',
        date: '2026-02-01',
        label: 'schuldhulp (stabilisatie)',
      },
    });
    expect(describe_(schuldhulpBeeindigd).episode).toMatchObject({ step: 'GESTOPT', date: '2026-03-01' });
    expect(describe_(schuldhulpFase).episode).toBeUndefined();
  });

  it('describes the end of re-integratie with its resultaat, falling back to the AGB-code for an unknown provider', () => {
    const description = describe_(reintegratieBeeindigd);
    expect(description.summary).toBe(
      'Re-integratie beëindigd: werk gevonden (werkfit bij aanbieder met AGB-code 23456789 voor onbekende persoon)',
    );
    expect(description.episode).toEqual({
      key: TRAJECT_ID,
      kind: 'TRAJECT',
      step: 'GESTOPT',
      date: '2026-05-15',
      label: 're-integratie (werkfit)',
    });
    expect(describe_(reintegratieGestart).episode).toMatchObject({ step: 'GESTART', date: '2026-01-15' });
  });

  it('describes a bijstand besluit without an episode, the reden only as note', () => {
    expect(describe_({ ...toegekend, data: { ...(toegekend.data as object), reden: 'Geen inkomen' } })).toEqual({
      summary: 'Bijstand toegekend: algemene bijstand voor Sanne de Vries',
      memberId: moeder.memberId,
      category: 'algemene bijstand',
      status: 'toegekend',
      note: 'Geen inkomen',
    });
  });
});
