/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';
import { DEMO_HOUSEHOLD_ID, expectAccessible, JOOST, screenshot, tabTo, useBrowserSuite } from './browser-harness';

// The regisseur's main task in a real Chromium against a real api (demo store, development OpenID provider):
// sign in → Mijn huishoudens → search the demo household by postcode and huisnummer, then by BSN → its page → filter the timeline on Jeugd →
// a Jeugd entry posted over the api appears live → sign out. Once with the mouse, once with the keyboard only.
// axe (WCAG 2.1 A/AA) runs on every screen; the README's screenshots are taken here.

const NOAH_BSN = '856885253';

const suite = useBrowserSuite();

async function memberId(name: string): Promise<string> {
  const { data } = await suite.api.graphql<{ household: { members: { id: string; name: string }[] } }>(
    'query($id: ID!) { household(id: $id) { members { id name } } }',
    { id: DEMO_HOUSEHOLD_ID },
    JOOST,
  );
  return data!.household.members.find((member) => member.name === name)!.id;
}

async function postJeugdContact(note: string): Promise<void> {
  const { errors } = await suite.api.graphql(
    `mutation($input: RecordJeugdContactmomentInput!) { recordJeugdContactmoment(input: $input) { position } }`,
    {
      input: {
        householdId: DEMO_HOUSEHOLD_ID,
        memberId: await memberId('Noah de Vries'),
        datum: new Date().toISOString().slice(0, 10),
        soort: 'GESPREK',
        note,
      },
    },
    JOOST,
  );
  expect(errors).toBeUndefined();
}

