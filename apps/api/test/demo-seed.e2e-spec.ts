import { EXAMPLE_CATALOGUE } from '@regie/voorliggend-veld';
import { DEMO_GEMEENTE, DEMO_HOUSEHOLD_ID, DEMO_PROVIDERS, DEMO_STEPS } from '../src/demo/demo-household';
import { seedDemo } from '../src/demo/demo-seed';
import { startTestApp, type TestApp } from './test-app';

describe('the demo household of a first start', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('embedded');
    await api.app.listen(0);
  });
  afterAll(() => api?.close());

  it('loads through the public mutations and reads back as the regisseur sees it', async () => {
    const address = api.app.getHttpServer().address() as { port: number };
    await seedDemo(`http://127.0.0.1:${address.port}/graphql`);
    const { data, errors } = await api.graphql<{
      household: {
        members: unknown[];
        regisseur: { name: string };
        providers: { agbCode: string }[];
        timeline: { totalCount: number };
        address: { postcode: string; huisnummer: number; huisletter: string | null };
      };
    }>(
      `query($id: ID!) { household(id: $id) { members { id } regisseur { name } providers { agbCode } timeline { totalCount }
        address { postcode huisnummer huisletter } } }`,
      { id: DEMO_HOUSEHOLD_ID },
      { userId: 'u-regisseur-anna', role: 'regisseur', gemeente: DEMO_GEMEENTE },
    );
    expect(errors).toBeUndefined();
    expect(data!.household.members).toHaveLength(4);
    expect(data!.household.regisseur.name).toBe('Anna Bakker');
    expect(data!.household.address).toEqual({ postcode: '3073AB', huisnummer: 14, huisletter: 'A' });
    // Every registered demo provider but the dagbesteding is involved with this household.
    const involved = DEMO_PROVIDERS.filter((p) => p.name !== 'Dagbesteding Het Anker').map((p) => p.agbCode);
    expect(data!.household.providers.map((p) => p.agbCode).sort()).toEqual(involved.sort());
    expect(data!.household.timeline.totalCount).toBe(1 + DEMO_STEPS.length);

    const catalogue = await api.graphql<{ voorliggendVeld: { naam: string }[] }>(
      '{ voorliggendVeld { naam } }',
      {},
      { userId: 'u-regisseur-anna', role: 'regisseur', gemeente: DEMO_GEMEENTE },
    );
    expect(catalogue.data!.voorliggendVeld.map((entry) => entry.naam).sort()).toEqual(
      EXAMPLE_CATALOGUE.map((entry) => entry.naam).sort(),
    );
  });
});
