import { alternativesIn, entriesOf } from './alternatives';
import { BUDGETCOACH_ID, beeindigd, budgetcoach, given, opgenomen } from './test/catalogue.fixtures';

const SCHULDHULP = { domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' };

describe('alternativesIn', () => {
  const maatje = { ...budgetcoach, voorzieningId: 'v-maatje', naam: 'SchuldHulpMaatje' };
  const administratie = { ...budgetcoach, voorzieningId: 'v-adm', naam: 'Administratiespreekuur' };
  const later = { ...budgetcoach, voorzieningId: 'v-later', naam: 'Geldcafé', geldigVanaf: '2026-09-01' };
  const taalcafe = {
    ...budgetcoach,
    voorzieningId: 'v-taal',
    naam: 'Taalcafé',
    replaces: [{ domain: 'WERK_EN_INKOMEN', category: 'REINTEGRATIE' }],
  };
  const state = given([
    opgenomen(),
    opgenomen(maatje),
    opgenomen(administratie),
    opgenomen(later),
    opgenomen(taalcafe),
    beeindigd(BUDGETCOACH_ID, '2026-07-01'),
  ]);

  it('gives the active entries that replace the support, sorted by naam', () => {
    expect(alternativesIn(state, SCHULDHULP, '2026-06-30')).toEqual([
      { voorzieningId: 'v-adm', naam: 'Administratiespreekuur' },
      { voorzieningId: BUDGETCOACH_ID, naam: 'Budgetcoach' },
      { voorzieningId: 'v-maatje', naam: 'SchuldHulpMaatje' },
    ]);
  });

  it('leaves out an entry from the day it ended', () => {
    expect(alternativesIn(state, SCHULDHULP, '2026-07-01').map((entry) => entry.naam)).toEqual([
      'Administratiespreekuur',
      'SchuldHulpMaatje',
    ]);
  });

  it('includes an entry from its geldigVanaf, not before', () => {
    expect(alternativesIn(state, SCHULDHULP, '2026-08-31').map((entry) => entry.naam)).not.toContain('Geldcafé');
    expect(alternativesIn(state, SCHULDHULP, '2026-09-01').map((entry) => entry.naam)).toContain('Geldcafé');
  });

  it('matches domain and category both', () => {
    expect(alternativesIn(state, { domain: 'WERK_EN_INKOMEN', category: 'REINTEGRATIE' }, '2026-06-30')).toEqual([
      { voorzieningId: 'v-taal', naam: 'Taalcafé' },
    ]);
    expect(alternativesIn(state, { domain: 'WMO', category: 'SCHULDHULP' }, '2026-06-30')).toEqual([]);
  });

  it('gives nothing for an empty catalogue', () => {
    expect(alternativesIn(given([]), SCHULDHULP, '2026-06-30')).toEqual([]);
  });
});

describe('entriesOf', () => {
  it('without a filter gives every entry, ended ones included', () => {
    const state = given([opgenomen(), beeindigd()]);
    expect(entriesOf(state).map((entry) => [entry.naam, entry.beeindigdPer])).toEqual([['Budgetcoach', '2026-07-01']]);
  });
});
