import {
  DomainRejection,
  HouseholdEventType,
  fixtureMembers,
  givenHousehold,
  householdRegistered,
  rejectionOf,
  type DraftEvent,
} from '@regie/household';
import * as decide from './jeugd.decide';
import { jeugdDefinition } from './jeugd.definition';
import { JeugdEventType } from './jeugd.events';

const provider = { agbCode: '12345678', name: 'Jeugdteam Noord', domains: ['JEUGD'] };
const wmoProvider = { agbCode: '87654321', name: 'Thuiszorg West', domains: ['WMO'] };
const { zoon, dochter } = fixtureMembers;
const given = (...history: DraftEvent[]) =>
  givenHousehold([householdRegistered(), ...history], {
    domains: [jeugdDefinition],
    providers: [provider, wmoProvider],
  });

const toewijzingCommand: decide.RecordJeugdToewijzing = {
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
  note: '  Gezin vraagt hulp bij opvoeding  ',
};
const toewijzing: DraftEvent = {
  type: JeugdEventType.toewijzingVastgelegd,
  data: {
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
    note: 'Gezin vraagt hulp bij opvoeding',
    afweging: { lowerRungsConsidered: false, alternatives: [] },
  },
  occurredAt: '2026-01-02',
};
const startData = {
  toewijzingNummer: 'T1001',
  memberId: zoon.memberId,
  providerAgb: provider.agbCode,
  productcategorie: '45',
  productcode: '45A01',
  begindatum: '2026-02-01',
};
const started: DraftEvent = { type: JeugdEventType.zorgGestart, data: startData, occurredAt: '2026-02-01' };
const stopped: DraftEvent = {
  type: JeugdEventType.zorgGestopt,
  data: { ...startData, einddatum: '2026-03-31', redenBeeindiging: '20' },
  occurredAt: '2026-03-31',
};
/** The rejection code, with the field for BAD_USER_INPUT ("BAD_USER_INPUT:einddatum"), so a test fails when another rule fires. */
function rejectionWithField(decider: () => unknown): string {
  try {
    decider();
  } catch (error) {
    if (!(error instanceof DomainRejection)) throw error;
    const field = error.details.field;
    return typeof field === 'string' ? `${error.code}:${field}` : error.code;
  }
  throw new Error('expected the command to be rejected, but it was accepted');
}

// In the fixture history the toewijzing is e2, the start e3, the stop e4 (e1 is the registration).
const withdrawn = (entryId: string, entryType: string): DraftEvent => ({
  type: HouseholdEventType.entryWithdrawn,
  data: { entryId, entryType, domain: 'JEUGD', reason: 'ten onrechte verstuurd' },
});

describe('recordJeugdVerzoekOmToewijzing (JW315)', () => {
  const command: decide.RecordJeugdVerzoekOmToewijzing = {
    memberId: dochter.memberId,
    providerAgb: provider.agbCode,
    productcategorie: '54',
    gewensteIngangsdatum: '2026-07-01',
    verwijzer: '02',
    note: 'Verwijzing huisarts',
  };

  it('records the verzoek', () => {
    expect(decide.recordJeugdVerzoekOmToewijzing(command, given())).toEqual([
      {
        type: JeugdEventType.verzoekOmToewijzingOntvangen,
        data: {
          memberId: dochter.memberId,
          providerAgb: provider.agbCode,
          productcategorie: '54',
          gewensteIngangsdatum: '2026-07-01',
          verwijzer: '02',
          note: 'Verwijzing huisarts',
        },
      },
    ]);
  });

  it('keeps an optional productcode and drops an empty note', () => {
    const [draft] = decide.recordJeugdVerzoekOmToewijzing({ ...command, productcode: '54001', note: '   ' }, given());
    expect(draft!.data).toEqual({
      memberId: dochter.memberId,
      providerAgb: provider.agbCode,
      productcategorie: '54',
      productcode: '54001',
      gewensteIngangsdatum: '2026-07-01',
      verwijzer: '02',
    });
  });

  it.each([
    ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
    ['an unknown provider', { providerAgb: '99999999' }, 'PROVIDER_NOT_FOUND'],
    ['a provider not registered for Jeugd', { providerAgb: wmoProvider.agbCode }, 'BAD_USER_INPUT'],
    ['a productcategorie outside JZ020', { productcategorie: '39' }, 'BAD_USER_INPUT:productcategorie'],
    ['a productcode of the wrong length', { productcode: '45A0' }, 'BAD_USER_INPUT:productcode'],
    [
      'an impossible gewensteIngangsdatum',
      { gewensteIngangsdatum: '2026-02-30' },
      'BAD_USER_INPUT:gewensteIngangsdatum',
    ],
    ['a verwijzer outside COD327', { verwijzer: '07' }, 'BAD_USER_INPUT:verwijzer'],
  ])('rejects %s', (_case, change, code) => {
    expect(rejectionWithField(() => decide.recordJeugdVerzoekOmToewijzing({ ...command, ...change }, given()))).toBe(
      code,
    );
  });
});