describe('the regisseur (mouse)', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.newPage()));

  it('signs in through the development identity provider and sees Mijn huishoudens', async () => {
    await page.goto(`${suite.api.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
    await expectAccessible(page, 'inloggen');
    await screenshot(page, 'inloggen');
    await page.getByRole('link', { name: 'Inloggen met uw gemeente-account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kies een demo-account' }).waitFor();
    await expectAccessible(page, 'demo-accounts');
    await screenshot(page, 'demo-accounts');
    await page.getByRole('button', { name: /Anna Bakker/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn huishoudens' }).waitFor();
    const row = page.getByRole('row', { name: /Familie De Vries/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/wacht te lang op zorg/);
    // The user's name comes with its own query, in parallel with the households: wait for it too.
    await page.getByRole('banner').getByText('Anna Bakker').waitFor();
    await expect(page.getByRole('banner').innerText()).resolves.toMatch(/Anna Bakker\s+Regisseur/);
    await expectAccessible(page, 'mijn-huishoudens');
    await screenshot(page, 'mijn-huishoudens');
  });

  it('sorts Mijn huishoudens by a column with a button that says the order', async () => {
    const header = page.getByRole('columnheader', { name: /Huishouden/ });
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
  });

  it('searches the demo household by postcode and huisnummer, after a wrong postcode was refused at the field', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await page.getByRole('radio', { name: 'Op postcode en huisnummer' }).check();
    const postcode = page.getByRole('textbox', { name: 'Postcode' });
    await postcode.fill('307 AB');
    await page.getByRole('textbox', { name: 'Huisnummer' }).fill('14');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const message = 'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.';
    await page.getByRole('alert').getByRole('link', { name: message }).waitFor();
    // The message is next to the field too, and the field says it is wrong.
    await expect(page.locator('#zoek-postcode-fout').innerText()).resolves.toBe(message);
    await expect(postcode.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'zoeken op adres (fout)');
    await postcode.fill('3073 ab');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: '1 huishouden gevonden' }).waitFor();
    // The path and query only: the port of the test server may hold "14" itself.
    const { pathname, search, hash } = new URL(page.url());
    expect(`${pathname}${search}${hash}`).not.toMatch(/3073|14/);
    await expectAccessible(page, 'zoeken op adres (resultaat)');
    // A toevoeging that is not there finds nothing.
    await page.getByRole('textbox', { name: /Toevoeging/ }).fill('B');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Geen huishouden gevonden' }).waitFor();
    await page.getByRole('textbox', { name: /Toevoeging/ }).fill('a');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: '1 huishouden gevonden' }).waitFor();
    await page.getByRole('link', { name: 'Familie De Vries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await page.getByText('Postcode 3073 AB, huisnummer 14A.').waitFor();
  });

  it('searches the demo household by BSN, after the elfproef refused a typo', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await expectAccessible(page, 'zoeken');
    const bsn = page.getByRole('textbox', { name: 'BSN' });
    await bsn.fill('856885254');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('alert').getByText('Dit BSN klopt niet. Controleer de negen cijfers.').waitFor();
    await expect(bsn.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(bsn.inputValue()).resolves.toBe('856885254'); // what was typed stays
    await expectAccessible(page, 'zoeken (fout)');
    await bsn.fill(NOAH_BSN);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: '1 huishouden gevonden' }).waitFor();
    await expect(page.url()).not.toContain(NOAH_BSN);
    await expectAccessible(page, 'zoeken (resultaat)');
    await screenshot(page, 'zoeken');
    await page.getByRole('link', { name: 'Familie De Vries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
  });

  it('shows the household: members, legal bases, timeline, providers with an over-norm marker in words', async () => {
    await page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).waitFor();
    await page.getByText(/gebeurtenissen, de nieuwste eerst/).waitFor();
    await page.getByRole('table', { name: /Kosten|Gerealiseerde kosten/ }).waitFor();
    const members = await page.getByRole('table', { name: 'Leden van het huishouden' }).innerText();
    expect(members).toMatch(/Noah de Vries\s+\d+ jaar\s+kind/);
    const providers = await page.getByRole('table', { name: /Hulpverleners/ }).innerText();
    expect(providers).toMatch(/boven de norm van 42 dagen/);
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/\b(JEUGD|WERK_EN_INKOMEN|WETTELIJKE_TAAK|OUDER_VERZORGER)\b/);
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(page, 'huishouden');
    await screenshot(page, 'huishouden');
  });

  it('filters the timeline on Jeugd, and a Jeugd entry posted over the api appears live and is announced', async () => {
    // The filter offers every domain the instance registers (from the api, Wonen included) and the household's own.
    const domainFilter = page.getByLabel('Domein', { exact: true });
    await domainFilter.locator('option', { hasText: 'Wonen' }).waitFor({ state: 'attached' });
    await expect(domainFilter.locator('option').allInnerTexts()).resolves.toEqual([
      'Alle domeinen',
      'Jeugd',
      'Wmo',
      'Werk en Inkomen',
      'Wonen',
      'Huishouden',
    ]);
    await domainFilter.selectOption({ label: 'Jeugd' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    const entries = page.getByRole('list', { name: 'Gebeurtenissen' }).getByRole('listitem');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.regie-timeline__entry')].every(
        (entry) => entry.getAttribute('data-domain') === 'JEUGD',
      ),
    );
    const before = await entries.count();
    expect(before).toBeGreaterThan(0);
    const timelineSection = page.locator('#tijdlijn');
    await timelineSection.scrollIntoViewIfNeeded();
    await screenshot(page, 'tijdlijn-jeugd');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    await postJeugdContact('Gesprek met Noah over school, gaat goed');
    await page.getByRole('status').filter({ hasText: 'Nieuw in de tijdlijn' }).waitFor({ timeout: 10_000 });
    await expect(entries.count()).resolves.toBe(before + 1);
    await expect(entries.first().innerText()).resolves.toMatch(/Jeugd[\s\S]*Noah de Vries/);
    // Announced politely, and the focus stayed where it was.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(focused);
    await expect(
      page.locator('[aria-live="polite"]').filter({ hasText: 'Nieuw in de tijdlijn' }).count(),
    ).resolves.toBe(1);
  });

  it('shows the werklijst with links to the household', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werklijst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werklijst' }).waitFor();
    await page.getByRole('table', { name: /Werklijst/ }).waitFor();
    // Each item links to its entry in the household's timeline (WorklistItem.entryId).
    const href = await page.getByRole('link', { name: 'Familie De Vries' }).first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/huishoudens/${DEMO_HOUSEHOLD_ID}#gebeurtenis-[0-9a-f-]{36}$`));
    await expectAccessible(page, 'werklijst');
    await screenshot(page, 'werklijst');
    await page.getByRole('link', { name: 'Familie De Vries' }).first().click();
    await page.locator(`[id="${href!.split('#')[1]}"]`).waitFor({ state: 'visible' });
  });

  it('signs out: the session ends at Regie and at the identity provider', async () => {
    const cookies = await page.context().cookies();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    // The old cookie is worthless now, even replayed.
    const session = cookies.find((cookie) => cookie.name === 'regie_session')!;
    const replay = await fetch(`${suite.api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `regie_session=${session.value}` },
      body: JSON.stringify({ query: '{ viewer { userId } }' }),
    });
    expect(((await replay.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    // And the identity provider asks again (its session ended too): the account chooser is shown.
    await page.getByRole('link', { name: 'Inloggen met uw gemeente-account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kies een demo-account' }).waitFor();
  });
});

describe('the regisseur (keyboard only)', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.newPage()));

  /** The focused element shows a visible focus indicator (outline or box shadow). */
  async function expectVisibleFocus(): Promise<void> {
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return {
        element: document.activeElement!.outerHTML.slice(0, 80),
        outline: s.outlineStyle,
        width: s.outlineWidth,
        shadow: s.boxShadow,
      };
    });
    const visible = (style.outline !== 'none' && style.width !== '0px') || style.shadow !== 'none';
    if (!visible) throw new Error(`no visible focus on ${JSON.stringify(style)}`);
  }

  it('does the whole task without a mouse', async () => {
    await page.goto(`${suite.api.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen bij Regie' }).waitFor();
    await tabTo(page, /Inloggen met uw gemeente-account/, 60);
    await expectVisibleFocus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kies een demo-account' }).waitFor();
    await tabTo(page, /Anna Bakker/, 60);
    await expectVisibleFocus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn huishoudens' }).waitFor();

    // The skip link is the first stop and leads to the main content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Naar de inhoud');
    await expectVisibleFocus();

    await tabTo(page, /^Zoeken/, 60);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
    await tabTo(page, /^BSN$/, 60);
    await page.keyboard.type(NOAH_BSN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '1 huishouden gevonden' }).waitFor();
    await tabTo(page, /Familie De Vries/, 60);
    await expectVisibleFocus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await page.getByText(/gebeurtenissen, de nieuwste eerst/).waitFor();

    await tabTo(page, /^Domein$/, 60);
    await page.keyboard.press('ArrowDown'); // Jeugd
    await expect(page.getByLabel('Domein', { exact: true }).inputValue()).resolves.toBe('JEUGD');
    await tabTo(page, /Filter toepassen/, 60);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.regie-timeline__entry')].every(
        (entry) => entry.getAttribute('data-domain') === 'JEUGD',
      ),
    );

    // On through the page and round to the header.
    await tabTo(page, /Uitloggen/, 200);
    await expectVisibleFocus();
    await page.keyboard.press('Enter');
    await page.getByText('U bent uitgelogd.').waitFor();
  });
});
