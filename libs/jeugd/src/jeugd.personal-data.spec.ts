import {
  asHistory,
  contactmomentAsRecorded,
  locatePersonalData,
  personalDataFieldsOf,
  personalDataProblems,
} from '@regie/household';
import { recordJeugdContactmoment } from './jeugd.decide';
import { jeugdDefinition } from './jeugd.definition';
import { JeugdEventType } from './jeugd.events';

const located = (type: string, data: Record<string, unknown>) => {
  const [event] = asHistory([{ type, data }], [jeugdDefinition]);
  return locatePersonalData(event!, (t) => personalDataFieldsOf(t, [jeugdDefinition])).map(
    ({ path, subject, kind }) => `${path.join('.')} ${subject} ${kind}`,
  );
};

describe('Jeugd personal data', () => {
  it('declares only its own event types', () => {
    expect(personalDataProblems(jeugdDefinition)).toEqual([]);
  });

  it("seals the free text about the child as the child's Jeugd data; codes, dates and ids stay readable", () => {
    expect(
      located(JeugdEventType.contactmomentVastgelegd, {
        memberId: 'm-zoon',
        datum: '2026-04-02',
        soort: 'HUISBEZOEK',
        note: 'Noah slaapt slecht',
      }),
    ).toEqual(['note member:m-zoon:JEUGD text']);
    expect(
      located(JeugdEventType.toewijzingVastgelegd, { memberId: 'm-zoon', productcategorie: '45', note: 'x' }),
    ).toEqual(['note member:m-zoon:JEUGD text']);
    const afweging = { lowerRungsConsidered: false, alternatives: [], reasonNoAlternative: 'Wachtlijst' };
    expect(located(JeugdEventType.toewijzingVastgelegd, { memberId: 'm-zoon', afweging })).toEqual([
      'afweging.reasonNoAlternative member:m-zoon:JEUGD text',
    ]);
    expect(located(JeugdEventType.zorgGestart, { memberId: 'm-zoon', begindatum: '2026-01-01' })).toEqual([]);
  });

  it("records a contactmoment as a Jeugd entry whose verslag is the member's Jeugd data", () => {
    expect(contactmomentAsRecorded(jeugdDefinition, recordJeugdContactmoment)).toEqual({
      type: 'jeugd.ContactmomentVastgelegd',
      domain: 'JEUGD',
      summary: 'Contactmoment (huisbezoek) met Noah de Vries',
      note: 'Verslag van het huisbezoek',
      sealed: ['note member:<id>:JEUGD text'],
    });
  });
});
