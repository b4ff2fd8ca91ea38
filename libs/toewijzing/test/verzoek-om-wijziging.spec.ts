import { rejectionWithField } from '@regie/household';
import {
  describeVerzoekOmWijziging,
  findToewijzing,
  recordVerzoekOmWijziging,
  type VerzoekOmWijzigingCommand,
  type VerzoekOmWijzigingOntvangen,
} from '../src';
import { PROFILE_CASES, bericht, givenFor, moeder, toewijzingEvent, withdrawn, zoon } from './lifecycle.fixtures';

describe.each(PROFILE_CASES)('recordVerzoekOmWijziging (317), $name', (testCase) => {
  const { profile, provider, otherProvider } = testCase;
  const given = givenFor(testCase);
  const command: VerzoekOmWijzigingCommand = {
    memberId: moeder.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1',
    productcategorie: testCase.productcategorie,
    gewensteIngangsdatum: '2026-04-01',
    einddatum: '2026-12-31',
    omvang: { volume: 4, eenheid: '04', frequentie: '2' },
    reden: '2',
    toelichting: '  Meer uren nodig na de evaluatie  ',
    bericht: bericht(profile.standard.name === 'iJw' ? 'JW317' : 'WMO317'),
  };
  const recorded = (
    change: Partial<VerzoekOmWijzigingCommand> = {},
    ...history: ReturnType<typeof toewijzingEvent>[]
  ) => recordVerzoekOmWijziging(profile, { ...command, ...change }, given([toewijzingEvent(testCase), ...history]));

  it('records the request with the toewijzing it asks to change', () => {
    expect(recorded()).toEqual([
      {
        type: profile.eventType.verzoekOmWijzigingOntvangen,
        data: {
          toewijzingNummer: 'T1',
          memberId: moeder.memberId,
          providerAgb: provider.agbCode,
          productcategorie: testCase.productcategorie,
          gewensteIngangsdatum: '2026-04-01',
          einddatum: '2026-12-31',
          omvang: { volume: 4, eenheid: '04', frequentie: '2' },
          reden: '2',
          toelichting: 'Meer uren nodig na de evaluatie',
          bericht: command.bericht,
        },
      },
    ]);
  });

  it('changes nothing: the toewijzing keeps its omvang until a new 301', () => {
    const [request] = recorded();
    const context = given([toewijzingEvent(testCase), request!]);
    const state = context.state.domains[profile.domain] as Parameters<typeof findToewijzing>[1];
    expect(findToewijzing(profile, state, 'T1')!.toewijzing.data.omvang).toEqual({
      volume: 2,
      eenheid: '04',
      frequentie: '2',
    });
  });

  it.each([
    ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
    ['an unknown toewijzing', { toewijzingNummer: 'T9' }, 'TOEWIJZING_NOT_FOUND'],
    ['another aanbieder', { providerAgb: otherProvider.agbCode }, 'BAD_USER_INPUT:providerAgb'],
    ['another member than the toewijzing', { memberId: zoon.memberId }, 'BAD_USER_INPUT:memberId'],
    ['a productcategorie outside the list', { productcategorie: '99' }, 'BAD_USER_INPUT:productcategorie'],
    ['a malformed productcode', { productcode: 'AB' }, 'BAD_USER_INPUT:productcode'],
    [
      'an impossible gewensteIngangsdatum',
      { gewensteIngangsdatum: '2026-13-01' },
      'BAD_USER_INPUT:gewensteIngangsdatum',
    ],
    ['an einddatum before the gewensteIngangsdatum', { einddatum: '2026-03-31' }, 'BAD_USER_INPUT:einddatum'],
    ['a weekly omvang without einddatum', { einddatum: null }, 'BAD_USER_INPUT:einddatum'],
    ['omvang and budget together', { budget: 10_000 }, 'BAD_USER_INPUT:omvang'],
    ['an eenheid outside WJ756', { omvang: { volume: 1, eenheid: '99', frequentie: '2' } }, 'BAD_USER_INPUT:omvang'],
    ['a budget of 0', { omvang: null, budget: 0 }, 'BAD_USER_INPUT:budget'],
    ['a reden outside WJ758', { reden: '3' }, 'BAD_USER_INPUT:reden'],
  ])('rejects %s', (_case, change, expected) => {
    expect(rejectionWithField(() => recorded(change))).toBe(expected);
  });

  it('rejects a request for a withdrawn toewijzing', () => {
    expect(
      rejectionWithField(() => recorded({}, withdrawn(testCase, 'e2', profile.eventType.toewijzingVastgelegd))),
    ).toBe('TOEWIJZING_NOT_FOUND');
  });

  it(
    profile.standard.codes.verwijzer ? 'checks a verwijzer against COD327' : 'rejects a verwijzer (iWmo has none)',
    () => {
      expect(rejectionWithField(() => recorded({ verwijzer: '07' }))).toBe('BAD_USER_INPUT:verwijzer');
    },
  );

  it('describes the request without an episode: the toewijzing is not changed', () => {
    const [request] = recorded();
    const names = { member: () => 'Sanne', provider: () => provider.name };
    const line = describeVerzoekOmWijziging(profile, request!.data as VerzoekOmWijzigingOntvangen, names);
    expect(line).toMatchObject({
      status: 'WIJZIGING_GEVRAAGD',
      memberId: moeder.memberId,
      providerAgb: provider.agbCode,
      note: 'Meer uren nodig na de evaluatie',
    });
    expect(line.summary).toMatch(
      /^Verzoek om wijziging van toewijzing T1: .* bij .* voor Sanne, gewenst vanaf 1 april 2026$/,
    );
    expect(line.episode).toBeUndefined();
    expect(line.cost).toBeUndefined();
  });
});
