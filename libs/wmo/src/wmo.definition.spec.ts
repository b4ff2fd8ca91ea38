import {
  asHistory,
  householdDecide,
  rejectionOf,
  type DraftEvent,
  type HouseholdEvent,
  type NameLookup,
} from '@regie/household';
import { wmoDefinition } from './wmo.definition';
import { WMO_DOMAIN, WmoEventType } from './wmo.events';
import { findMelding, findToewijzing, type WmoState } from './wmo.state';
import { recordWmoZorgStart, recordWmoZorgStop } from './wmo.zorg.decide';
import {
  BESLUIT_ID,
  MELDING_ID,
  besluitGenomen,
  corrected,
  given,
  meldingOntvangen,
  moeder,
  onderzoekAfgerond,
  thuiszorg,
  toewijzingVastgelegd,
  withdrawn,
  zorgGestart,
  zorgGestopt,
} from './test/wmo.fixtures';

const wmo = (history: readonly DraftEvent[]) => given(history).state.domains[WMO_DOMAIN] as WmoState;
/** One draft as the stored event the household would hand to describe/validateCorrection. */
const stored = (draft: DraftEvent): HouseholdEvent => asHistory([draft], [wmoDefinition])[0]!;

describe('the Wmo definition', () => {
  it('is the Wmo domain with 15 years of retention', () => {
    expect(wmoDefinition).toMatchObject({ code: 'WMO', eventPrefix: 'wmo.', label: 'Wmo', retentionYears: 15 });
  });
});

describe('evolve', () => {
  it('merges a correction into the entry it corrects', () => {
    const history = [
      toewijzingVastgelegd(),
      corrected('e2', WmoEventType.toewijzingVastgelegd, { einddatum: '2027-06-30', redenWijziging: '04' }),
    ];
    expect(findToewijzing(wmo(history), 'W1001')?.toewijzing.data).toMatchObject({
      einddatum: '2027-06-30',
      redenWijziging: '04',
      ingangsdatum: '2026-03-01',
    });
  });

  it('lets deciders see the corrected values', () => {
    const history = [
      toewijzingVastgelegd({ einddatum: '2026-04-30' }),
      zorgGestart(),
      corrected('e2', WmoEventType.toewijzingVastgelegd, { einddatum: '2026-12-31' }),
    ];
    expect(
      recordWmoZorgStop({ toewijzingNummer: 'W1001', einddatum: '2026-05-31', redenBeeindiging: '19' }, given(history)),
    ).toHaveLength(1);
  });

  it('removes an optional field corrected to null', () => {
    const history = [
      toewijzingVastgelegd({ omvang: { volume: 3, eenheid: '04', frequentie: '4' } }),
      corrected('e2', WmoEventType.toewijzingVastgelegd, { omvang: null, budget: 50_000 }),
    ];
    const data = findToewijzing(wmo(history), 'W1001')!.toewijzing.data;
    expect(data).not.toHaveProperty('omvang');
    expect(data.budget).toBe(50_000);
  });

  it('no longer counts a withdrawn entry', () => {
    const history = [toewijzingVastgelegd(), zorgGestart(), withdrawn('e3', WmoEventType.zorgGestart)];
    expect(findToewijzing(wmo(history), 'W1001')?.periods).toEqual([]);
    expect(recordWmoZorgStart({ toewijzingNummer: 'W1001', begindatum: '2026-03-10' }, given(history))).toHaveLength(1);
  });

  it('leaves a melding open again when its onderzoek is withdrawn', () => {
    const history = [meldingOntvangen(), onderzoekAfgerond(), withdrawn('e3', WmoEventType.onderzoekAfgerond)];
    expect(findMelding(wmo(history), MELDING_ID)?.onderzoek).toBeUndefined();
  });

  it('ignores corrections and withdrawals addressed to another domain', () => {
    const context = given([toewijzingVastgelegd()]);
    const state = context.state.domains[WMO_DOMAIN] as WmoState;
    for (const draft of [
      corrected('e2', WmoEventType.toewijzingVastgelegd, { einddatum: '2027-01-01' }),
      withdrawn('e2', WmoEventType.toewijzingVastgelegd),
    ]) {
      const event = stored({ ...draft, data: { ...(draft.data as object), domain: 'JEUGD' } });
      expect(wmoDefinition.evolve(state, event, context.state.core)).toBe(state);
    }
  });
});

