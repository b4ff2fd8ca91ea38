/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { expectAccessible, FATIMA, screenshot, tabTo, useBrowserSuite, type DemoActor } from './browser-harness';

// The functioneel beheerder's main task in a real Chromium against a real api: register a household with its
// members (the elfproef refuses a typo in the form, a person without a chosen role is refused in the form, the api
// refuses a BSN given twice, and nothing is written), then assign its regisseur; also the providers, the voorliggend veld and the maatwerkbudget screens. Once by
// keyboard alone. axe (WCAG 2.1 A/AA) on every screen and every form in its error state.

const ANNA: DemoActor = { sub: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0599' };
const EVA_BSN = '100000034';
const TIM_BSN = '100000046';
const KEYBOARD_BSN = '100000058';
/** Noah de Vries, of the demo household. */
const NOAH_BSN = '856885253';

const suite = useBrowserSuite();

/** The households the beheerder finds by this BSN, through the api (not the browser). */
async function householdsWithBsn(bsn: string): Promise<{ householdId: string; name: string }[]> {
  const { data, errors } = await suite.api.graphql<{
    searchHouseholds: { households: { householdId: string; name: string }[] };
  }>(
    'query($input: HouseholdSearchInput!) { searchHouseholds(input: $input) { households { householdId name } } }',
    {
      input: { bsn },
    },
    FATIMA,
  );
  expect(errors).toBeUndefined();
  return data!.searchHouseholds.households;
}

/** The members of a household with their role, through the api (not the browser). */
async function membersOf(householdId: string): Promise<{ name: string; relation: string }[]> {
  const { data, errors } = await suite.api.graphql<{ household: { members: { name: string; relation: string }[] } }>(
    'query($id: ID!) { household(id: $id) { members { name relation } } }',
    { id: householdId },
    FATIMA,
  );
  expect(errors).toBeUndefined();
  return data!.household.members;
}

describe('the functioneel beheerder (mouse)', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.signedInPage(/Fatima Beheer/)));

  it('finds Beheer in the navigation', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expectAccessible(page, 'beheer');
    await screenshot(page, 'beheerder-start');
  });

  it('registers a household: a typo in a BSN, no role chosen and a BSN given twice are refused at the field, and nothing is written', async () => {
    await page.getByRole('link', { name: 'Huishouden registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huishouden registreren' }).waitFor();
    // A link inside the page (not the menu), gone with the old page: the new page's heading takes the focus.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Huishouden registreren');
    await expectAccessible(page, 'huishouden registreren');
    await page.getByLabel('Naam van het huishouden').fill('Familie Jansen');
    await page.getByLabel('Postcode').fill('3011 AB');
    await page.getByLabel('Huisnummer').fill('7');
    const person1 = page.getByRole('group', { name: 'Persoon 1' });
    await person1.getByLabel('Naam').fill('Eva Jansen');
    await person1.getByLabel('BSN').fill('100000035'); // one digit off: the elfproef fails
    await person1.getByLabel('Geboortedatum').fill('1990-04-01');
    // The role is not chosen for the beheerder: the select starts at "Kies de rol", which is no role.
    await expect(person1.getByLabel('Rol in het huishouden').inputValue()).resolves.toBe('');
    await expect(person1.getByLabel('Rol in het huishouden').locator('option:checked').innerText()).resolves.toBe(
      'Kies de rol',
    );
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    const message = 'Het BSN van persoon 1 klopt niet. Controleer de negen cijfers.';
    const noRole = 'Kies de rol van persoon 1 in het huishouden.';
    await page.getByRole('alert').getByRole('link', { name: message }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: noRole }).waitFor();
    await expect(person1.getByLabel('BSN').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#huishouden-members-0-bsn-fout').innerText()).resolves.toBe(message);
    await expect(person1.getByLabel('Rol in het huishouden').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#huishouden-members-0-relation-fout').innerText()).resolves.toBe(noRole);
    await expect(person1.getByLabel('BSN').inputValue()).resolves.toBe('100000035');
    await expectAccessible(page, 'huishouden registreren (fout in het formulier)');
    await screenshot(page, 'beheerder-fout');

    // The BSN fixed, the role still not chosen: refused at the role alone, and nothing is written.
    await person1.getByLabel('BSN').fill(EVA_BSN);
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    await page.getByRole('alert').getByRole('link', { name: noRole }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: message }).waitFor({ state: 'detached' });
    await expect(page.getByRole('alert').getByRole('link').count()).resolves.toBe(1);
    await expect(page.locator('#huishouden-members-0-relation-fout').innerText()).resolves.toBe(noRole);
    await expect(householdsWithBsn(EVA_BSN)).resolves.toEqual([]);
    // The summary's link leads to the role; it is chosen there.
    await page.getByRole('alert').getByRole('link', { name: noRole }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('huishouden-members-0-relation');
    await person1.getByLabel('Rol in het huishouden').selectOption({ label: 'Ouder of verzorger' });

    // A second person with the same BSN: the api refuses it (members), the form keeps everything.
    await page.getByRole('button', { name: 'Nog een persoon toevoegen' }).click();
    const person2 = page.getByRole('group', { name: 'Persoon 2' });
    await person2.getByLabel('Naam').fill('Tim Jansen');
    await person2.getByLabel('BSN').fill(EVA_BSN);
    await person2.getByLabel('Geboortedatum').fill('2015-09-12');
    await person2.getByLabel('Rol in het huishouden').selectOption({ label: 'Kind' });
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    await page.getByRole('alert').getByText('Twee personen hebben hetzelfde BSN. Controleer de BSN’s.').waitFor();
    await expect(page.getByLabel('Naam van het huishouden').inputValue()).resolves.toBe('Familie Jansen');
    await expect(person2.getByLabel('Naam').inputValue()).resolves.toBe('Tim Jansen');
    await expectAccessible(page, 'huishouden registreren (geweigerd door de api)');
    // A refused registration wrote nothing.
    await expect(householdsWithBsn(EVA_BSN)).resolves.toEqual([]);

    // The BSN of someone in another household (Noah de Vries, of the demo household, born on another day): refused
    // at that BSN, and still nothing written.
    await person2.getByLabel('BSN').fill(NOAH_BSN);
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    const otherPerson =
      'Het BSN van persoon 2 hoort al bij iemand anders, met een andere geboortedatum. Controleer het BSN en de ' +
      'geboortedatum.';
    await page.getByRole('alert').getByRole('link', { name: otherPerson }).waitFor();
    await expect(page.locator('#huishouden-members-1-bsn-fout').innerText()).resolves.toBe(otherPerson);
    await expectAccessible(page, 'huishouden registreren (BSN van iemand anders)');
    await expect(householdsWithBsn(EVA_BSN)).resolves.toEqual([]);

    await person2.getByLabel('BSN').fill(TIM_BSN);
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Familie Jansen is geregistreerd' }).waitFor();
    await expectAccessible(page, 'huishouden geregistreerd');
    await screenshot(page, 'beheerder-geregistreerd');
    const registered = await householdsWithBsn(TIM_BSN);
    expect(registered).toEqual([expect.objectContaining({ name: 'Familie Jansen' })]);
    // Each person has the role that was chosen.
    await expect(membersOf(registered[0]!.householdId)).resolves.toEqual([
      { name: 'Eva Jansen', relation: 'OUDER_VERZORGER' },
      { name: 'Tim Jansen', relation: 'KIND' },
    ]);
  });

  it('assigns the regisseur: nothing chosen is refused at the choice; then Anna Bakker, from the list, sees the household', async () => {
    await page.getByRole('link', { name: 'Regisseur toewijzen voor Familie Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regisseur toewijzen: Familie Jansen' }).waitFor();
    await expectAccessible(page, 'regisseur toewijzen');
    await page.getByRole('button', { name: 'Regisseur toewijzen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kies de nieuwe regisseur.' }).waitFor();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^Vul een reden in/ })
      .waitFor();
    await expectAccessible(page, 'regisseur toewijzen (fout)');
    const [household] = await householdsWithBsn(EVA_BSN);
    const asAnna = () =>
      suite.api.graphql<{ household: { regisseur: { name: string } | null } }>(
        'query($id: ID!) { household(id: $id) { regisseur { name } } }',
        { id: household!.householdId },
        ANNA,
      );
    expect((await asAnna()).errors).toBeDefined(); // not hers yet

    // Chosen from the gemeente's regisseurs: no inlognaam to mistype.
    await page.getByRole('radio', { name: /^Anna Bakker \(u-regisseur-anna\)/ }).check();
    await page.getByLabel('Reden').fill('Nieuwe aanmelding via het wijkteam');
    await page.getByRole('button', { name: 'Regisseur toewijzen' }).click();
    await page.getByRole('status').getByText('Anna Bakker is nu de regisseur van Familie Jansen.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Regisseur overdragen: Familie Jansen' }).waitFor();
    await page.getByText(/De regisseur is nu Anna Bakker/).waitFor();
    await expectAccessible(page, 'regisseur toegewezen');
    await screenshot(page, 'beheerder-regisseur');
    const { data, errors } = await asAnna();
    expect(errors).toBeUndefined();
    expect(data!.household.regisseur).toEqual({ name: 'Anna Bakker' });

    // The current regisseur is not offered: Anna is the gemeente's only one, so no list shows, only the fields for
    // someone else. Her own inlognaam typed there is refused at the field, and nothing is written.
    await expect(page.getByRole('radio').count()).resolves.toBe(0);
    const history = async () =>
      (
        await suite.api.graphql<{ household: { regisseurHistory: unknown[] } }>(
          'query($id: ID!) { household(id: $id) { regisseurHistory { at } } }',
          { id: household!.householdId },
          FATIMA,
        )
      ).data!.household.regisseurHistory.length;
    const handovers = await history();
    await page.getByLabel('Inlognaam van de nieuwe regisseur').fill('u-regisseur-anna');
    await page.getByLabel('Naam van de nieuwe regisseur', { exact: true }).fill('Anna Bakker');
    await page.getByLabel('Reden').fill('Per ongeluk nog een keer');
    await page.getByRole('button', { name: 'Regisseur overdragen' }).click();
    const refusal = 'Anna Bakker is nu al de regisseur. Kies iemand anders.';
    await page.getByRole('alert').getByRole('link', { name: refusal }).waitFor();
    await expect(page.locator('#regisseur-regisseurUserId-fout').innerText()).resolves.toBe(refusal);
    await expect(page.getByLabel('Reden').inputValue()).resolves.toBe('Per ongeluk nog een keer');
    await expectAccessible(page, 'regisseur overdragen (fout)');
    await expect(history()).resolves.toBe(handovers);
  });

  it('adds a provider after a wrong AGB-code was refused', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Aanbieders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbieders' }).waitFor();
    await page.getByRole('table', { name: 'Aanbieders van de gemeente' }).waitFor();
    await expectAccessible(page, 'aanbieders');
    await page.getByLabel('AGB-code').fill('1234');
    await page.getByLabel('Naam', { exact: true }).fill('Buurtzorg Jong Zuid');
    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Een AGB-code is acht cijfers. Controleer de code.' })
      .waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'Kies ten minste één domein.' }).waitFor();
    await expectAccessible(page, 'aanbieders (fout)');
    await page.getByLabel('AGB-code').fill('30000099');
    await page.getByLabel('Jeugd').check();
    // Every registered domain is offered (from the api's system.domains), Wonen too.
    await page.getByLabel('Wonen').check();
    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await page.getByRole('status').getByText('Buurtzorg Jong Zuid staat nu in het register.').waitFor();
    await page.getByRole('row', { name: /Buurtzorg Jong Zuid\s+30000099\s+Jeugd, Wonen/ }).waitFor();
    await screenshot(page, 'beheerder-aanbieders');

    // The same AGB-code again: the api refuses it without a field; the form shows it at the AGB-code.
    await page.getByLabel('AGB-code').fill('30000099');
    await page.getByLabel('Naam', { exact: true }).fill('Buurtzorg Jong Zuid (dubbel)');
    await page.getByLabel('Wmo').check();
    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    const exists = 'Er staat al een aanbieder met deze AGB-code in het register.';
    await page.getByRole('alert').getByRole('link', { name: exists }).waitFor();
    await expect(page.locator('#aanbieder-agbCode-fout').innerText()).resolves.toBe(exists);
    await expect(page.getByRole('row', { name: /dubbel/ }).count()).resolves.toBe(0);
  });

  it('keeps the voorliggend veld: a voorziening without its fields is refused, then added', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Voorliggend veld' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorliggend veld' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Voorziening toevoegen' }).waitFor();
    await expectAccessible(page, 'voorliggend veld');
    await page.getByLabel('Naam', { exact: true }).fill('Huiswerkklas De Brug');
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Vul in welke organisatie de voorziening biedt.' })
      .waitFor();
    await expectAccessible(page, 'voorliggend veld (fout)');
    await page.getByLabel('Organisatie').fill('Stichting De Brug');
    await page.getByLabel('Wat doet de voorziening?').fill('Hulp bij huiswerk na school, drie middagen per week.');
    await page.getByLabel('Voorwaarden').fill('Voor kinderen van 10 tot 16 jaar. Gratis. Aanmelden bij de school.');
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Vul een telefoonnummer, e-mailadres of website in/ })
      .waitFor();
    await page.getByLabel('Telefoonnummer').fill('010 123 45 67');
    await page.getByLabel('Domein').selectOption({ label: 'Jeugd' });
    await page.getByLabel('Productcategorie').fill('45');
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await page.getByRole('status').getByText('Huiswerkklas De Brug staat nu in de catalogus.').waitFor();
    await page.getByRole('row', { name: /Huiswerkklas De Brug/ }).waitFor();
    await screenshot(page, 'beheerder-voorliggend-veld');

    // It stops: without a reason it is refused; then the row says until when it was offered.
    await page.getByLabel('Welke voorziening stopt?').selectOption({ label: 'Huiswerkklas De Brug' });
    await page.getByRole('button', { name: 'Voorziening beëindigen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Vul in waarom de voorziening stopt.' }).waitFor();
    await expectAccessible(page, 'voorziening beëindigen (fout)');
    await page.getByLabel('Reden', { exact: true }).fill('De stichting stopt met de huiswerkklas.');
    await page.getByRole('button', { name: 'Voorziening beëindigen' }).click();
    await page.getByRole('status').getByText('Huiswerkklas De Brug wordt niet meer aangeboden.').waitFor();
    await page.getByRole('row', { name: /Huiswerkklas De Brug.*van .* tot / }).waitFor();
  });

  it('sets the maatwerkbudget of the year (more per household than in total is refused) and shows the costs', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Budget en kosten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget en kosten' }).waitFor();
    await page.getByRole('table', { name: 'Kosten per maand' }).waitFor();
    await expectAccessible(page, 'budget en kosten');
    await page.getByLabel(/Totaal budget voor \d{4} in euro/).fill('1000');
    await page.getByLabel('Hoogstens per huishouden in euro').fill('2500');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Het bedrag per huishouden mag niet hoger zijn dan het totale budget.' })
      .waitFor();
    await expectAccessible(page, 'budget (fout)');
    await page.getByLabel(/Totaal budget voor \d{4} in euro/).fill('250000');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await page
      .getByRole('status')
      .getByText(/Het maatwerkbudget voor \d{4} is opgeslagen./)
      .waitFor();
    await page.getByText('€ 250.000,00').first().waitFor();
    await screenshot(page, 'beheerder-budget');
  });
});

