import {
  rejectionWithField,
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

  // The rules Jeugd shares with Wmo (member, provider, dates, variant, code lists, 9332) are specified once for both
  // profiles in libs/toewijzing/test/toewijzing.spec.ts; what follows is iJw's verwijzer.
  it.each([
    ['a verwijzer outside COD327', { verwijzer: '09' }, 'BAD_USER_INPUT:verwijzer'],
    ['a productcategorie of iWmo (WMO020)', { productcategorie: '02' }, 'BAD_USER_INPUT:productcategorie'],
  ])('rejects %s', (_case, change, code) => {
    expect(rejectionWithField(() => decide.recordJeugdToewijzing({ ...toewijzingCommand, ...change }, given()))).toBe(
      code,
    );
  });
});

// Start and stop (JW305/JW307) are the life cycle's own: libs/toewijzing/test/toewijzing.spec.ts specifies them for
// both profiles.

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
