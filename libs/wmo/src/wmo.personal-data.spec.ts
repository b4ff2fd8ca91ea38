import {
  asHistory,
  contactmomentAsRecorded,
  locatePersonalData,
  personalDataFieldsOf,
  personalDataProblems,
} from '@regie/household';
import { WMO_DECIDERS } from './wmo.commands';
import { wmoDefinition } from './wmo.definition';
import { besluitGenomen, meldingOntvangen, onderzoekAfgerond } from './test/wmo.fixtures';
import type { DraftEvent } from '@regie/household';

const located = (draft: DraftEvent) => {
  const [event] = asHistory([draft], [wmoDefinition]);
  return locatePersonalData(event!, (t) => personalDataFieldsOf(t, [wmoDefinition])).map(
    ({ path, subject, kind }) => `${path.join('.')} ${subject.replace(/member:[^:]+/, 'member:<id>')} ${kind}`,
  );
};

describe('Wmo personal data', () => {
  it('declares only its own event types', () => {
    expect(personalDataProblems(wmoDefinition)).toEqual([]);
  });

  it("seals the hulpvraag, every rung's toelichting and the motivering as the person's Wmo data", () => {
    expect(located(meldingOntvangen())).toEqual(['hulpvraag member:<id>:WMO text']);
    const rungs = located(
      onderzoekAfgerond({ eigenKracht: { overwogen: true, toereikend: 'NEE', toelichting: 'moe' } }),
    );
    expect(rungs).toContain('eigenKracht.toelichting member:<id>:WMO text');
    expect(located(besluitGenomen())).toEqual(['motivering member:<id>:WMO text']);
    const afweging = { lowerRungsConsidered: true, alternatives: [], reasonNoAlternative: 'geen aanbod' };
    expect(located(besluitGenomen({ afweging }))).toEqual([
      'motivering member:<id>:WMO text',
      'afweging.reasonNoAlternative member:<id>:WMO text',
    ]);
  });

  it("records a contactmoment as a Wmo entry whose verslag is the member's Wmo data", () => {
    expect(contactmomentAsRecorded(wmoDefinition, WMO_DECIDERS['wmo.RecordContactmoment'])).toEqual({
      type: 'wmo.ContactmomentVastgelegd',
      domain: 'WMO',
      summary: 'Contactmoment (huisbezoek) met Noah de Vries',
      note: 'Verslag van het huisbezoek',
      sealed: ['note member:<id>:WMO text'],
    });
  });
});
