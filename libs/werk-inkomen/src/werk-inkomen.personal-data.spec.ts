import { asHistory, locatePersonalData, personalDataFieldsOf, personalDataProblems } from '@regie/household';
import { werkInkomenDefinition } from './werk-inkomen.definition';
import { WerkInkomenEventType as T } from './werk-inkomen.events';

const located = (type: string, data: Record<string, unknown>) => {
  const [event] = asHistory([{ type, data }], [werkInkomenDefinition]);
  return locatePersonalData(event!, (t) => personalDataFieldsOf(t, [werkInkomenDefinition])).map(
    ({ path, subject, kind }) => `${path.join('.')} ${subject} ${kind}`,
  );
};

describe('Werk & Inkomen personal data', () => {
  it('declares only its own event types', () => {
    expect(personalDataProblems(werkInkomenDefinition)).toEqual([]);
  });

  it("seals reasons, notes and the arrears amount as the member's Werk & Inkomen data; the creditor stays", () => {
    expect(located(T.bijstandToegekend, { bijstandId: 'b1', memberId: 'm1', reden: 'ontslag' })).toEqual([
      'reden member:m1:WERK_EN_INKOMEN text',
    ]);
    expect(
      located(T.vroegsignaalOntvangen, { signaalId: 's1', memberId: 'm1', schuldeiser: 'Ymere', bedragAchterstand: 1 }),
    ).toEqual(['bedragAchterstand member:m1:WERK_EN_INKOMEN amount']);
    expect(located(T.vroegsignaalOpgevolgd, { signaalId: 's1', memberId: 'm1', note: 'huisbezoek' })).toEqual([
      'note member:m1:WERK_EN_INKOMEN text',
    ]);
  });

  it('counts granted bijstand as running care for retention', () => {
    const step = { bijstandId: 'b1', memberId: 'm1', bijstandsvorm: 'ALGEMENE_BIJSTAND', datum: '2026-01-01' };
    const fold = (...types: string[]) =>
      asHistory(
        types.map((type) => ({ type, data: step })),
        [werkInkomenDefinition],
      ).reduce(
        (state, event) => werkInkomenDefinition.evolve(state, event, {} as never),
        werkInkomenDefinition.initialState,
      );
    expect(werkInkomenDefinition.careOngoing!(fold(T.bijstandAangevraagd, T.bijstandToegekend))).toBe(true);
    expect(
      werkInkomenDefinition.careOngoing!(fold(T.bijstandAangevraagd, T.bijstandToegekend, T.bijstandBeeindigd)),
    ).toBe(false);
  });
});