describe('validateCorrection', () => {
  const validate = (draft: DraftEvent, changes: Record<string, unknown>) =>
    wmoDefinition.validateCorrection(stored(draft), changes);

  it('accepts the dates, omvang and productcode of a toewijzing, with a WMO002 reden', () => {
    expect(validate(toewijzingVastgelegd(), { ingangsdatum: '2026-03-02', redenWijziging: '14' })).toBeUndefined();
    expect(validate(toewijzingVastgelegd(), { omvang: { volume: 4, eenheid: '04', frequentie: '2' } })).toBeUndefined();
    expect(validate(toewijzingVastgelegd(), { productcode: '01B02' })).toBeUndefined();
  });

  it('refuses other fields of a toewijzing, naming what may be corrected', () => {
    expect(validate(toewijzingVastgelegd(), { providerAgb: '12345678' })).toMatch(/niet te corrigeren: providerAgb/);
    expect(validate(toewijzingVastgelegd(), { productcategorie: '02' })).toMatch(/niet te corrigeren/);
  });

  it('checks the corrected toewijzing as a whole', () => {
    expect(validate(toewijzingVastgelegd(), { einddatum: null })).toMatch(/per week heeft een einddatum nodig/);
    expect(validate(toewijzingVastgelegd(), { budget: 10_000 })).toMatch(/omvang óf een budget/);
    expect(validate(toewijzingVastgelegd(), { einddatum: '2026-02-01' })).toMatch(/vóór de ingangsdatum/);
  });

  it('checks values against their code lists', () => {
    expect(validate(toewijzingVastgelegd(), { einddatum: '2027-01-01', redenWijziging: '99' })).toMatch(/WMO002/);
    expect(validate(zorgGestopt(), { redenBeeindiging: '32' })).toMatch(/WMO588/);
    expect(validate(besluitGenomen(), { uitkomst: 'MISSCHIEN' })).toMatch(/uitkomst/);
  });

  it('accepts the begindatum of a start and the einddatum and reden of a stop', () => {
    expect(validate(zorgGestart(), { begindatum: '2026-03-10' })).toBeUndefined();
    expect(validate(zorgGestopt(), { einddatum: '2026-06-01', redenBeeindiging: '21' })).toBeUndefined();
    expect(validate(zorgGestopt(), { einddatum: '2026-03-01' })).toMatch(/vóór de begindatum/);
    expect(validate(zorgGestart(), { providerAgb: thuiszorg.agbCode })).toMatch(/niet te corrigeren/);
  });

  it('accepts the besluitdatum and uitkomst of a besluit when the besluit still holds together', () => {
    expect(validate(besluitGenomen(), { besluitdatum: '2026-02-21' })).toBeUndefined();
    expect(validate(besluitGenomen(), { uitkomst: 'AFGEWEZEN' })).toBeUndefined();
    expect(validate(besluitGenomen(), { uitkomst: 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING' })).toMatch(
      /trek het besluit in/,
    );
    expect(validate(besluitGenomen(), { motivering: 'anders' })).toMatch(/niet te corrigeren: motivering/);
  });

  it('refuses a correction of a melding or an onderzoek', () => {
    expect(validate(meldingOntvangen(), { meldingsdatum: '2026-01-19' })).toMatch(/Van een melding kan niets/);
    expect(validate(onderzoekAfgerond(), { conclusie: 'ALGEMENE_VOORZIENING' })).toMatch(/Van een onderzoek kan niets/);
  });

  it('refuses a correction that only gives a reden', () => {
    expect(validate(zorgGestart(), { redenWijziging: '14' })).toMatch(/alleen een redenWijziging/);
  });

  it('is what the household correction decider asks', () => {
    const context = given([toewijzingVastgelegd()]);
    const command = { entryId: 'e2', reason: 'typefout', changes: { providerAgb: thuiszorg.agbCode } };
    expect(rejectionOf(() => householdDecide.correctEntry(command, context))).toBe('BAD_USER_INPUT');
    expect(householdDecide.correctEntry({ ...command, changes: { ingangsdatum: '2026-03-02' } }, context)).toHaveLength(
      1,
    );
  });
});

describe('describe', () => {
  const names: NameLookup = {
    member: (memberId) => (memberId === moeder.memberId ? moeder.name : undefined),
    provider: (agb) => (agb === thuiszorg.agbCode ? thuiszorg.name : undefined),
  };
  const describe_ = (draft: DraftEvent, lookup: NameLookup = names) => wmoDefinition.describe(stored(draft), lookup);

  it('describes a melding with the deadline of the onderzoek; the hulpvraag is a note', () => {
    expect(describe_(meldingOntvangen())).toEqual({
      summary: 'Melding ontvangen: hulpvraag voor Sanne de Vries; onderzoek uiterlijk 1 maart 2026',
      memberId: moeder.memberId,
      category: 'Wmo-melding',
      status: 'GEMELD',
      note: 'Kan het huishouden niet meer aan na een heupoperatie',
      signal: { key: MELDING_ID, open: true, kind: 'WMO_ONDERZOEK', dueOn: '2026-03-01' },
    });
  });

  it('describes an onderzoek with its keukentafelgesprek and conclusion', () => {
    const onderzoek = onderzoekAfgerond({
      conclusie: 'ALGEMENE_VOORZIENING',
      algemeneVoorziening: { overwogen: true, toereikend: 'JA', toelichting: 'wijkrestaurant' },
    });
    expect(describe_(onderzoek)).toEqual({
      summary: 'Onderzoek afgerond (keukentafelgesprek 10 februari 2026): algemene voorziening volstaat',
      memberId: moeder.memberId,
      category: 'Wmo-onderzoek',
      status: 'ALGEMENE_VOORZIENING',
      note: 'algemene voorziening: wijkrestaurant',
      signal: { key: MELDING_ID, open: false, kind: 'WMO_ONDERZOEK' },
      ladder: {
        key: MELDING_ID,
        memberId: moeder.memberId,
        requestKey: MELDING_ID,
        assessedOn: '2026-02-12',
        rungs: {
          EIGEN_KRACHT: { considered: true, sufficient: 'NEE' },
          GEBRUIKELIJKE_HULP: { considered: true, sufficient: 'NEE' },
          MANTELZORG: { considered: true, sufficient: 'NEE' },
          SOCIAAL_NETWERK: { considered: true, sufficient: 'NEE' },
          ALGEMENE_VOORZIENING: { considered: true, sufficient: 'JA' },
        },
        outcome: 'ALGEMENE_VOORZIENING',
      },
    });
  });

  it('maps the conclusie to the ladder outcome; a trede not overwogen counts as not considered', () => {
    expect(describe_(onderzoekAfgerond()).ladder?.outcome).toBe('MAATWERK');
    const network = onderzoekAfgerond({
      conclusie: 'GEEN_ONDERSTEUNING_NODIG',
      mantelzorg: { overwogen: true, toereikend: 'JA' },
      algemeneVoorziening: { overwogen: false, toereikend: 'NEE' },
    });
    expect(describe_(network).ladder).toMatchObject({
      outcome: 'NETWERK',
      rungs: { MANTELZORG: { considered: true, sufficient: 'JA' }, ALGEMENE_VOORZIENING: { considered: false } },
    });
    const own = onderzoekAfgerond({
      conclusie: 'GEEN_ONDERSTEUNING_NODIG',
      eigenKracht: { overwogen: true, toereikend: 'JA' },
    });
    expect(describe_(own).ladder?.outcome).toBe('EIGEN_KRACHT');
  });

  it('gives a toekenning with its afweging a maatwerk fact; older besluiten and refusals have none', () => {
    const afweging = { lowerRungsConsidered: true, alternatives: [{ voorzieningId: 'vv-2', naam: 'Buurtkamer' }] };
    expect(describe_(besluitGenomen({ productcategorie: '02', afweging })).maatwerk).toEqual({
      key: BESLUIT_ID,
      memberId: moeder.memberId,
      category: '02',
      decidedOn: '2026-02-20',
      lowerRungsConsidered: true,
      alternativesOffered: 1,
      reasonNoAlternativeGiven: false,
    });
    expect(describe_(besluitGenomen()).maatwerk).toBeUndefined();
    expect(describe_(besluitGenomen({ uitkomst: 'AFGEWEZEN', afweging })).maatwerk).toBeUndefined();
  });

  it('gives a toewijzing with a price per eenheid a cost fact and no maatwerk fact (that is the besluit)', () => {
    const described = describe_(toewijzingVastgelegd({ tariefPerEenheidCents: 5_400 }));
    expect(described.maatwerk).toBeUndefined();
    expect(described.cost).toMatchObject({ key: 'W1001', validFrom: '2026-03-01', validUntil: '2026-12-31' });
    expect(described.cost?.tariff.kind).toBe('PER_EENHEID');
  });

  it('says when the onderzoek took longer than six weeks', () => {
    const late = onderzoekAfgerond({ afgerondOp: '2026-03-05', keukentafelgesprekOp: undefined });
    expect(describe_(late).summary).toBe(
      'Onderzoek afgerond: maatwerkvoorziening nodig; na de wettelijke termijn (uiterlijk 1 maart 2026)',
    );
  });

  it('describes a besluit in need-to-know terms; the motivering is a note', () => {
    expect(describe_(besluitGenomen({ productcategorie: '02' }))).toMatchObject({
      summary: 'Besluit: maatwerkvoorziening begeleiding (02) toegekend',
      category: '02 begeleiding',
      status: 'TOEGEKEND',
      note: 'Geen van de treden volstaat; partner werkt fulltime',
    });
    const verwijzing = besluitGenomen({
      uitkomst: 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING',
      productcategorie: undefined,
      algemeneVoorziening: 'Buurtkamer De Schakel',
    });
    expect(describe_(verwijzing).summary).toBe('Besluit: verwezen naar algemene voorziening Buurtkamer De Schakel');
  });

  it('describes a toewijzing, a start and a stop as one episode keyed on the toewijzingNummer', () => {
    expect(describe_(toewijzingVastgelegd())).toEqual({
      summary:
        'Toewijzing: hulp bij het huishouden (01) bij Thuiszorg Zuid voor Sanne de Vries, vanaf 1 maart 2026 tot en met 31 december 2026',
      memberId: moeder.memberId,
      providerAgb: thuiszorg.agbCode,
      category: '01 hulp bij het huishouden',
      status: 'TOEGEWEZEN',
      episode: {
        key: 'W1001',
        kind: 'TOEWIJZING',
        step: 'TOEGEWEZEN',
        date: '2026-03-01',
        label: 'hulp bij het huishouden (01)',
        ingangsdatum: '2026-03-01',
      },
    });
    expect(describe_(zorgGestart())).toMatchObject({
      summary: 'Zorg gestart: hulp bij het huishouden bij Thuiszorg Zuid voor Sanne de Vries',
      status: 'GESTART',
      episode: { key: 'W1001', step: 'GESTART', date: '2026-03-09' },
    });
    expect(describe_(zorgGestopt())).toMatchObject({
      summary: 'Zorg gestopt: hulp bij het huishouden bij Thuiszorg Zuid voor Sanne de Vries (tijdelijk beëindigd)',
      status: 'GESTOPT',
      episode: { key: 'W1001', step: 'GESTOPT', date: '2026-05-31' },
    });
  });

  it('falls back to "onbekende persoon" and the AGB-code', () => {
    const nobody: NameLookup = { member: () => undefined, provider: () => undefined };
    expect(describe_(zorgGestart(), nobody).summary).toBe(
      'Zorg gestart: hulp bij het huishouden bij aanbieder met AGB-code 75750001 voor onbekende persoon',
    );
  });

  it('keeps free text out of the summary', () => {
    for (const draft of [meldingOntvangen(), besluitGenomen(), onderzoekAfgerond()]) {
      const { summary } = describe_(draft);
      expect(summary).not.toContain('heupoperatie');
      expect(summary).not.toContain('fulltime');
    }
  });
});
