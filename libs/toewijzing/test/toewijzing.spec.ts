import { HouseholdEventType, rejectionOf, rejectionWithField, type DraftEvent } from '@regie/household';
import {
  recordToewijzing,
  recordVerzoekOmToewijzing,
  recordZorgStart,
  recordZorgStop,
  type ToewijzingCommand,
  type VerzoekOmToewijzingCommand,
} from '../src';
import { PROFILE_CASES, givenFor, moeder, toewijzingEvent, withdrawn, zoon } from './lifecycle.fixtures';

// The life cycle's 315, 301, 305 and 307 given/when/then, once for each profile (Jeugd/iJw and Wmo/iWmo). Every
// BAD_USER_INPUT is checked with the field it names. What a domain adds is tested in the domain.

describe.each(PROFILE_CASES)('the toewijzing life cycle, $name', (testCase) => {
  const { profile, provider, otherProvider } = testCase;
  const T = profile.eventType;
  const given = (...history: DraftEvent[]) => givenFor(testCase)(history);
  const verwijzer = profile.standard.codes.verwijzer ? { verwijzer: '02' } : {};

  describe('recordVerzoekOmToewijzing (315)', () => {
    const command: VerzoekOmToewijzingCommand = {
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      productcategorie: testCase.productcategorie,
      gewensteIngangsdatum: '2026-07-01',
      ...verwijzer,
      note: ' Verwijzing huisarts ',
    };
    const when = (change: Partial<VerzoekOmToewijzingCommand> = {}) =>
      recordVerzoekOmToewijzing(profile, { ...command, ...change }, given());

    it('records the verzoek, with its verwijzer where the standard has one', () => {
      expect(when()).toEqual([
        {
          type: T.verzoekOmToewijzingOntvangen,
          data: {
            memberId: zoon.memberId,
            providerAgb: provider.agbCode,
            productcategorie: testCase.productcategorie,
            gewensteIngangsdatum: '2026-07-01',
            ...verwijzer,
            note: 'Verwijzing huisarts',
          },
        },
      ]);
    });

    it('keeps an optional productcode and drops an empty note', () => {
      const [draft] = when({ productcode: 'AB001', note: '   ' });
      expect(draft!.data).toMatchObject({ productcode: 'AB001' });
      expect(draft!.data).not.toHaveProperty('note');
    });

    it.each([
      ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
      ['an unknown provider', { providerAgb: '99999999' }, 'PROVIDER_NOT_FOUND'],
      ['a provider of another domain', { providerAgb: otherProvider.agbCode }, 'BAD_USER_INPUT'],
      ['a productcategorie outside the list', { productcategorie: '99' }, 'BAD_USER_INPUT:productcategorie'],
      ['a productcode of the wrong length', { productcode: 'AB00' }, 'BAD_USER_INPUT:productcode'],
      [
        'an impossible gewensteIngangsdatum',
        { gewensteIngangsdatum: '2026-02-30' },
        'BAD_USER_INPUT:gewensteIngangsdatum',
      ],
    ])('rejects %s', (_case, change, expected) => {
      expect(rejectionWithField(() => when(change))).toBe(expected);
    });

    it(profile.standard.codes.verwijzer ? 'needs a verwijzer from COD327' : 'has no verwijzer', () => {
      if (profile.standard.codes.verwijzer) {
        expect(rejectionWithField(() => when({ verwijzer: '07' }))).toBe('BAD_USER_INPUT:verwijzer');
        expect(rejectionWithField(() => when({ verwijzer: undefined }))).toBe('BAD_USER_INPUT:verwijzer');
      } else {
        expect(when({ verwijzer: '02' })[0]!.data).not.toHaveProperty('verwijzer');
      }
    });
  });

  describe('recordToewijzing (301)', () => {
    const command: ToewijzingCommand = {
      memberId: moeder.memberId,
      providerAgb: provider.agbCode,
      toewijzingNummer: 'T1',
      toewijzingsdatum: '2026-01-02',
      ingangsdatum: '2026-01-05',
      einddatum: '2026-12-31',
      productcategorie: testCase.productcategorie,
      productcode: 'AB001',
      omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      ...verwijzer,
    };
    const when = (change: Partial<ToewijzingCommand> = {}, ...history: DraftEvent[]) =>
      recordToewijzing(profile, { ...command, ...change }, given(...history));

    it('records a specific toewijzing dated on its toewijzingsdatum', () => {
      expect(when()).toEqual([
        {
          type: T.toewijzingVastgelegd,
          data: {
            memberId: moeder.memberId,
            providerAgb: provider.agbCode,
            toewijzingNummer: 'T1',
            toewijzingsdatum: '2026-01-02',
            ingangsdatum: '2026-01-05',
            einddatum: '2026-12-31',
            productcategorie: testCase.productcategorie,
            productcode: 'AB001',
            omvang: { volume: 2, eenheid: '04', frequentie: '2' },
            ...verwijzer,
          },
          occurredAt: '2026-01-02',
        },
      ]);
    });

    it('records an aspecific toewijzing and one with a budget', () => {
      const aspecific = { omvang: null, einddatum: null, productcode: null };
      const [event] = when(aspecific);
      expect(event!.data).not.toHaveProperty('omvang');
      expect(event!.data).not.toHaveProperty('einddatum');
      const [withBudget] = when({ ...aspecific, budget: 250_000 });
      expect(withBudget!.data).toMatchObject({ budget: 250_000 });
    });

    it('stores the price per eenheid with an omvang, and refuses it with a budget or of 0', () => {
      expect(when({ tariefPerEenheid: 8_250 })[0]!.data).toMatchObject({ tariefPerEenheidCents: 8_250 });
      const withBudget = { omvang: null, budget: 250_000, tariefPerEenheid: 8_250 };
      expect(rejectionWithField(() => when(withBudget))).toBe('BAD_USER_INPUT:tariefPerEenheid');
      expect(rejectionWithField(() => when({ tariefPerEenheid: 0 }))).toBe('BAD_USER_INPUT:tariefPerEenheid');
    });

    it('accepts a monthly omvang without einddatum', () => {
      expect(when({ einddatum: undefined, omvang: { volume: 8, eenheid: '04', frequentie: '4' } })).toHaveLength(1);
    });

    it('rejects a toewijzingNummer already used in this household (9332), also when withdrawn', () => {
      const other = { memberId: zoon.memberId };
      const earlier = toewijzingEvent(testCase);
      expect(rejectionOf(() => when(other, earlier))).toBe('DUPLICATE_TOEWIJZINGNUMMER');
      expect(rejectionOf(() => when(other, earlier, withdrawn(testCase, 'e2', T.toewijzingVastgelegd)))).toBe(
        'DUPLICATE_TOEWIJZINGNUMMER',
      );
      expect(when({ ...other, toewijzingNummer: 'T2' }, earlier)).toHaveLength(1);
    });

    it.each([
      ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
      ['an unknown provider', { providerAgb: '99999999' }, 'PROVIDER_NOT_FOUND'],
      ['a provider of another domain', { providerAgb: otherProvider.agbCode }, 'BAD_USER_INPUT'],
      ['a malformed toewijzingNummer', { toewijzingNummer: 'T 1001' }, 'BAD_USER_INPUT:toewijzingNummer'],
      ['an empty toewijzingNummer', { toewijzingNummer: '' }, 'BAD_USER_INPUT:toewijzingNummer'],
      ['an impossible toewijzingsdatum', { toewijzingsdatum: '2026-13-01' }, 'BAD_USER_INPUT:toewijzingsdatum'],
      ['a toewijzingsdatum in the future', { toewijzingsdatum: '2026-06-16' }, 'BAD_USER_INPUT:toewijzingsdatum'],
      ['an impossible ingangsdatum', { ingangsdatum: '05-01-2026' }, 'BAD_USER_INPUT:ingangsdatum'],
      ['an impossible einddatum', { einddatum: '2026-02-29' }, 'BAD_USER_INPUT:einddatum'],
      // Issue 14: Wmo reported this on field omvang, Jeugd on einddatum.
      ['an einddatum before the ingangsdatum', { einddatum: '2026-01-04' }, 'BAD_USER_INPUT:einddatum'],
      [
        'an einddatum before the ingangsdatum, with a budget',
        { omvang: null, budget: 1_000, einddatum: '2026-01-04' },
        'BAD_USER_INPUT:einddatum',
      ],
      ['a productcategorie outside the list', { productcategorie: '99' }, 'BAD_USER_INPUT:productcategorie'],
      ['a productcode of the wrong length', { productcode: 'AB0012' }, 'BAD_USER_INPUT:productcode'],
      ['a zero volume', { omvang: { volume: 0, eenheid: '04', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
      ['a fractional volume', { omvang: { volume: 1.5, eenheid: '04', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
      ['an eenheid outside WJ756', { omvang: { volume: 2, eenheid: '02', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
      [
        'a frequentie outside WMO757',
        { omvang: { volume: 2, eenheid: '04', frequentie: '3' } },
        'BAD_USER_INPUT:omvang',
      ],
      ['a weekly omvang without einddatum', { einddatum: undefined }, 'BAD_USER_INPUT:einddatum'],
      ['both omvang and budget', { budget: 100_000 }, 'BAD_USER_INPUT:omvang'],
      ['a negative budget', { omvang: undefined, budget: -5 }, 'BAD_USER_INPUT:budget'],
      ['a budget that is not whole cents', { omvang: undefined, budget: 10.5 }, 'BAD_USER_INPUT:budget'],
    ])('rejects %s', (_case, change, expected) => {
      expect(rejectionWithField(() => when(change))).toBe(expected);
    });
  });

  describe('recordZorgStart (305) and recordZorgStop (307)', () => {
    const toewijzing = toewijzingEvent(testCase);
    const startData = {
      toewijzingNummer: 'T1',
      memberId: moeder.memberId,
      providerAgb: provider.agbCode,
      productcategorie: testCase.productcategorie,
      begindatum: '2026-02-01',
    };
    const started: DraftEvent = { type: T.zorgGestart, data: startData, occurredAt: '2026-02-01' };
    const stopped: DraftEvent = {
      type: T.zorgGestopt,
      data: { ...startData, einddatum: '2026-03-31', redenBeeindiging: '20' },
      occurredAt: '2026-03-31',
    };
    const start = { toewijzingNummer: 'T1', begindatum: '2026-02-01' };
    const stop = { toewijzingNummer: 'T1', einddatum: '2026-03-31', redenBeeindiging: '20' };
    const whenStarted = (change: Partial<typeof start>, ...history: DraftEvent[]) =>
      recordZorgStart(profile, { ...start, ...change }, given(...history));
    const whenStopped = (change: Partial<typeof stop>, ...history: DraftEvent[]) =>
      recordZorgStop(profile, { ...stop, ...change }, given(...history));

    it('records the start with member, provider and product taken from the toewijzing', () => {
      expect(whenStarted({}, toewijzing)).toEqual([started]);
    });

    it('allows a new start after a stop, on a later day, and again when the earlier start was withdrawn', () => {
      expect(whenStarted({ begindatum: '2026-04-01' }, toewijzing, started, stopped)).toEqual([
        { type: T.zorgGestart, data: { ...startData, begindatum: '2026-04-01' }, occurredAt: '2026-04-01' },
      ]);
      expect(whenStarted({}, toewijzing, started, withdrawn(testCase, 'e3', T.zorgGestart))).toEqual([started]);
    });

    it('rejects a start of an unknown or withdrawn toewijzing, of running care, and of a removed member', () => {
      expect(rejectionOf(() => whenStarted({ toewijzingNummer: 'T9' }, toewijzing))).toBe('TOEWIJZING_NOT_FOUND');
      const gone = withdrawn(testCase, 'e2', T.toewijzingVastgelegd);
      expect(rejectionOf(() => whenStarted({}, toewijzing, gone))).toBe('TOEWIJZING_NOT_FOUND');
      expect(rejectionOf(() => whenStarted({}, toewijzing, started))).toBe('INVALID_STATE');
      const removed: DraftEvent = {
        type: HouseholdEventType.memberRemoved,
        data: { memberId: moeder.memberId, reason: 'verhuisd' },
      };
      expect(rejectionOf(() => whenStarted({}, toewijzing, removed))).toBe('MEMBER_NOT_FOUND');
    });

    it.each([
      ['an impossible begindatum', '2026-02-31', []],
      ['a begindatum before the ingangsdatum (9307)', '2026-01-04', []],
      ['a begindatum after the einddatum of the toewijzing (9308)', '2027-01-01', []],
      ['a begindatum in the future', '2026-06-16', []],
      ['a new start that overlaps the previous period', '2026-03-31', [started, stopped]],
    ])('rejects %s on field begindatum', (_case, begindatum, history) => {
      expect(rejectionWithField(() => whenStarted({ begindatum }, toewijzing, ...history))).toBe(
        'BAD_USER_INPUT:begindatum',
      );
    });

    it('records the stop of the running period, also on the begindatum itself', () => {
      expect(whenStopped({}, toewijzing, started)).toEqual([stopped]);
      expect(whenStopped({ einddatum: '2026-02-01' }, toewijzing, started)[0]!.occurredAt).toBe('2026-02-01');
    });

    it('rejects a stop of an unknown toewijzing, before any start, after a withdrawn start, and a second stop', () => {
      expect(rejectionOf(() => whenStopped({ toewijzingNummer: 'T9' }, toewijzing, started))).toBe(
        'TOEWIJZING_NOT_FOUND',
      );
      expect(rejectionOf(() => whenStopped({}, toewijzing))).toBe('INVALID_STATE');
      const gone = withdrawn(testCase, 'e3', T.zorgGestart);
      expect(rejectionOf(() => whenStopped({}, toewijzing, started, gone))).toBe('INVALID_STATE');
      expect(rejectionOf(() => whenStopped({}, toewijzing, started, stopped))).toBe('INVALID_STATE');
    });

    it.each([
      ['an impossible einddatum', { einddatum: '2026-04-31' }, 'einddatum'],
      ['an einddatum before the begindatum', { einddatum: '2026-01-31' }, 'einddatum'],
      ['an einddatum after the einddatum of the toewijzing', { einddatum: '2027-01-01' }, 'einddatum'],
      ['an einddatum in the future', { einddatum: '2026-06-16' }, 'einddatum'],
      ['a reden outside the list', { redenBeeindiging: '99' }, 'redenBeeindiging'],
    ])('rejects a stop with %s', (_case, change, field) => {
      expect(rejectionWithField(() => whenStopped(change, toewijzing, started))).toBe(`BAD_USER_INPUT:${field}`);
    });
  });

  describe('reden beëindiging as release 3.2 has it', () => {
    const toewijzing = toewijzingEvent(testCase);
    const started: DraftEvent = {
      type: T.zorgGestart,
      data: {
        toewijzingNummer: 'T1',
        memberId: moeder.memberId,
        providerAgb: provider.agbCode,
        begindatum: '2026-02-01',
      },
    };
    const stopWith = (redenBeeindiging: string) => () =>
      recordZorgStop(
        profile,
        { toewijzingNummer: 'T1', einddatum: '2026-03-31', redenBeeindiging },
        given(toewijzing, started),
      );
    const iJw = profile.standard.name === 'iJw';

    it(
      iJw ? 'accepts JZ588 31 to 35 and refuses the WMO588-only 19, 21, 22, 23' : 'accepts WMO588 19 to 23 and 31',
      () => {
        for (const code of iJw ? ['31', '32', '35'] : ['19', '21', '23', '31'])
          expect(stopWith(code)()).toHaveLength(1);
        for (const code of iJw ? ['19', '21', '22', '23'] : ['32', '35']) {
          expect(rejectionWithField(stopWith(code))).toBe('BAD_USER_INPUT:redenBeeindiging');
        }
      },
    );
  });
});
