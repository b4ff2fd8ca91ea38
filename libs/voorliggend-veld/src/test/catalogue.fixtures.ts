import type { RegisterVoorziening } from '../catalogue.decide';
import { foldCatalogue, type CatalogueState } from '../catalogue.state';
import { VoorliggendVeldEventType as T, type CatalogueEvent } from '../voorziening.events';

export const KNOWN = { knownDomains: ['JEUGD', 'WMO', 'WERK_EN_INKOMEN'] };

export const BUDGETCOACH_ID = '00000000-0000-4000-8000-0000000000b1';
export const TAALCAFE_ID = '00000000-0000-4000-8000-0000000000b2';

export const budgetcoach: RegisterVoorziening = {
  voorzieningId: BUDGETCOACH_ID,
  naam: 'Budgetcoach',
  omschrijving: 'Een vrijwilliger helpt de administratie op orde te brengen.',
  organisatie: 'Humanitas',
  replaces: [{ domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }],
  voorwaarden: 'Gratis, zonder indicatie.',
  contact: { telefoon: '030 700 1234' },
  geldigVanaf: '2026-01-01',
};

export const opgenomen = (command: RegisterVoorziening = budgetcoach): CatalogueEvent => ({
  type: T.opgenomen,
  data: command,
});

export const beeindigd = (voorzieningId = BUDGETCOACH_ID, beeindigdPer = '2026-07-01'): CatalogueEvent => ({
  type: T.beeindigd,
  data: { voorzieningId, beeindigdPer, reden: 'Subsidie gestopt' },
});

export const given = (history: readonly CatalogueEvent[]): CatalogueState => foldCatalogue(history);
