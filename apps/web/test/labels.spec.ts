import { basisInWords } from '../src/app/labels';

// The verwerkingenlog keeps its basis as written; the screen names codes in words (B1), roles included.
describe('basisInWords', () => {
  it.each([
    ['functioneel_beheerder', 'functioneel beheerder'],
    ['domeinmedewerker JEUGD, betrokken', 'domeinmedewerker Jeugd, betrokken'],
    ['regisseur van het huishouden; WMO: WETTELIJKE_TAAK (art. 5.1 Wmo 2015)', 'regisseur van het huishouden; Wmo:'],
  ])('%j reads %j', (basis, words) => {
    expect(basisInWords(basis)).toContain(words);
    expect(basisInWords(basis)).not.toMatch(/_[A-Z]|[a-z]_[a-z]/);
  });
});
