/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  DEMO_HOUSEHOLD_ID,
  expectAccessible,
  headingOne,
  JOOST,
  screenshot,
  tabTo,
  useBrowserSuite,
} from './browser-harness';

// The domeinmedewerker's main task in a real Chromium against a real api, with two browser contexts: the
// regisseur has the household open; the Jeugd medewerker opens the household in their domain's view, records a
// contactmoment (after an empty one was refused, writing nothing), and it appears live on the regisseur's
// timeline. Then a legal basis (a wrong period refused first) and its end; a long timeline paged and filtered.
// axe on every screen and every form in its error state.

const NOAH_BSN = '856885253';

const suite = useBrowserSuite();

/** What Jeugd sees of the household through the api: the number of timeline entries, of legal bases, of ended ones. */
async function jeugdCounts(): Promise<{ entries: number; bases: number; ended: number }> {
  const { data, errors } = await suite.api.graphql<{
    household: { timeline: { totalCount: number }; sharingBases: { endedOn: string | null }[] };
  }>(
    'query($id: ID!) { household(id: $id) { timeline(first: 1) { totalCount } sharingBases { id endedOn } } }',
    { id: DEMO_HOUSEHOLD_ID },
    JOOST,
  );
  expect(errors).toBeUndefined();
  const bases = data!.household.sharingBases;
  return {
    entries: data!.household.timeline.totalCount,
    bases: bases.length,
    ended: bases.filter((basis) => basis.endedOn).length,
  };
}

