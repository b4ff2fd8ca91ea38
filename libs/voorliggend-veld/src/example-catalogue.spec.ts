import { randomUUID } from 'node:crypto';
import { alternativesIn } from './alternatives';
import { registerVoorziening } from './catalogue.decide';
import { emptyCatalogue, evolve, type CatalogueState } from './catalogue.state';
import { EXAMPLE_CATALOGUE } from './example-catalogue';
import { KNOWN } from './test/catalogue.fixtures';

describe('EXAMPLE_CATALOGUE', () => {
  // Registering every entry through the decider proves each one passes the catalogue's rules.
  const catalogue: CatalogueState = EXAMPLE_CATALOGUE.reduce(
    (state, entry) =>
      registerVoorziening(state, { ...entry, voorzieningId: randomUUID(), geldigVanaf: '2025-01-01' }, KNOWN).reduce(
        evolve,
        state,
      ),
    emptyCatalogue,
  );

  it('holds 10 to 15 entries that all pass the rules', () => {
    expect(catalogue.entries.size).toBe(EXAMPLE_CATALOGUE.length);
    expect(EXAMPLE_CATALOGUE.length).toBeGreaterThanOrEqual(10);
    expect(EXAMPLE_CATALOGUE.length).toBeLessThanOrEqual(15);
  });

  it.each([
    ['WERK_EN_INKOMEN', 'SCHULDHULP', 'SchuldHulpMaatje'],
    ['WERK_EN_INKOMEN', 'REINTEGRATIE', 'Vrijwilligerswerk in het buurthuis'],
    ['WMO', '01', 'Boodschappendienst'],
    ['WMO', '04', 'Mantelzorgondersteuning en respijtzorg'],
    ['WMO', '07', 'Vrijwilligerswerk in het buurthuis'],
    ['WMO', '08', 'Regiotaxi (collectief vraagafhankelijk vervoer)'],
    ['WMO', '12', 'Scootmobielpool'],
    ['JEUGD', '45', 'Opvoedspreekuur CJG'],
  ])('offers an alternative for %s %s', (domain, category, naam) => {
    const names = alternativesIn(catalogue, { domain, category }, '2026-06-15').map((entry) => entry.naam);
    expect(names).toContain(naam);
  });
});
