import {
  DEMO_ADDRESS,
  DEMO_GEMEENTE,
  DEMO_HOUSEHOLD_ID,
  DEMO_MEMBERS,
  DEMO_PROVIDERS,
  DEMO_STEPS,
  type DemoStep,
} from './demo-household';
import { signDevelopmentToken, type DevelopmentTokenOptions } from '@regie/access';
import { EXAMPLE_CATALOGUE } from '@regie/voorliggend-veld';
import { DEMO_SEED_HEADER, DEMO_SEED_MARK } from '../observability/logging';

/** The demo gemeente's maatwerkbudget for the current year: € 50.000, at most € 2.500 per household. */
export const DEMO_MAATWERKBUDGET = { totalCents: 5_000_000, perHouseholdCents: 250_000 };

/** The example catalogue is valid from this day in the demo gemeente. */
const CATALOGUE_VALID_FROM = '2025-01-01';

type Actor = DemoStep['actor'];

/**
 * Loads the demo household through the api's own GraphQL endpoint, each step with a short-lived token of its demo
 * user (gemeente DEMO_GEMEENTE) signed with the api's HS256 secret (`signing`; default the development secret).
 * Throws on the first rejected step.
 */
export async function seedDemo(graphqlUrl: string, signing: DevelopmentTokenOptions = {}): Promise<void> {
  const call = async (query: string, variables: Record<string, unknown>, actor: Actor) => {
    const { userId, ...claims } = actor;
    const token = await signDevelopmentToken(
      { ...claims, sub: userId, gemeente: DEMO_GEMEENTE },
      { ...signing, expiresIn: '5m' },
    );
    // The mark (a secret of this process) puts these requests' log lines at debug: a person reads the first screen.
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [DEMO_SEED_HEADER]: DEMO_SEED_MARK,
    };
    const response = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors) throw new Error(`demo seed: ${body.errors.map((error) => error.message).join('; ')}`);
    return body.data!;
  };
  const mutate = (name: string, input: Record<string, unknown>, actor: Actor) =>
    call(
      `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { position } }`,
      { input },
      actor,
    );
  const beheerder = { userId: 'u-beheer', role: 'functioneel_beheerder' };

  for (const provider of DEMO_PROVIDERS) await mutate('registerProvider', provider, beheerder);
  // The voorliggend-veld catalogue first: maatwerk decisions of the demo cite its alternatives.
  const { voorliggendVeld } = (await call('{ voorliggendVeld { naam } }', {}, beheerder)) as {
    voorliggendVeld: { naam: string }[];
  };
  const present = new Set(voorliggendVeld.map((entry) => entry.naam));
  for (const entry of EXAMPLE_CATALOGUE.filter((example) => !present.has(example.naam))) {
    await mutate('registerAlgemeneVoorziening', { ...entry, geldigVanaf: CATALOGUE_VALID_FROM }, beheerder);
  }
  // The gemeente's maatwerkbudget for this year, so the regisseur can spend from it in the demo.
  await call(
    'mutation($input: SetMaatwerkbudgetInput!) { setMaatwerkbudget(input: $input) { year } }',
    { input: { year: new Date().getFullYear(), ...DEMO_MAATWERKBUDGET } },
    beheerder,
  );
  await mutate(
    'registerHousehold',
    {
      householdId: DEMO_HOUSEHOLD_ID,
      gemeente: DEMO_GEMEENTE,
      name: 'Familie De Vries',
      members: DEMO_MEMBERS,
      address: DEMO_ADDRESS,
    },
    beheerder,
  );
  const { household } = (await call(
    'query($id: ID!) { household(id: $id) { members { id name } } }',
    { id: DEMO_HOUSEHOLD_ID },
    beheerder,
  )) as {
    household: { members: { id: string; name: string }[] };
  };
  const members = Object.fromEntries(household.members.map((member) => [member.name.split(' ')[0]!, member.id]));
  for (const step of DEMO_STEPS) await mutate(step.mutation, step.input(members), step.actor);
}