describe('the domeinmedewerker Jeugd, with the regisseur watching', () => {
  let regisseur: Page;
  let page: Page;

  beforeAll(async () => {
    regisseur = await suite.signedInPage(/Anna Bakker/);
    await regisseur.goto(`${suite.api.baseUrl}/huishoudens/${DEMO_HOUSEHOLD_ID}`);
    await regisseur.getByText(/gebeurtenissen, de nieuwste eerst/).waitFor();
    page = await suite.signedInPage(/Joost Jeugdteam/);
  });

  it('opens Mijn domein, reads where the other work happens, and finds the household by BSN', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn domein' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn domein: Jeugd' }).waitFor();
    await page.getByText(/Uw andere werk doet u gewoon in het systeem van uw eigen team/).waitFor();
    await expectAccessible(page, 'mijn domein');
    await screenshot(page, 'domeinmedewerker-start');
    await page.getByLabel('BSN').fill('856885254');
    await page.getByRole('button', { name: 'Huishouden zoeken' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Dit BSN klopt niet. Controleer de negen cijfers.' })
      .waitFor();
    await expectAccessible(page, 'mijn domein (fout)');
    await page.getByLabel('BSN').fill(NOAH_BSN);
    await page.getByRole('button', { name: 'Huishouden zoeken' }).click();
    await page.getByRole('link', { name: 'Familie De Vries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await page.getByRole('list', { name: 'Gebeurtenissen' }).waitFor();
    await page.getByText(/gebeurtenissen, de nieuwste eerst/).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/\b(JEUGD|WETTELIJKE_TAAK|KIND)\b/);
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(page, 'huishouden (domein)');
    await screenshot(page, 'domeinmedewerker-huishouden');
  });

  it('records a contactmoment: an empty one is refused and writes nothing; then it appears live for the regisseur', async () => {
    const before = await jeugdCounts();
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Contactmoment vastleggen' }) });
    await form.getByLabel('Met wie had u contact?').selectOption({ label: 'Noah de Vries' });
    await form.getByLabel('Soort contact').selectOption({ label: 'Huisbezoek' });
    await form.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Schrijf kort op wat er besproken is.' }).waitFor();
    await expect(form.getByLabel('Wat is er besproken?').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByLabel('Soort contact').inputValue()).resolves.toBe('HUISBEZOEK');
    await expectAccessible(page, 'contactmoment (fout)');
    await screenshot(page, 'domeinmedewerker-fout');
    await expect(jeugdCounts()).resolves.toEqual(before);

    const regisseurEntries = regisseur.getByRole('list', { name: 'Gebeurtenissen' }).getByRole('listitem');
    const shown = await regisseurEntries.count();
    await form.getByLabel('Wat is er besproken?').fill('Huisbezoek bij Noah: gaat beter op school, slaapt weer goed.');
    await form.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await page
      .getByRole('status')
      .getByText('Het contactmoment is vastgelegd. De regisseur ziet het nu in de tijdlijn.')
      .waitFor();
    await expect(jeugdCounts()).resolves.toEqual({ ...before, entries: before.entries + 1 });
    // In Jeugd's own view with its note.
    await page.getByText('Notitie: Huisbezoek bij Noah: gaat beter op school, slaapt weer goed.').waitFor();

    // Live on the regisseur's open page, announced politely; the note stays within Jeugd.
    await regisseur.getByRole('status').filter({ hasText: 'Nieuw in de tijdlijn' }).waitFor({ timeout: 15_000 });
    await expect(regisseurEntries.count()).resolves.toBe(shown + 1);
    const newest = await regisseurEntries.first().innerText();
    expect(newest).toMatch(/Jeugd[\s\S]*Noah de Vries/);
    expect(newest).not.toMatch(/slaapt weer goed/);
    // The new entry at the top of the screenshot, with the announcement above it.
    await regisseurEntries.first().evaluate((entry) => entry.scrollIntoView({ block: 'center' }));
    await screenshot(regisseur, 'domeinmedewerker-live-bij-regisseur');
  });

  it('records a legal basis for Jeugd after an end before the start was refused', async () => {
    const before = await jeugdCounts();
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Grondslag vastleggen' }) });
    await form.getByLabel('Wetsartikel').fill('art. 7.1.1 Jeugdwet');
    await form.getByLabel('Geldig vanaf').fill('2026-06-01');
    await form.getByLabel('Geldig tot en met').fill('2026-01-01');
    await form.getByRole('button', { name: 'Grondslag vastleggen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'De einddatum moet na de begindatum liggen.' }).waitFor();
    await expect(form.getByLabel('Wetsartikel').inputValue()).resolves.toBe('art. 7.1.1 Jeugdwet');
    await expectAccessible(page, 'grondslag (fout)');
    await expect(jeugdCounts()).resolves.toEqual(before);

    await form.getByLabel('Geldig tot en met').fill('2027-06-01');
    await form.getByLabel('Noah de Vries').check();
    await form.getByRole('button', { name: 'Grondslag vastleggen' }).click();
    await page.getByRole('status').getByText('De grondslag is vastgelegd.').waitFor();
    await expect(jeugdCounts()).resolves.toMatchObject({ bases: before.bases + 1 });
    await page
      .getByRole('listitem')
      .filter({
        hasText:
          /Jeugd: wettelijke taak \(art\. 7\.1\.1 Jeugdwet\), van 1 juni 2026 tot 1 juni 2027, voor Noah de Vries/,
      })
      .waitFor();
    await expectAccessible(page, 'grondslag vastgelegd');
    await screenshot(page, 'domeinmedewerker-grondslag');
  });

  it('ends that legal basis after refusals without a reason and without confirming; it is no longer offered', async () => {
    const before = await jeugdCounts();
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Grondslag beëindigen' }) });
    const label = /van 1 juni 2026 tot 1 juni 2027, voor Noah de Vries/;
    const confirm = 'Zet een vinkje bij “Ik weet het zeker”.';
    await form.getByRole('group', { name: 'Welke grondslag?' }).getByLabel(label).check();
    await form.getByLabel('Beëindigd op').fill('2026-09-01');
    await form.getByRole('button', { name: 'Grondslag beëindigen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Vul een reden in.' }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: confirm }).waitFor();
    await expectAccessible(page, 'grondslag beëindigen (fout)');
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'domeinmedewerker-grondslag-beeindigen');

    // A reason alone is not enough: the step must be confirmed, and until then the basis runs and is still offered.
    await form.getByLabel('Reden').fill('De jeugdhulp voor Noah is afgerond.');
    await form.getByRole('button', { name: 'Grondslag beëindigen' }).click();
    await page.getByRole('alert').getByRole('link', { name: confirm }).waitFor();
    await expect(page.getByRole('alert').getByRole('link').count()).resolves.toBe(1);
    await expect(page.locator('#einde-grondslag-confirm-fout').innerText()).resolves.toBe(confirm);
    await expect(form.getByLabel('Reden').inputValue()).resolves.toBe('De jeugdhulp voor Noah is afgerond.');
    await expect(form.getByRole('group', { name: 'Welke grondslag?' }).getByLabel(label).isChecked()).resolves.toBe(
      true,
    );
    await expect(jeugdCounts()).resolves.toEqual(before);

    await form.getByLabel('Ik weet het zeker').check();
    await form.getByRole('button', { name: 'Grondslag beëindigen' }).click();
    await page.getByRole('status').getByText('De grondslag is beëindigd.').waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: /1 juni 2027, voor Noah de Vries \(beëindigd op 1 september 2026\)/ })
      .waitFor();
    await expect(jeugdCounts()).resolves.toMatchObject({ bases: before.bases, ended: before.ended + 1 });
    const offered = await form.getByRole('group', { name: 'Welke grondslag?' }).getByRole('radio').count();
    await expect(form.getByRole('group', { name: 'Welke grondslag?' }).getByLabel(label).count()).resolves.toBe(0);
    expect(offered).toBeGreaterThan(0);
    // The form is empty again for the next basis: no reason, no tick.
    await expect(form.getByLabel('Reden').inputValue()).resolves.toBe('');
    await expect(form.getByLabel('Ik weet het zeker').isChecked()).resolves.toBe(false);
    await expectAccessible(page, 'grondslag beëindigd');
  });
});

