/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  DEMO_HOUSEHOLD_ID,
  expectAccessible,
  headingOne,
  JOOST,
  screenshot,
  useBrowserSuite,
} from './browser-harness';

// Need-to-know in the web app exactly as in the api: a Wmo domeinmedewerker does not see a Jeugd entry (nor its note)
// that the Jeugd domeinmedewerker does see, and records a contactmoment of her own whose note the regisseur does not see, another gemeente's regisseur gets the refusal page (in Dutch, no JSON), and a
// request with the session cookie but without its CSRF token is refused.

const JEUGD_NOTE = 'Vertrouwelijk: gesprek met jeugdarts over Noah';
const WMO_NOTE = 'Karim belde: de traplift hapert weer en hij durft de trap niet meer af';
const ANNA = { sub: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0599' };

const suite = useBrowserSuite();

beforeAll(async () => {
  const { data } = await suite.api.graphql<{ household: { members: { id: string; name: string }[] } }>(
    'query($id: ID!) { household(id: $id) { members { id name } } }',
    { id: DEMO_HOUSEHOLD_ID },
    JOOST,
  );
  const noah = data!.household.members.find((member) => member.name === 'Noah de Vries')!.id;
  const { errors } = await suite.api.graphql(
    `mutation($input: RecordJeugdContactmomentInput!) { recordJeugdContactmoment(input: $input) { position } }`,
    {
      input: {
        householdId: DEMO_HOUSEHOLD_ID,
        memberId: noah,
        datum: new Date().toISOString().slice(0, 10),
        soort: 'HUISBEZOEK',
        note: JEUGD_NOTE,
      },
    },
    JOOST,
  );
  expect(errors).toBeUndefined();
});

async function openDemoHousehold(page: Page): Promise<string> {
  await page.goto(`${suite.api.baseUrl}/huishoudens/${DEMO_HOUSEHOLD_ID}`);
  await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
  await page.getByText(/gebeurtenissen, de nieuwste eerst/).waitFor();
  return page.locator('main').innerText();
}

it('the Jeugd domeinmedewerker sees the Jeugd note (so the next check is not vacuous)', async () => {
  const page = await suite.signedInPage(/Joost Jeugdteam/);
  expect(await openDemoHousehold(page)).toContain(JEUGD_NOTE);
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('a Wmo domeinmedewerker sees the household with its Wmo entries and nothing of Jeugd', async () => {
  const page = await suite.signedInPage(/Wendy Wmo/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn huishoudens' })).toBeDefined();
  await page.getByText('Alleen een regisseur heeft eigen huishoudens.').waitFor();
  const text = await openDemoHousehold(page);
  expect(text).toContain('Thuiszorg De Linde'); // Wmo's own provider: the check below is not vacuous
  // The Jeugd legal basis shares Jeugd's data with the regisseur, not with Wmo: not the entry, let alone its note.
  expect(text).not.toContain('Contactmoment (huisbezoek) met Noah de Vries');
  expect(text).not.toContain(JEUGD_NOTE);
  expect(await page.content()).not.toContain(JEUGD_NOTE);
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('a Wmo domeinmedewerker records a contactmoment in her view; the regisseur sees that it happened, not the note', async () => {
  const page = await suite.signedInPage(/Wendy Wmo/);
  await page.goto(`${suite.api.baseUrl}/domein/huishoudens/${DEMO_HOUSEHOLD_ID}`);
  await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Contactmoment vastleggen' }) });
  await form.getByText('Alleen Wmo leest dit.', { exact: false }).waitFor();
  await form.getByLabel('Met wie had u contact?').selectOption({ label: 'Karim de Vries' });
  await form.getByLabel('Soort contact').selectOption({ label: 'Telefonisch' });
  await form.getByLabel('Wat is er besproken?').fill(WMO_NOTE);
  await form.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  await page.getByRole('status').getByText('Het contactmoment is vastgelegd.', { exact: false }).waitFor();
  await page.getByText(`Notitie: ${WMO_NOTE}`).waitFor();
  await expectAccessible(page, 'contactmoment (Wmo)');

  const { data, errors } = await suite.api.graphql<{
    household: { timeline: { edges: { node: { summary: string; note: string | null; domain: string } }[] } };
  }>(
    'query($id: ID!) { household(id: $id) { timeline(first: 50) { edges { node { summary note domain } } } } }',
    { id: DEMO_HOUSEHOLD_ID },
    ANNA,
  );
  expect(errors).toBeUndefined();
  const line = data!.household.timeline.edges.map((edge) => edge.node).find((node) => /telefonisch/.test(node.summary));
  expect(line).toEqual({
    summary: 'Contactmoment (telefonisch contact) met Karim de Vries',
    note: null,
    domain: 'WMO',
  });
  expect(JSON.stringify(data)).not.toContain('traplift');
});

it("another gemeente's regisseur gets the refusal page, in Dutch", async () => {
  const page = await suite.signedInPage(/Ruben Smit/);
  await page.goto(`${suite.api.baseUrl}/huishoudens/${DEMO_HOUSEHOLD_ID}`);
  await page.getByRole('heading', { level: 1, name: 'U hebt geen toegang' }).waitFor();
  const text = await page.locator('main').innerText();
  expect(text).toContain('U hebt geen toegang tot dit huishouden.');
  expect(text).not.toMatch(/Familie De Vries|FORBIDDEN|\{|Error/);
  expect(await headingOne(page)).toEqual(['U hebt geen toegang']);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'geen-toegang');
  // The same page for a household that does not exist: a refusal does not tell whether it exists.
  await page.goto(`${suite.api.baseUrl}/huishoudens/00000000-0000-4000-8000-00000000dead`);
  await page.getByRole('heading', { level: 1, name: 'U hebt geen toegang' }).waitFor();
});

it('refuses a request with the session cookie but without the CSRF token, and one from another origin', async () => {
  const page = await suite.signedInPage(/Anna Bakker/);
  const token = await page.locator('meta[name="regie-csrf"]').getAttribute('content');
  expect(token).toMatch(/^[\w-]{40,}$/);
  const ask = (headers: Record<string, string>) =>
    page.evaluate(
      async ({ headers }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ viewer { name } }' }),
        });
        return response.json();
      },
      { headers },
    );
  expect(await ask({ 'x-csrf-token': token! })).toEqual({ data: { viewer: { name: 'Anna Bakker' } } });
  const without = (await ask({})) as { errors: { extensions: { code: string } }[] };
  expect(without.errors[0]!.extensions.code).toBe('CSRF_FAILED');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'regie_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  const foreign = await fetch(`${suite.api.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: 'https://evil.example',
      cookie: `regie_session=${cookie.value}`,
      'x-csrf-token': token!,
    },
    body: JSON.stringify({ query: '{ viewer { name } }' }),
  });
  expect(((await foreign.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
    'CSRF_FAILED',
  );
});
