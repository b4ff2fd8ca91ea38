import {
  HouseholdEventType,
  asHistory,
  givenHousehold,
  householdDecide,
  householdRegistered,
  fixtureMembers,
  rejectionOf,
  type DraftEvent,
  type HouseholdEvent,
  type NameLookup,
} from '@regie/household';
import { JEUGD_WACHTTIJD_NORM_DAYS, jeugdDefinition } from './index';
import * as decide from './jeugd.decide';
import { JeugdEventType, type ToewijzingVastgelegd } from './jeugd.events';
import { evolveJeugd, findToewijzing, initialJeugdState, toewijzingen, type JeugdState } from './jeugd.state';

const provider = { agbCode: '12345678', name: 'Jeugdteam Noord', domains: ['JEUGD'] };
const { zoon } = fixtureMembers;
const domains = [jeugdDefinition];
const given = (...history: DraftEvent[]) =>
  givenHousehold([householdRegistered(), ...history], { domains, providers: [provider] });
const jeugdOf = (context: ReturnType<typeof given>) => context.state.domains.JEUGD as JeugdState;

const toewijzingData: ToewijzingVastgelegd = {
  memberId: zoon.memberId,
  providerAgb: provider.agbCode,
  toewijzingNummer: 'T1001',
  toewijzingsdatum: '2026-01-02',
  ingangsdatum: '2026-01-05',
  einddatum: '2026-12-31',
  productcategorie: '45',
  productcode: '45A01',
  omvang: { volume: 2, eenheid: '04', frequentie: '2' },
  verwijzer: '01',
  note: 'Opvoedondersteuning',
};
const toewijzing: DraftEvent = { type: JeugdEventType.toewijzingVastgelegd, data: toewijzingData };
const startData = {
  toewijzingNummer: 'T1001',
  memberId: zoon.memberId,
  providerAgb: provider.agbCode,
  productcategorie: '45',
  productcode: '45A01',
  begindatum: '2026-02-01',
};
const started: DraftEvent = { type: JeugdEventType.zorgGestart, data: startData };
const stopped: DraftEvent = {
  type: JeugdEventType.zorgGestopt,
  data: { ...startData, einddatum: '2026-03-31', redenBeeindiging: '19' },
};
const corrected = (entryId: string, entryType: string, changes: Record<string, unknown>): DraftEvent => ({
  type: HouseholdEventType.entryCorrected,
  data: { entryId, entryType, domain: 'JEUGD', reason: 'invoerfout', changes },
});
const withdrawn = (entryId: string, entryType: string): DraftEvent => ({
  type: HouseholdEventType.entryWithdrawn,
  data: { entryId, entryType, domain: 'JEUGD', reason: 'ten onrechte' },
});
/** A stored-looking event (id e1) for validateCorrection and describe. */
const stored = (draft: DraftEvent): HouseholdEvent => asHistory([draft], domains)[0]!;

describe('the Jeugd definition', () => {
  it('names the domain, its prefix, its retention and the waiting-time norm', () => {
    expect(jeugdDefinition).toMatchObject({ code: 'JEUGD', eventPrefix: 'jeugd.', label: 'Jeugd', retentionYears: 20 });
    expect(JEUGD_WACHTTIJD_NORM_DAYS).toBe(42);
  });
});