describe('the domeinmedewerker Jeugd (keyboard only)', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.signedInPage(/Joost Jeugdteam/)));

  it('records a contactmoment without a mouse', async () => {
    const before = await jeugdCounts();
    await tabTo(page, /^Mijn domein$/, 120);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn domein: Jeugd' }).waitFor();
    await tabTo(page, /^BSN$/, 120);
    await page.keyboard.type(NOAH_BSN);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Familie De Vries' }).waitFor();
    await tabTo(page, /^Familie De Vries$/, 120);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await tabTo(page, /^Wat is er besproken\?$/, 120);
    await page.keyboard.type('Telefonisch overleg met moeder over de planning.');
    await tabTo(page, /^Contactmoment vastleggen$/, 120);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText('Het contactmoment is vastgelegd. De regisseur ziet het nu in de tijdlijn.')
      .waitFor();
    await expect(jeugdCounts()).resolves.toEqual({ ...before, entries: before.entries + 1 });
  });
});

describe('the domeinmedewerker Jeugd with a long timeline', () => {
  it('pages past the first 50 entries and filters, as the regisseur does', async () => {
    const { data } = await suite.api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      'query($id: ID!) { household(id: $id) { members { id name } } }',
      { id: DEMO_HOUSEHOLD_ID },
      JOOST,
    );
    const lina = data!.household.members.find((member) => member.name === 'Lina de Vries')!.id;
    for (let day = 1; day <= 55; day++) {
      const { errors } = await suite.api.graphql(
        `mutation($input: RecordJeugdContactmomentInput!) { recordJeugdContactmoment(input: $input) { position } }`,
        {
          input: {
            householdId: DEMO_HOUSEHOLD_ID,
            memberId: lina,
            datum: `2025-${String(Math.ceil(day / 28)).padStart(2, '0')}-${String(((day - 1) % 28) + 1).padStart(2, '0')}`,
            soort: 'GESPREK',
            note: `Gesprek ${day} met Lina`,
          },
        },
        JOOST,
      );
      expect(errors).toBeUndefined();
    }
    const total = (await jeugdCounts()).entries;
    expect(total).toBeGreaterThan(55);

    const page = await suite.signedInPage(/Joost Jeugdteam/);
    await page.goto(`${suite.api.baseUrl}/domein/huishoudens/${DEMO_HOUSEHOLD_ID}`);
    const entries = page.getByRole('list', { name: 'Gebeurtenissen' }).getByRole('listitem');
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    // One h1 on the screen, also now that it holds the regisseur's timeline (its section has an h2).
    expect(await headingOne(page)).toEqual(['Familie De Vries']);
    await page.getByText(`${total} gebeurtenissen, de nieuwste eerst.`, { exact: false }).waitFor();
    await expect(entries.count()).resolves.toBe(50);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByText('Notitie: Gesprek 1 met Lina').waitFor();
    await expect(entries.count()).resolves.toBe(total);
    await expect(page.getByRole('button', { name: 'Meer laden' }).count()).resolves.toBe(0);

    const filter = page.getByRole('form', { name: 'Tijdlijn filteren' });
    await filter.getByLabel('Lid').selectOption({ label: 'Lina de Vries' });
    await filter.getByRole('button', { name: 'Filter toepassen' }).click();
    const { data: lina55 } = await suite.api.graphql<{ household: { timeline: { totalCount: number } } }>(
      'query($id: ID!, $lina: ID!) { household(id: $id) { timeline(first: 1, filter: { memberId: $lina }) { totalCount } } }',
      { id: DEMO_HOUSEHOLD_ID, lina },
      JOOST,
    );
    const linaTotal = lina55!.household.timeline.totalCount;
    expect(linaTotal).toBeGreaterThanOrEqual(55);
    await page.getByText(`${linaTotal} gebeurtenissen, de nieuwste eerst.`, { exact: false }).waitFor();
    const shown = await entries.allInnerTexts();
    expect(shown.every((text) => text.includes('Lina de Vries'))).toBe(true);
    await expectAccessible(page, 'huishouden (domein, gefilterd)');
  });
});