describe('the functioneel beheerder (keyboard only)', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.signedInPage(/Fatima Beheer/)));

  it('registers a household without a mouse; the role is chosen after the summary said it was missing', async () => {
    await tabTo(page, /^Beheer$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await tabTo(page, /^Huishouden registreren$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Huishouden registreren' }).waitFor();
    await tabTo(page, /^Naam van het huishouden$/);
    await page.keyboard.type('Familie Toetsenbord');
    await tabTo(page, /^Naam$/);
    await page.keyboard.type('Kees Toetsenbord');
    await tabTo(page, /^BSN$/);
    await page.keyboard.type(KEYBOARD_BSN);
    await tabTo(page, /^Geboortedatum$/);
    // A Dutch date field: dd-mm-jjjj, typed digit by digit.
    await page.keyboard.type('01021980');
    await tabTo(page, /^Huishouden registreren$/);
    await page.keyboard.press('Enter');
    // No role chosen: the summary takes the focus, and its link takes the keyboard to the role.
    const noRole = 'Kies de rol van persoon 1 in het huishouden.';
    await page.getByRole('alert').getByRole('link', { name: noRole }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert', undefined, {
      timeout: 5000,
    });
    await expect(householdsWithBsn(KEYBOARD_BSN)).resolves.toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(noRole);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('huishouden-members-0-relation');
    await page.keyboard.type('Ouder'); // the select picks the option that starts with what is typed
    await expect(page.getByLabel('Rol in het huishouden').inputValue()).resolves.toBe('OUDER_VERZORGER');
    await tabTo(page, /^Huishouden registreren$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Familie Toetsenbord is geregistreerd' }).waitFor();
    const registered = await householdsWithBsn(KEYBOARD_BSN);
    expect(registered).toEqual([expect.objectContaining({ name: 'Familie Toetsenbord' })]);
    await expect(membersOf(registered[0]!.householdId)).resolves.toEqual([
      { name: 'Kees Toetsenbord', relation: 'OUDER_VERZORGER' },
    ]);
  });
});
