import type { TestingModule } from '@nestjs/testing';
import { Test } from '@nestjs/testing';
import type { Actor } from '@regie/access';
import { EventStoreModule } from '@regie/event-store';
import {
  DomainRejection,
  fixtureMembers,
  HouseholdModule,
  householdDecide,
  HouseholdCommandExecutor,
  reject,
  type AlternativeRef,
} from '@regie/household';
import { JeugdModule } from '@regie/jeugd';
import { EmbeddedDatabase } from '@regie/sql';
import { WerkInkomenModule } from '@regie/werk-inkomen';
import { WmoModule } from '@regie/wmo';
import { randomUUID } from 'node:crypto';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import {
  catalogueStream,
  EXAMPLE_CATALOGUE,
  seedCatalogue,
  VoorliggendVeldCatalogue,
  VoorliggendVeldModule,
} from '../src';

const GEMEENTE = '0363';
const beheerder: Actor = { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: GEMEENTE };
const wmoConsulent: Actor = { userId: 'u-wmo', role: 'domeinmedewerker', domain: 'WMO', gemeente: GEMEENTE };

// The Nest module graph as the api builds it (household, the domains, the catalogue) on an in-memory PGlite store.
describe('voorliggend-veld catalogue in the module graph (PGlite)', () => {
  let db: EmbeddedDatabase;
  let store: SqlEventStore;
  let moduleRef: TestingModule;
  let catalogue: VoorliggendVeldCatalogue;

  beforeAll(async () => {
    db = await EmbeddedDatabase.inMemory();
    store = await SqlEventStore.create(db, { pollIntervalMs: 20 });
    moduleRef = await Test.createTestingModule({
      imports: [
        EventStoreModule.forStore(store),
        HouseholdModule,
        JeugdModule,
        WmoModule,
        WerkInkomenModule,
        VoorliggendVeldModule,
      ],
    }).compile();
    await moduleRef.init();
    catalogue = moduleRef.get(VoorliggendVeldCatalogue);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await store?.close();
  });

  it('seeds the example catalogue once: a second run records nothing', async () => {
    const first = await seedCatalogue(catalogue, GEMEENTE, beheerder);
    expect(first.recorded).toHaveLength(EXAMPLE_CATALOGUE.length);
    const revision = (await store.readStream(catalogueStream(GEMEENTE))).length;
    const second = await seedCatalogue(catalogue, GEMEENTE, beheerder);
    expect(second).toEqual({ recorded: [], skipped: EXAMPLE_CATALOGUE.map((entry) => entry.naam) });
    expect(await store.readStream(catalogueStream(GEMEENTE))).toHaveLength(revision);
  });

  it('gives the household executor the catalogue’s alternatives for the support a command names', async () => {
    const householdId = randomUUID();
    const executor = moduleRef.get(HouseholdCommandExecutor);
    await executor.execute({
      householdId,
      actor: beheerder,
      scope: 'creates-household',
      decide: (context) =>
        householdDecide.registerHousehold(
          { householdId, gemeente: GEMEENTE, name: 'Familie De Vries', members: [fixtureMembers.moeder] },
          context,
        ),
    });
    let seen: readonly AlternativeRef[] | undefined;
    const refused = await executor
      .execute({
        householdId,
        actor: wmoConsulent,
        alternativesFor: { domain: 'WMO', category: '01' },
        decide: (context) => {
          seen = context.alternatives;
          return reject('INVALID_STATE', 'only looking');
        },
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainRejection);
    expect(seen?.map((alternative) => alternative.naam)).toEqual([
      'Algemene voorziening schoonmaakondersteuning',
      'Boodschappendienst',
      'Maaltijdservice',
    ]);
    const entries = await catalogue.entries(wmoConsulent, GEMEENTE);
    const boodschappen = entries.find((entry) => entry.naam === 'Boodschappendienst')!;
    expect(seen).toContainEqual({ voorzieningId: boodschappen.voorzieningId, naam: 'Boodschappendienst' });
  });

  it('decides again when two beheerders add entries at the same time: both are recorded', async () => {
    const entry = { ...EXAMPLE_CATALOGUE[0]!, geldigVanaf: '2026-01-01' };
    const results = await Promise.all(
      ['Geldcafé Noord', 'Geldcafé Zuid', 'Geldcafé Oost'].map((naam) =>
        catalogue.register('0599', { ...entry, naam, voorzieningId: randomUUID() }, { ...beheerder, gemeente: '0599' }),
      ),
    );
    expect(new Set(results.map((result) => result.streamRevision))).toEqual(new Set([0n, 1n, 2n]));
    const names = (await catalogue.entries({ ...beheerder, gemeente: '0599' }, '0599')).map((e) => e.naam);
    expect(names).toEqual(['Geldcafé Noord', 'Geldcafé Oost', 'Geldcafé Zuid']);
  });
});
