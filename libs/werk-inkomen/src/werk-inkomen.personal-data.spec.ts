import {
  asHistory,
  contactmomentAsRecorded,
  locatePersonalData,
  personalDataFieldsOf,
  personalDataProblems,
} from '@regie/household';
import { WERK_INKOMEN_DECIDERS } from './werk-inkomen.commands';
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

  it("seals reasons, notes, the creditor and the arrears amount as the member's Werk & Inkomen data", () => {
    expect(located(T.bijstandToegekend, { bijstandId: 'b1', memberId: 'm1', reden: 'ontslag' })).toEqual([
      'reden member:m1:WERK_EN_INKOMEN text',
    ]);
    expect(
      located(T.vroegsignaalOntvangen, { signaalId: 's1', memberId: 'm1', schuldeiser: 'Ymere', bedragAchterstand: 1 }),
    ).toEqual(['schuldeiser member:m1:WERK_EN_INKOMEN text', 'bedragAchterstand member:m1:WERK_EN_INKOMEN amount']);
    expect(located(T.vroegsignaalOpgevolgd, { signaalId: 's1', memberId: 'm1', note: 'huisbezoek' })).toEqual([
      'note member:m1:WERK_EN_INKOMEN text',
    ]);
  });

  it("seals the bijstand amount and a traject's reason for not taking an alternative; the tarief stays", () => {
    expect(located(T.bijstandToegekend, { bijstandId: 'b1', memberId: 'm1', bedragPerMaand: 130_000 })).toEqual([
      'bedragPerMaand member:m1:WERK_EN_INKOMEN amount',
    ]);
    const afweging = { lowerRungsConsidered: false, alternatives: [], reasonNoAlternative: 'te veel schulden' };
    const tarief = { kind: 'PER_MAAND', monthlyCents: 45_000 };
    for (const type of [T.schuldhulpGestart, T.reintegratieGestart]) {
      expect(located(type, { trajectId: 't1', memberId: 'm1', afweging, tarief })).toEqual([
        'afweging.reasonNoAlternative member:m1:WERK_EN_INKOMEN text',
      ]);
    }
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

  it("records a contactmoment as a Werk & Inkomen entry whose verslag is the member's Werk & Inkomen data", () => {
    expect(
      contactmomentAsRecorded(werkInkomenDefinition, WERK_INKOMEN_DECIDERS['werk-inkomen.RecordContactmoment']),
    ).toEqual({
      type: 'werk-inkomen.ContactmomentVastgelegd',
      domain: 'WERK_EN_INKOMEN',
      summary: 'Contactmoment (huisbezoek) met Noah de Vries',
      note: 'Verslag van het huisbezoek',
      sealed: ['note member:<id>:WERK_EN_INKOMEN text'],
    });
  });
});