describe('evolve', () => {
  it('folds toewijzing, start and stop into one toewijzing with one period', () => {
    const view = findToewijzing(jeugdOf(given(toewijzing, started, stopped)), 'T1001')!;
    expect(view.toewijzing).toEqual({
      id: 'e2',
      type: JeugdEventType.toewijzingVastgelegd,
      data: toewijzingData,
      withdrawn: false,
    });
    expect(view.periods).toHaveLength(1);
    expect(view.current?.start.data.begindatum).toBe('2026-02-01');
    expect(view.current?.stop?.data.einddatum).toBe('2026-03-31');
  });

  it('merges a correction into the entry it refers to; null removes a field', () => {
    const state = jeugdOf(
      given(
        toewijzing,
        corrected('e2', JeugdEventType.toewijzingVastgelegd, { einddatum: '2026-01-31', productcode: null }),
      ),
    );
    const { data } = findToewijzing(state, 'T1001')!.toewijzing;
    expect(data.einddatum).toBe('2026-01-31');
    expect(data).not.toHaveProperty('productcode');
    expect(data.ingangsdatum).toBe('2026-01-05');
  });

  it('lets the deciders see the corrected values', () => {
    const context = given(
      toewijzing,
      corrected('e2', JeugdEventType.toewijzingVastgelegd, { einddatum: '2026-01-31' }),
    );
    expect(
      rejectionOf(() => decide.recordJeugdZorgStart({ toewijzingNummer: 'T1001', begindatum: '2026-02-01' }, context)),
    ).toBe('BAD_USER_INPUT');
  });

  it('corrects the begindatum of a start', () => {
    const state = jeugdOf(
      given(toewijzing, started, corrected('e3', JeugdEventType.zorgGestart, { begindatum: '2026-02-03' })),
    );
    expect(findToewijzing(state, 'T1001')!.current?.start.data.begindatum).toBe('2026-02-03');
  });

  it('no longer counts a withdrawn toewijzing, and no longer counts a withdrawn stop', () => {
    expect(
      findToewijzing(jeugdOf(given(toewijzing, withdrawn('e2', JeugdEventType.toewijzingVastgelegd))), 'T1001'),
    ).toBeUndefined();
    expect(toewijzingen(jeugdOf(given(toewijzing, withdrawn('e2', JeugdEventType.toewijzingVastgelegd))))).toEqual([]);
    const view = findToewijzing(
      jeugdOf(given(toewijzing, started, stopped, withdrawn('e4', JeugdEventType.zorgGestopt))),
      'T1001',
    )!;
    expect(view.current?.stop).toBeUndefined();
  });

  it('ignores corrections and withdrawals of other domains and of unknown entries', () => {
    const [entry] = asHistory([toewijzing], domains);
    const { core } = given().state;
    const state = evolveJeugd(initialJeugdState, entry!, core);
    const others = asHistory(
      [
        {
          type: HouseholdEventType.entryWithdrawn,
          data: { entryId: 'e1', entryType: 'x', domain: 'WMO', reason: 'x' },
        },
        corrected('e9', JeugdEventType.toewijzingVastgelegd, { einddatum: '2026-02-01' }),
      ],
      domains,
    );
    expect(others.reduce((current, event) => evolveJeugd(current, event, core), state)).toEqual(state);
  });
});