describe('a domeinmedewerker whose domain has recorded nothing in the household yet', () => {
  it('sees the members only, says why, and sees the timeline after the first contactmoment', async () => {
    const page = await suite.signedInPage(/Wim Wonen/);
    await page.goto(`${suite.api.baseUrl}/domein/huishoudens/${DEMO_HOUSEHOLD_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await page.getByText('Wonen heeft nog niets vastgelegd bij dit huishouden.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Leden' }).waitFor();
    const before = await page.locator('main').innerText();
    // Nothing of the other domains, and no timeline or legal bases: the registration only.
    expect(before).not.toMatch(/Thuiszorg De Linde|GGZ Jong Rijnmond|jeugd-ggz/i);
    expect(await page.getByRole('heading', { name: 'Tijdlijn', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Grondslagen om gegevens te delen' }).count()).toBe(0);
    await expectAccessible(page, 'domein, nog niet betrokken');
    await screenshot(page, 'domeinmedewerker-nog-niet-betrokken');

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Contactmoment vastleggen' }) });
    await form.getByLabel('Met wie had u contact?').selectOption({ label: 'Sanne de Vries' });
    await form.getByLabel('Soort contact').selectOption({ label: 'Telefonisch' });
    await form.getByLabel('Wat is er besproken?').fill('Huurachterstand besproken, afspraak met de verhuurder volgt');
    await form.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await page.getByRole('status').getByText('Het contactmoment is vastgelegd.', { exact: false }).waitFor();

    // Now Wonen is involved: its own entry with its note, and still nothing of the other domains.
    await page.getByText('Notitie: Huurachterstand besproken', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Grondslagen om gegevens te delen' }).waitFor();
    const after = await page.locator('main').innerText();
    expect(after).not.toMatch(/Thuiszorg De Linde|GGZ Jong Rijnmond|jeugd-ggz/i);
    await expectAccessible(page, 'domein, betrokken na het eerste contactmoment');
  });
});
