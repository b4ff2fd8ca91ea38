import { rejectionOf, rejectionWithField, type DraftEvent } from '@regie/household';
import { describeDeclaratie, recordDeclaratie, type DeclaratieCommand, type DeclaratieOntvangen } from '../src';
import { PROFILE_CASES, bericht, givenFor, moeder, toewijzingEvent, withdrawn, zoon } from './lifecycle.fixtures';

describe.each(PROFILE_CASES)('recordDeclaratie (323), $name', (testCase) => {
  const { profile, provider, otherProvider } = testCase;
  const given = givenFor(testCase);
  const debit: DeclaratieCommand = {
    memberId: moeder.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1',
    declaratieNummer: 'D202603',
    productReferentie: 'P1',
    periodBegin: '2026-03-01',
    periodEnd: '2026-03-31',
    productcategorie: testCase.productcategorie,
    productcode: null,
    geleverdVolume: 8,
    eenheid: '04',
    productTariefCents: 6_000,
    ingediendBedragCents: 48_000,
    debetCredit: 'D',
    bericht: bericht(profile.standard.name === 'iJw' ? 'JW323' : 'WMO323'),
  };
  const credit: DeclaratieCommand = { ...debit, declaratieNummer: 'D202604', debetCredit: 'C' };
  const recorded = (command: DeclaratieCommand, ...history: DraftEvent[]) =>
    recordDeclaratie(profile, command, given([toewijzingEvent(testCase), ...history]));

  it('records a debit line with its line reference, dated at the end of its period', () => {
    expect(recorded(debit)).toEqual([
      {
        type: profile.eventType.declaratieOntvangen,
        data: {
          memberId: moeder.memberId,
          providerAgb: provider.agbCode,
          toewijzingNummer: 'T1',
          declaratieNummer: 'D202603',
          productReferentie: 'P1',
          lineReference: 'D202603/P1',
          periodBegin: '2026-03-01',
          periodEnd: '2026-03-31',
          productcategorie: testCase.productcategorie,
          geleverdVolume: 8,
          eenheid: '04',
          productTariefCents: 6_000,
          ingediendBedragCents: 48_000,
          debetCredit: 'D',
          bericht: debit.bericht,
        },
        occurredAt: '2026-03-31',
      },
    ]);
  });

  it('gives a credit line the line reference of the debit it corrects', () => {
    const [debitEvent] = recorded(debit);
    const [creditEvent] = recorded(credit, debitEvent!);
    expect(creditEvent!.data).toMatchObject({ lineReference: 'D202603/P1', debetCredit: 'C' });
  });

  it('accepts a new debit with the same ProductReferentie once the earlier one is credited', () => {
    const [debitEvent] = recorded(debit);
    const [creditEvent] = recorded(credit, debitEvent!);
    const [again] = recorded({ ...debit, declaratieNummer: 'D202605' }, debitEvent!, creditEvent!);
    expect(again!.data).toMatchObject({ lineReference: 'D202605/P1' });
  });

  it.each([
    ['an unknown member', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
    ['an unknown toewijzing', { toewijzingNummer: 'T9' }, 'TOEWIJZING_NOT_FOUND'],
    ['another aanbieder', { providerAgb: otherProvider.agbCode }, 'BAD_USER_INPUT:providerAgb'],
    ['another member than the toewijzing', { memberId: zoon.memberId }, 'BAD_USER_INPUT:memberId'],
    ['an empty declaratieNummer', { declaratieNummer: ' ' }, 'BAD_USER_INPUT:declaratieNummer'],
    [
      'a ProductReferentie over 20 characters',
      { productReferentie: 'P'.repeat(21) },
      'BAD_USER_INPUT:productReferentie',
    ],
    ['an impossible periodBegin', { periodBegin: '2026-02-30' }, 'BAD_USER_INPUT:periodBegin'],
    ['a period ending before it begins', { periodEnd: '2026-02-28' }, 'BAD_USER_INPUT:periodEnd'],
    ['a period before the ingangsdatum', { periodBegin: '2026-01-01' }, 'BAD_USER_INPUT:periodBegin'],
    [
      'a period after the einddatum',
      { periodBegin: '2027-01-01', periodEnd: '2027-01-31' },
      'BAD_USER_INPUT:periodEnd',
    ],
    ['a productcategorie outside the list', { productcategorie: '99' }, 'BAD_USER_INPUT:productcategorie'],
    [
      'another productcategorie than the toewijzing',
      { productcategorie: testCase.otherProductcategorie },
      'BAD_USER_INPUT:productcategorie',
    ],
    ['a malformed productcode', { productcode: 'ABC' }, 'BAD_USER_INPUT:productcode'],
    ['a delivered volume of 0', { geleverdVolume: 0 }, 'BAD_USER_INPUT:geleverdVolume'],
    ['an eenheid outside WJ756', { eenheid: '99' }, 'BAD_USER_INPUT:eenheid'],
    ['a negative tariff', { productTariefCents: -1 }, 'BAD_USER_INPUT:productTariefCents'],
    ['an amount of 0', { ingediendBedragCents: 0 }, 'BAD_USER_INPUT:ingediendBedragCents'],
    ['a debetCredit other than D or C', { debetCredit: 'X' as 'D' }, 'BAD_USER_INPUT:debetCredit'],
    ['a credit without an earlier debit', { debetCredit: 'C' as const }, 'BAD_USER_INPUT:productReferentie'],
  ])('rejects %s', (_case, change, expected) => {
    expect(rejectionWithField(() => recorded({ ...debit, ...change }))).toBe(expected);
  });

  it('rejects a second debit of the same ProductReferentie, and a second credit of it', () => {
    const [debitEvent] = recorded(debit);
    expect(rejectionWithField(() => recorded(debit, debitEvent!))).toBe('BAD_USER_INPUT:productReferentie');
    const [creditEvent] = recorded(credit, debitEvent!);
    expect(rejectionWithField(() => recorded(credit, debitEvent!, creditEvent!))).toBe(
      'BAD_USER_INPUT:productReferentie',
    );
  });

  it('rejects a credit on another toewijzing than its debit', () => {
    const [debitEvent] = recorded(debit);
    const second = toewijzingEvent(testCase, { toewijzingNummer: 'T2' });
    expect(rejectionWithField(() => recorded({ ...credit, toewijzingNummer: 'T2' }, debitEvent!, second))).toBe(
      'BAD_USER_INPUT:toewijzingNummer',
    );
  });

  it('rejects a line for a withdrawn toewijzing', () => {
    expect(rejectionOf(() => recorded(debit, withdrawn(testCase, 'e2', profile.eventType.toewijzingVastgelegd)))).toBe(
      'TOEWIJZING_NOT_FOUND',
    );
  });

  it('describes a debit as a positive and a credit as a negative declaration fact', () => {
    const names = { member: () => 'Sanne', provider: () => provider.name };
    const [debitEvent] = recorded(debit);
    const [creditEvent] = recorded(credit, debitEvent!);
    const debitLine = describeDeclaratie(profile, debitEvent!.data as DeclaratieOntvangen, names);
    expect(debitLine.summary).toBe(
      `Declaratie: € 480,00 voor ${debitLine.category!.slice(3)} bij ${provider.name} voor Sanne, over 1 maart 2026 tot en met 31 maart 2026`,
    );
    expect(debitLine.declaration).toEqual({
      key: 'T1',
      lineReference: 'D202603/P1',
      periodBegin: '2026-03-01',
      periodEnd: '2026-03-31',
      amountCents: 48_000,
      volume: 8,
      eenheid: '04',
    });
    const creditLine = describeDeclaratie(profile, creditEvent!.data as DeclaratieOntvangen, names);
    expect(creditLine).toMatchObject({ status: 'GECREDITEERD', declaration: { amountCents: -48_000 } });
    expect(creditLine.summary).toMatch(/^Creditering: € 480,00/);
  });
});
