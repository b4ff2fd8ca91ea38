import {
  asHistory,
  contactmomentAsRecorded,
  locatePersonalData,
  personalDataFieldsOf,
  personalDataProblems,
} from '@regie/household';
import { WONEN_DECIDERS } from './wonen.commands';
import { wonenDefinition } from './wonen.definition';
import { WonenEventType as T } from './wonen.events';

const located = (type: string, data: Record<string, unknown>) => {
  const [event] = asHistory([{ type, data }], [wonenDefinition]);
  return locatePersonalData(event!, (t) => personalDataFieldsOf(t, [wonenDefinition])).map(
    ({ path, subject, kind }) => `${path.join('.')} ${subject} ${kind}`,
  );
};

describe('Wonen personal data', () => {
  it('declares only its own event types, and every one of them', () => {
    expect(personalDataProblems(wonenDefinition)).toEqual([]);
    expect(Object.keys(wonenDefinition.personalData!).sort()).toEqual(Object.values(T).sort());
  });

  it("seals the verhuurder and the amounts of a signal as the member's Wonen data", () => {
    expect(
      located(T.huurachterstandGesignaleerd, {
        signaalId: 's1',
        memberId: 'm1',
        verhuurder: 'J. Jansen',
        verhuurderSoort: 'PARTICULIERE_VERHUURDER',
        bedragAchterstandCents: 164_000,
        maandenAchterstand: 2,
        ontvangenOp: '2026-05-01',
      }),
    ).toEqual([
      'verhuurder member:m1:WONEN text',
      'bedragAchterstandCents member:m1:WONEN amount',
      'maandenAchterstand member:m1:WONEN amount',
    ]);
  });

  it('seals free text and the monthly amount of a regeling; codes, dates and ids stay', () => {
    expect(
      located(T.huurachterstandOpgevolgd, { signaalId: 's1', memberId: 'm1', stap: 'CONTACT_GELEGD', note: 'belde' }),
    ).toEqual(['note member:m1:WONEN text']);
    expect(
      located(T.betalingsregelingGetroffen, {
        regelingId: 'r1',
        memberId: 'm1',
        verhuurder: 'Ymere',
        bedragPerMaandCents: 5000,
        datum: '2026-05-01',
      }),
    ).toEqual(['verhuurder member:m1:WONEN text', 'bedragPerMaandCents member:m1:WONEN amount']);
    expect(
      located(T.urgentieAfgewezen, { urgentieId: 'u1', memberId: 'm1', grond: 'MEDISCH', reden: 'geen woonnood' }),
    ).toEqual(['reden member:m1:WONEN text']);
    expect(
      located(T.ontruimingDreigt, {
        ontruimingId: 'o1',
        memberId: 'm1',
        fase: 'AANZEGGING',
        verhuurder: 'Ymere',
        ontruimingsdatum: '2026-07-01',
      }),
    ).toEqual(['verhuurder member:m1:WONEN text']);
  });

  it('seals the new values of a correction as the corrected entry declares them', () => {
    expect(
      located('household.EntryCorrected', {
        entryId: 'e1',
        entryType: T.huurachterstandGesignaleerd,
        domain: 'WONEN',
        memberId: 'm1',
        reason: 'typefout',
        changes: { bedragAchterstandCents: 82_000 },
      }),
    ).toContain('changes.bedragAchterstandCents member:m1:WONEN amount');
  });

  it("records a contactmoment as a Wonen entry whose verslag is the member's Wonen data", () => {
    expect(contactmomentAsRecorded(wonenDefinition, WONEN_DECIDERS['wonen.RecordContactmoment'])).toEqual({
      type: 'wonen.ContactmomentVastgelegd',
      domain: 'WONEN',
      summary: 'Contactmoment (huisbezoek) met Noah de Vries',
      note: 'Verslag van het huisbezoek',
      sealed: ['note member:<id>:WONEN text'],
    });
  });
});
