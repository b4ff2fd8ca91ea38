import { asHistory, locatePersonalData, personalDataFieldsOf, personalDataProblems } from '@regie/household';
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
});
