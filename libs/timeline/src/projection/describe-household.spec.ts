import { HouseholdEventType as T, type HouseholdEvent } from '@regie/household';
import { describeHouseholdEvent } from './describe-household';

// Timeline summaries are read by people (B1): domain names as words, dates as "31 december 2027", no codes.
const names = {
  member: (id: string) => (id === 'm1' ? 'Sanne de Vries' : undefined),
  provider: () => undefined,
  goal: () => 'Vaste lasten op tijd betaald',
  domainLabel: (code: string) => ({ JEUGD: 'Jeugd', WMO: 'Wmo' })[code],
};
const event = (type: string, data: unknown) => ({ type, data }) as unknown as HouseholdEvent;
const NO_CODE = /\b(JEUGD|WMO|WERK_EN_INKOMEN|HOUSEHOLD|DEELS_BEREIKT|NIET_BEREIKT|\d{4}-\d{2}-\d{2})\b/;

describe('describeHouseholdEvent: summaries in words', () => {
  it('names the domain and the last day of a legal basis in words', () => {
    const { summary } = describeHouseholdEvent(
      event(T.sharingBasisRecorded, {
        basisId: 'b1',
        domain: 'JEUGD',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
        memberIds: [],
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      }),
      names,
    );
    expect(summary).toBe('Grondslag voor Jeugd vastgelegd (art. 7.1.1 Jeugdwet) tot en met 31 december 2027');
  });

  it('falls back to a word for a domain the registry does not know', () => {
    const { summary } = describeHouseholdEvent(
      event(T.sharingBasisRecorded, {
        basisId: 'b1',
        domain: 'WERK_EN_INKOMEN',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 8 Wgs',
        memberIds: [],
        validFrom: '2026-01-01',
        validUntil: '2026-06-30',
      }),
      names,
    );
    expect(summary).toBe('Grondslag voor Werk en Inkomen vastgelegd (art. 8 Wgs) tot en met 30 juni 2026');
  });

  it.each([
    [
      T.sharingBasisEnded,
      { basisId: 'b1', endedOn: '2026-03-03', reason: 'verhuisd' },
      'Grondslag beëindigd op 3 maart 2026: verhuisd',
    ],
    [
      T.planGoalEvaluated,
      { goalId: 'g1', outcome: 'DEELS_BEREIKT', evaluatedOn: '2026-03-03' },
      'Doel geëvalueerd: Vaste lasten op tijd betaald (deels bereikt)',
    ],
    ['household.SomethingNew', {}, 'Registratie in het huishouden'],
  ])('%s in words', (type, data, expected) => {
    const { summary } = describeHouseholdEvent(event(type, data), names);
    expect(summary).toBe(expected);
    expect(summary).not.toMatch(NO_CODE);
  });
});