describe('recordJeugdToewijzing (JW301)', () => {
  it('records a specific toewijzing dated on its toewijzingsdatum', () => {
    expect(decide.recordJeugdToewijzing(toewijzingCommand, given())).toEqual([toewijzing]);
  });

  it('records an aspecific toewijzing (no omvang, no budget) and one with a budget', () => {
    const aspecific = { ...toewijzingCommand, omvang: null, einddatum: null, productcode: null, note: null };
    expect(decide.recordJeugdToewijzing(aspecific, given())).toEqual([
      {
        type: JeugdEventType.toewijzingVastgelegd,
        data: {
          memberId: zoon.memberId,
          providerAgb: provider.agbCode,
          toewijzingNummer: 'T1001',
          toewijzingsdatum: '2026-01-02',
          ingangsdatum: '2026-01-05',
          productcategorie: '45',
          verwijzer: '01',
          afweging: { lowerRungsConsidered: false, alternatives: [] },
        },
        occurredAt: '2026-01-02',
      },
    ]);
    const [withBudget] = decide.recordJeugdToewijzing({ ...aspecific, budget: 250_000 }, given());
    expect(withBudget!.data).toMatchObject({ budget: 250_000 });
    expect(withBudget!.data).not.toHaveProperty('omvang');
  });

  it('stores the price per eenheid with an omvang, and refuses it without one', () => {
    const [event] = decide.recordJeugdToewijzing({ ...toewijzingCommand, tariefPerEenheid: 8_250 }, given());
    expect(event!.data).toMatchObject({ tariefPerEenheidCents: 8_250 });
    const withBudget = { ...toewijzingCommand, omvang: null, budget: 250_000, tariefPerEenheid: 8_250 };
    expect(rejectionOf(() => decide.recordJeugdToewijzing(withBudget, given()))).toBe('BAD_USER_INPUT');
    expect(
      rejectionOf(() => decide.recordJeugdToewijzing({ ...toewijzingCommand, tariefPerEenheid: 0 }, given())),
    ).toBe('BAD_USER_INPUT');
  });

  it("cites the child's latest Jeugd afweging and whether it considered every lower rung", () => {
    const nee = { considered: true, sufficient: 'NEE' };
    const afweging: DraftEvent = {
      type: HouseholdEventType.afwegingRecorded,
      data: {
        afwegingId: 'afw-1',
        domain: 'JEUGD',
        memberId: zoon.memberId,
        assessedOn: '2026-01-02',
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
    const [event] = decide.recordJeugdToewijzing(toewijzingCommand, given(afweging));
    expect(event!.data).toMatchObject({
      afweging: { afwegingId: 'afw-1', lowerRungsConsidered: true, alternatives: [] },
    });
  });

  it('needs a reason when the catalogue lists alternatives for the productcategorie, and stores them', () => {
    const alternatives = [{ voorzieningId: 'vv-1', naam: 'Opvoedsteunpunt Noord' }];
    const context = givenHousehold([householdRegistered()], {
      domains: [jeugdDefinition],
      providers: [provider],
      alternatives,
    });
    expect(rejectionOf(() => decide.recordJeugdToewijzing(toewijzingCommand, context))).toBe(
      'ALTERNATIVE_REASON_REQUIRED',
    );
    const reason = 'Opvoedsteunpunt heeft geen aanbod voor deze problematiek';
    const [event] = decide.recordJeugdToewijzing({ ...toewijzingCommand, redenGeenAlternatief: reason }, context);
    expect(event!.data).toMatchObject({
      afweging: { lowerRungsConsidered: false, alternatives, reasonNoAlternative: reason },
    });
  });

  it('accepts a monthly omvang without einddatum', () => {
    const command = {
      ...toewijzingCommand,
      einddatum: undefined,
      omvang: { volume: 8, eenheid: '04', frequentie: '4' },
    };
    expect(decide.recordJeugdToewijzing(command, given())).toHaveLength(1);
  });

  it('rejects a toewijzingNummer already used in this household (iJw 9332), also when withdrawn', () => {
    const other = { ...toewijzingCommand, memberId: dochter.memberId };
    expect(rejectionOf(() => decide.recordJeugdToewijzing(other, given(toewijzing)))).toBe(
      'DUPLICATE_TOEWIJZINGNUMMER',
    );
    expect(
      rejectionOf(() =>
        decide.recordJeugdToewijzing(other, given(toewijzing, withdrawn('e2', JeugdEventType.toewijzingVastgelegd))),
      ),
    ).toBe('DUPLICATE_TOEWIJZINGNUMMER');
    expect(decide.recordJeugdToewijzing({ ...other, toewijzingNummer: 'T1002' }, given(toewijzing))).toHaveLength(1);
  });

  it.each([
    ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
    ['an unknown provider', { providerAgb: '99999999' }, 'PROVIDER_NOT_FOUND'],
    ['a provider not registered for Jeugd', { providerAgb: wmoProvider.agbCode }, 'BAD_USER_INPUT'],
    ['a malformed toewijzingNummer', { toewijzingNummer: 'T 1001' }, 'BAD_USER_INPUT:toewijzingNummer'],
    ['an empty toewijzingNummer', { toewijzingNummer: '' }, 'BAD_USER_INPUT:toewijzingNummer'],
    ['an impossible toewijzingsdatum', { toewijzingsdatum: '2026-13-01' }, 'BAD_USER_INPUT:toewijzingsdatum'],
    ['a toewijzingsdatum in the future', { toewijzingsdatum: '2026-06-16' }, 'BAD_USER_INPUT:toewijzingsdatum'],
    ['an impossible ingangsdatum', { ingangsdatum: '05-01-2026' }, 'BAD_USER_INPUT:ingangsdatum'],
    ['an impossible einddatum', { einddatum: '2026-02-29' }, 'BAD_USER_INPUT:einddatum'],
    ['an einddatum before the ingangsdatum', { einddatum: '2026-01-04' }, 'BAD_USER_INPUT:einddatum'],
    ['a productcategorie outside JZ020', { productcategorie: '02' }, 'BAD_USER_INPUT:productcategorie'],
    ['a productcode of the wrong length', { productcode: '45A012' }, 'BAD_USER_INPUT:productcode'],
    ['a zero volume', { omvang: { volume: 0, eenheid: '04', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
    ['a fractional volume', { omvang: { volume: 1.5, eenheid: '04', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
    ['an eenheid outside WJ756', { omvang: { volume: 2, eenheid: '02', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
    ['a frequentie outside WMO757', { omvang: { volume: 2, eenheid: '04', frequentie: '3' } }, 'BAD_USER_INPUT:omvang'],
    ['a weekly omvang without einddatum', { einddatum: undefined }, 'BAD_USER_INPUT:einddatum'],
    ['both omvang and budget', { budget: 100_000 }, 'BAD_USER_INPUT:omvang'],
    ['a negative budget', { omvang: undefined, budget: -5 }, 'BAD_USER_INPUT:budget'],
    ['a budget that is not whole cents', { omvang: undefined, budget: 10.5 }, 'BAD_USER_INPUT:budget'],
    ['a verwijzer outside COD327', { verwijzer: '09' }, 'BAD_USER_INPUT:verwijzer'],
  ])('rejects %s', (_case, change, code) => {
    expect(rejectionWithField(() => decide.recordJeugdToewijzing({ ...toewijzingCommand, ...change }, given()))).toBe(
      code,
    );
  });
});

describe('recordJeugdZorgStart (JW305)', () => {
  const command = { toewijzingNummer: 'T1001', begindatum: '2026-02-01' };

  it('records the start with member, provider and product taken from the toewijzing', () => {
    expect(decide.recordJeugdZorgStart(command, given(toewijzing))).toEqual([started]);
  });

  it('allows a new start after a stop, on a later day', () => {
    expect(
      decide.recordJeugdZorgStart({ ...command, begindatum: '2026-04-01' }, given(toewijzing, started, stopped)),
    ).toEqual([
      { type: JeugdEventType.zorgGestart, data: { ...startData, begindatum: '2026-04-01' }, occurredAt: '2026-04-01' },
    ]);
  });

  it('allows a start again when the earlier start was withdrawn', () => {
    expect(
      decide.recordJeugdZorgStart(command, given(toewijzing, started, withdrawn('e3', JeugdEventType.zorgGestart))),
    ).toEqual([started]);
  });

  it('rejects an unknown or withdrawn toewijzing', () => {
    expect(
      rejectionOf(() => decide.recordJeugdZorgStart({ ...command, toewijzingNummer: 'T9' }, given(toewijzing))),
    ).toBe('TOEWIJZING_NOT_FOUND');
    expect(
      rejectionOf(() =>
        decide.recordJeugdZorgStart(command, given(toewijzing, withdrawn('e2', JeugdEventType.toewijzingVastgelegd))),
      ),
    ).toBe('TOEWIJZING_NOT_FOUND');
  });

  it('rejects a start when the care already started and did not stop', () => {
    expect(rejectionOf(() => decide.recordJeugdZorgStart(command, given(toewijzing, started)))).toBe('INVALID_STATE');
  });

  it('rejects a start when the child is no longer a member of the household', () => {
    const removed: DraftEvent = {
      type: HouseholdEventType.memberRemoved,
      data: { memberId: zoon.memberId, reason: 'verhuisd' },
    };
    expect(rejectionOf(() => decide.recordJeugdZorgStart(command, given(toewijzing, removed)))).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it.each([
    ['an impossible begindatum', '2026-02-31'],
    ['a begindatum before the ingangsdatum (9307)', '2026-01-04'],
    ['a begindatum in the future', '2026-06-16'],
  ])('rejects %s', (_case, begindatum) => {
    expect(rejectionWithField(() => decide.recordJeugdZorgStart({ ...command, begindatum }, given(toewijzing)))).toBe(
      'BAD_USER_INPUT:begindatum',
    );
  });

  it('rejects a begindatum after the einddatum of the toewijzing (9308)', () => {
    const ended = { ...toewijzing, data: { ...(toewijzing.data as object), einddatum: '2026-01-31' } };
    expect(rejectionWithField(() => decide.recordJeugdZorgStart(command, given(ended)))).toBe(
      'BAD_USER_INPUT:begindatum',
    );
  });

  it('rejects a new start that overlaps the previous period', () => {
    expect(
      rejectionWithField(() =>
        decide.recordJeugdZorgStart({ ...command, begindatum: '2026-03-31' }, given(toewijzing, started, stopped)),
      ),
    ).toBe('BAD_USER_INPUT:begindatum');
  });
});

describe('recordJeugdZorgStop (JW307)', () => {
  const command = { toewijzingNummer: 'T1001', einddatum: '2026-03-31', redenBeeindiging: '20' };

  it('records the stop of the running period', () => {
    expect(decide.recordJeugdZorgStop(command, given(toewijzing, started))).toEqual([stopped]);
  });

  it('accepts a stop on the begindatum itself', () => {
    const [draft] = decide.recordJeugdZorgStop({ ...command, einddatum: '2026-02-01' }, given(toewijzing, started));
    expect(draft!.occurredAt).toBe('2026-02-01');
  });

  it('rejects an unknown toewijzing', () => {
    expect(
      rejectionOf(() => decide.recordJeugdZorgStop({ ...command, toewijzingNummer: 'T9' }, given(toewijzing, started))),
    ).toBe('TOEWIJZING_NOT_FOUND');
  });

  it('rejects a stop before any start, after a withdrawn start, and a second stop', () => {
    expect(rejectionOf(() => decide.recordJeugdZorgStop(command, given(toewijzing)))).toBe('INVALID_STATE');
    expect(
      rejectionOf(() =>
        decide.recordJeugdZorgStop(command, given(toewijzing, started, withdrawn('e3', JeugdEventType.zorgGestart))),
      ),
    ).toBe('INVALID_STATE');
    expect(rejectionOf(() => decide.recordJeugdZorgStop(command, given(toewijzing, started, stopped)))).toBe(
      'INVALID_STATE',
    );
  });

  it.each([
    ['an impossible einddatum', { einddatum: '2026-04-31' }, 'einddatum'],
    ['an einddatum before the begindatum', { einddatum: '2026-01-31' }, 'einddatum'],
    ['an einddatum after the einddatum of the toewijzing', { einddatum: '2027-01-01' }, 'einddatum'],
    ['an einddatum in the future', { einddatum: '2026-06-16' }, 'einddatum'],
    ['a reden outside JZ588', { redenBeeindiging: '99' }, 'redenBeeindiging'],
  ])('rejects %s', (_case, change, field) => {
    expect(
      rejectionWithField(() => decide.recordJeugdZorgStop({ ...command, ...change }, given(toewijzing, started))),
    ).toBe(`BAD_USER_INPUT:${field}`);
  });
});

describe('recordJeugdContactmoment', () => {
  const command: decide.RecordJeugdContactmoment = {
    memberId: zoon.memberId,
    datum: '2026-06-15',
    soort: 'HUISBEZOEK',
    note: ' Noah slaapt slecht. ',
  };

  it('records a contactmoment, with and without a provider', () => {
    expect(decide.recordJeugdContactmoment(command, given())).toEqual([
      {
        type: JeugdEventType.contactmomentVastgelegd,
        data: { memberId: zoon.memberId, datum: '2026-06-15', soort: 'HUISBEZOEK', note: 'Noah slaapt slecht.' },
        occurredAt: '2026-06-15',
      },
    ]);
    const [draft] = decide.recordJeugdContactmoment({ ...command, providerAgb: provider.agbCode }, given());
    expect(draft!.data).toMatchObject({ providerAgb: provider.agbCode });
  });

  it.each([
    ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
    ['an unknown provider', { providerAgb: '99999999' }, 'PROVIDER_NOT_FOUND'],
    ['a provider not registered for Jeugd', { providerAgb: wmoProvider.agbCode }, 'BAD_USER_INPUT'],
    ['an impossible datum', { datum: '2026-6-1' }, 'BAD_USER_INPUT:datum'],
    ['a datum in the future', { datum: '2026-06-16' }, 'BAD_USER_INPUT:datum'],
    ['an unknown soort', { soort: 'BRIEF' }, 'BAD_USER_INPUT:soort'],
    ['an empty note', { note: '  ' }, 'BAD_USER_INPUT:note'],
  ])('rejects %s', (_case, change, code) => {
    expect(rejectionWithField(() => decide.recordJeugdContactmoment({ ...command, ...change }, given()))).toBe(code);
  });
});