describe('validateCorrection', () => {
  const validate = (draft: DraftEvent, changes: Record<string, unknown>) =>
    jeugdDefinition.validateCorrection(stored(draft), changes);

  it.each([
    ['the ingangsdatum', { ingangsdatum: '2026-01-12' }],
    ['the einddatum with a reden wijziging', { einddatum: '2026-06-30', redenWijziging: '05' }],
    ['the productcode', { productcode: '45B02' }],
    ['the omvang', { omvang: { volume: 3, eenheid: '04', frequentie: '2' } }],
    ['omvang into budget', { omvang: null, budget: 120_000 }],
  ])('accepts a correction of %s on a toewijzing', (_case, changes) => {
    expect(validate(toewijzing, changes)).toBeUndefined();
  });

  it('accepts a begindatum on a start and einddatum/reden on a stop', () => {
    expect(validate(started, { begindatum: '2026-02-02' })).toBeUndefined();
    expect(
      validate(stopped, { einddatum: '2026-03-30', redenBeeindiging: '34', redenWijziging: '14' }),
    ).toBeUndefined();
  });

  it.each([
    ['the member', toewijzing, { memberId: 'm-dochter' }, 'niet te corrigeren: memberId'],
    ['the productcategorie', toewijzing, { productcategorie: '43' }, 'niet te corrigeren: productcategorie'],
    ['a begindatum on a toewijzing', toewijzing, { begindatum: '2026-02-02' }, 'niet te corrigeren: begindatum'],
    ['an einddatum on a start', started, { einddatum: '2026-02-02' }, 'niet te corrigeren: einddatum'],
    ['only a reden wijziging', toewijzing, { redenWijziging: '14' }, 'alleen een redenWijziging'],
    ['a reden wijziging outside JZ002', toewijzing, { einddatum: '2026-06-30', redenWijziging: '99' }, 'JZ002'],
    ['an impossible ingangsdatum', toewijzing, { ingangsdatum: '2026-02-30' }, 'geen geldige datum'],
    ['removing the ingangsdatum', toewijzing, { ingangsdatum: null }, 'geen geldige datum'],
    ['a bad productcode', toewijzing, { productcode: 'X' }, 'productcode'],
    ['a bad omvang', toewijzing, { omvang: { volume: 2, eenheid: '99', frequentie: '2' } }, 'WJ756'],
    ['a budget next to the omvang', toewijzing, { budget: 1000 }, 'niet allebei'],
    ['an einddatum before the ingangsdatum', toewijzing, { einddatum: '2026-01-01' }, 'vóór de ingangsdatum'],
    ['removing the einddatum of a weekly omvang', toewijzing, { einddatum: null }, 'per week'],
    ['a stop before its start', stopped, { einddatum: '2026-01-31' }, 'vóór de begindatum'],
    ['a reden beëindiging outside JZ588', stopped, { redenBeeindiging: '99' }, 'JZ588'],
  ])('rejects %s with a Dutch message', (_case, draft, changes, message) => {
    expect(validate(draft, changes)).toContain(message);
  });

  it('rejects any correction of a verzoek om toewijzing or a contactmoment', () => {
    const verzoek: DraftEvent = {
      type: JeugdEventType.verzoekOmToewijzingOntvangen,
      data: {
        memberId: zoon.memberId,
        providerAgb: provider.agbCode,
        productcategorie: '45',
        gewensteIngangsdatum: '2026-07-01',
        verwijzer: '02',
      },
    };
    const contact: DraftEvent = {
      type: JeugdEventType.contactmomentVastgelegd,
      data: { memberId: zoon.memberId, datum: '2026-06-01', soort: 'GESPREK', note: 'x' },
    };
    expect(validate(verzoek, { gewensteIngangsdatum: '2026-08-01' })).toContain('verzoek om toewijzing');
    expect(validate(contact, { datum: '2026-06-02' })).toContain('contactmoment');
  });

  it('is what the household uses to accept or refuse a correction', () => {
    const context = given(toewijzing);
    expect(
      householdDecide.correctEntry(
        { entryId: 'e2', reason: 'invoerfout', changes: { einddatum: '2026-06-30' } },
        context,
      ),
    ).toEqual([
      {
        type: HouseholdEventType.entryCorrected,
        data: {
          ...(corrected('e2', JeugdEventType.toewijzingVastgelegd, { einddatum: '2026-06-30' }).data as object),
          memberId: zoon.memberId,
        },
      },
    ]);
    expect(
      rejectionOf(() =>
        householdDecide.correctEntry({ entryId: 'e2', reason: 'x', changes: { productcategorie: '43' } }, context),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('describe', () => {
  const names: NameLookup = {
    member: (id) => (id === zoon.memberId ? zoon.name : undefined),
    provider: (agb) => (agb === provider.agbCode ? provider.name : undefined),
  };
  const describe_ = (draft: DraftEvent, lookup = names) => jeugdDefinition.describe(stored(draft), lookup);

  it('describes a toewijzing with its episode and keeps the note for Jeugd', () => {
    const { einddatum: _einddatum, ...open } = toewijzingData;
    expect(describe_({ type: JeugdEventType.toewijzingVastgelegd, data: open })).toEqual({
      summary: 'Toewijzing: ambulant (45) bij Jeugdteam Noord voor Noah de Vries, vanaf 5 januari 2026',
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      category: '45 ambulant',
      status: 'TOEGEWEZEN',
      note: 'Opvoedondersteuning',
      episode: {
        key: 'T1001',
        kind: 'TOEWIJZING',
        step: 'TOEGEWEZEN',
        date: '2026-01-02',
        label: 'ambulant (45)',
        ingangsdatum: '2026-01-05',
      },
    });
    expect(describe_(toewijzing).summary).toBe(
      'Toewijzing: ambulant (45) bij Jeugdteam Noord voor Noah de Vries, vanaf 5 januari 2026 tot en met 31 december 2026',
    );
  });

  it('gives a toewijzing with its afweging and price per eenheid a maatwerk and a cost fact', () => {
    const afweging = {
      afwegingId: 'afw-1',
      lowerRungsConsidered: true,
      alternatives: [{ voorzieningId: 'vv-1', naam: 'Opvoedsteunpunt' }],
      reasonNoAlternative: 'Wachtlijst van vier maanden',
    };
    const data = { ...toewijzingData, tariefPerEenheidCents: 8_250, afweging };
    expect(describe_({ type: JeugdEventType.toewijzingVastgelegd, data })).toMatchObject({
      maatwerk: {
        key: 'T1001',
        memberId: zoon.memberId,
        category: '45',
        decidedOn: '2026-01-02',
        lowerRungsConsidered: true,
        alternativesOffered: 1,
        reasonNoAlternativeGiven: true,
      },
      cost: {
        key: 'T1001',
        memberId: zoon.memberId,
        providerAgb: provider.agbCode,
        validFrom: '2026-01-05',
        validUntil: '2026-12-31',
        tariff: { kind: 'PER_EENHEID', pricePerUnitCents: 8_250, volume: 2, unit: '04', frequency: '2' },
      },
    });
  });

  it('takes a budget toewijzing as its own tariff basis; an omvang without a price has no cost fact', () => {
    const { omvang: _omvang, einddatum: _einddatum, ...aspecific } = toewijzingData;
    const budget = describe_({ type: JeugdEventType.toewijzingVastgelegd, data: { ...aspecific, budget: 250_000 } });
    expect(budget.cost).toEqual({
      key: 'T1001',
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      validFrom: '2026-01-05',
      tariff: { kind: 'BUDGET', budgetCents: 250_000 },
    });
    expect(describe_(toewijzing).cost).toBeUndefined();
    expect(describe_(toewijzing).maatwerk).toBeUndefined();
  });

  it('describes start and stop as steps of the same episode', () => {
    expect(describe_(started)).toEqual({
      summary: 'Zorg gestart: ambulant bij Jeugdteam Noord voor Noah de Vries',
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      category: '45 ambulant',
      status: 'GESTART',
      episode: { key: 'T1001', kind: 'TOEWIJZING', step: 'GESTART', date: '2026-02-01', label: 'ambulant (45)' },
    });
    const stop = describe_(stopped);
    expect(stop.summary).toBe('Zorg gestopt: ambulant bij Jeugdteam Noord voor Noah de Vries (volgens plan beëindigd)');
    expect(stop.episode).toEqual({
      key: 'T1001',
      kind: 'TOEWIJZING',
      step: 'GESTOPT',
      date: '2026-03-31',
      label: 'ambulant (45)',
    });
  });

  it('falls back to "onbekende persoon" and the AGB-code', () => {
    const nobody: NameLookup = { member: () => undefined, provider: () => undefined };
    expect(describe_(started, nobody).summary).toBe(
      'Zorg gestart: ambulant bij aanbieder met AGB-code 12345678 voor onbekende persoon',
    );
  });

  it('describes a contactmoment without putting its note in the summary', () => {
    const contact: DraftEvent = {
      type: JeugdEventType.contactmomentVastgelegd,
      data: { memberId: zoon.memberId, datum: '2026-06-01', soort: 'HUISBEZOEK', note: 'Vertrouwelijk verslag' },
    };
    const line = describe_(contact);
    expect(line.summary).toBe('Contactmoment (huisbezoek) met Noah de Vries');
    expect(line.note).toBe('Vertrouwelijk verslag');
    expect(line.episode).toBeUndefined();
  });
});
