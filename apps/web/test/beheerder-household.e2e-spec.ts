/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, FATIMA, screenshot, tabTo, useBrowserSuite } from './browser-harness';

// The functioneel beheerder manages an existing household in a real Chromium against a real api: add a member (its
// role chosen on purpose: none is chosen at first), take one out, record a new woonadres, stop the regisseur, close and reopen the household. Each step is refused
// once (in the form or by the api) with a Dutch message at its field, and that refusal writes nothing (checked
// through the api). axe (WCAG 2.1 A/AA) on the screen and on the forms in their error state. Once by keyboard
// alone, on a household of its own: add a member after a refusal (the role chosen by typing), stop the regisseur
// after a refusal.

const PIET_BSN = '100000071';
const SARA_BSN = '100000083';
const NOOR_BSN = '100000095';
const RUUD_BSN = '100000113';
const MILA_BSN = '100000125';

const suite = useBrowserSuite();
let householdId: string;

interface HouseholdState {
  closed: boolean;
  address: { postcode: string; huisnummer: number; huisletter: string | null } | null;
  members: { id: string; name: string; relation: string }[];
  regisseur: { name: string } | null;
}

/** The household as the api gives it to the beheerder (not through the browser). */
async function household(id = householdId): Promise<HouseholdState> {
  const { data, errors } = await suite.api.graphql<{ household: HouseholdState }>(
    `query($id: ID!) { household(id: $id) {
       closed address { postcode huisnummer huisletter } members { id name relation } regisseur { name } } }`,
    { id },
    FATIMA,
  );
  expect(errors).toBeUndefined();
  return data!.household;
}

beforeAll(async () => {
  const registered = await suite.api.graphql<{ registerHousehold: { householdId: string } }>(
    'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }',
    {
      input: {
        gemeente: '0599',
        name: 'Familie De Vries',
        address: { postcode: '3011AB', huisnummer: 12 },
        members: [
          { name: 'Piet de Vries', bsn: PIET_BSN, birthDate: '1982-03-14', relation: 'OUDER_VERZORGER' },
          { name: 'Sara de Vries', bsn: SARA_BSN, birthDate: '2009-06-30', relation: 'KIND' },
        ],
      },
    },
    FATIMA,
  );
  expect(registered.errors).toBeUndefined();
  householdId = registered.data!.registerHousehold.householdId;
  const assigned = await suite.api.graphql(
    'mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }',
    {
      input: {
        householdId,
        regisseurUserId: 'u-regisseur-anna',
        regisseurName: 'Anna Bakker',
        reason: 'Nieuwe aanmelding',
      },
    },
    FATIMA,
  );
  expect(assigned.errors).toBeUndefined();
});

/** The message shown at a field (its error element, linked by aria-describedby) and the field marked invalid. */
async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = described.split(' ').find((id) => id.endsWith('-fout'));
  expect(errorId).toBeDefined();
  await expect(field.page().locator(`#${errorId}`).innerText()).resolves.toBe(message);
}

describe('the functioneel beheerder manages a household', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.signedInPage(/Fatima Beheer/)));

  it('finds the household by BSN and opens Huishouden beheren', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByLabel('BSN').fill(SARA_BSN);
    await page.getByRole('button', { name: 'Huishouden zoeken' }).click();
    await page.getByRole('link', { name: 'Familie De Vries beheren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huishouden beheren: Familie De Vries' }).waitFor();
    await page.getByText('Het woonadres is nu 3011 AB, huisnummer 12.').waitFor();
    await page.getByText('De regisseur is Anna Bakker', { exact: false }).waitFor();
    await expectAccessible(page, 'huishouden beheren');
    await screenshot(page, 'beheerder-huishouden');
  });

  it('adds a member: a wrong BSN, no role and a BSN already in the household are refused at the field, nothing is written', async () => {
    const form = page.getByRole('form', { name: 'Persoon toevoegen' });
    const role = form.getByLabel('Rol in het huishouden');
    // The role is not chosen for the beheerder: the select starts at "Kies de rol", which is no role.
    await expect(role.inputValue()).resolves.toBe('');
    await expect(role.locator('option:checked').innerText()).resolves.toBe('Kies de rol');
    await form.getByLabel('Naam').fill('Noor de Vries');
    await form.getByLabel('BSN').fill('100000096'); // one digit off: the elfproef fails
    await form.getByLabel('Geboortedatum').fill('2024-01-05');
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const wrong = 'Dit BSN klopt niet. Controleer de negen cijfers.';
    const noRole = 'Kies de rol van deze persoon in het huishouden.';
    await page.getByRole('alert').getByRole('link', { name: wrong }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: noRole }).waitFor();
    await expectFieldError(form.getByLabel('BSN'), wrong);
    await expectFieldError(role, noRole);
    await expect(form.getByLabel('Naam').inputValue()).resolves.toBe('Noor de Vries');
    await expectAccessible(page, 'persoon toevoegen (fout)');
    await screenshot(page, 'beheerder-huishouden-fout');

    // A right BSN, still no role: refused at the role alone; the summary links to it; nothing is written.
    await form.getByLabel('BSN').fill(NOOR_BSN);
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('alert').getByRole('link', { name: wrong }).waitFor({ state: 'detached' });
    await expect(page.getByRole('alert').getByRole('link').count()).resolves.toBe(1);
    await expectFieldError(role, noRole);
    await expect(page.getByRole('alert').getByRole('link', { name: noRole }).getAttribute('href')).resolves.toBe(
      `#${await role.getAttribute('id')}`,
    );
    expect((await household()).members.map((member) => member.name)).toEqual(['Piet de Vries', 'Sara de Vries']);
    await role.selectOption({ label: 'Kind' });

    // The BSN of someone who already belongs: only the api knows; it refuses at the BSN.
    await form.getByLabel('BSN').fill(PIET_BSN);
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const already = 'Deze persoon hoort al bij dit huishouden. Controleer het BSN.';
    await page.getByRole('alert').getByRole('link', { name: already }).waitFor();
    await expectFieldError(form.getByLabel('BSN'), already);
    await expectAccessible(page, 'persoon toevoegen (geweigerd door de api)');
    expect((await household()).members.map((member) => member.name)).toEqual(['Piet de Vries', 'Sara de Vries']);

    await form.getByLabel('BSN').fill(NOOR_BSN);
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('status').getByText('Noor de Vries hoort nu bij Familie De Vries.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Noor de Vries, kind, geboren op 5 januari 2024' }).waitFor();
    expect((await household()).members).toContainEqual(
      expect.objectContaining({ name: 'Noor de Vries', relation: 'KIND' }),
    );
    // The form is empty again, the role too: the next person's role is chosen anew.
    await expect(form.getByLabel('Naam').inputValue()).resolves.toBe('');
    await expect(role.inputValue()).resolves.toBe('');
  });

  it('takes a member out: without a reason and without confirming it is refused; then Sara no longer belongs', async () => {
    const form = page.getByRole('form', { name: 'Persoon uitschrijven' });
    await form.getByLabel('Wie hoort niet meer bij het huishouden?').selectOption({ label: 'Sara de Vries' });
    await form.getByRole('button', { name: 'Persoon uitschrijven' }).click();
    const noReason = 'Vul een reden in. Schrijf in een paar woorden waarom.';
    await page.getByRole('alert').getByRole('link', { name: noReason }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'Zet een vinkje bij “Ik weet het zeker”.' }).waitFor();
    await expectFieldError(form.getByLabel('Reden'), noReason);
    await expectAccessible(page, 'persoon uitschrijven (fout)');
    // A reason alone is not enough: the step must be confirmed.
    await form.getByLabel('Reden').fill('Verhuisd naar een eigen woning.');
    await form.getByRole('button', { name: 'Persoon uitschrijven' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Zet een vinkje bij “Ik weet het zeker”.' }).waitFor();
    expect((await household()).members.map((member) => member.name)).toContain('Sara de Vries');

    await form.getByLabel('Ik weet het zeker').check();
    await form.getByRole('button', { name: 'Persoon uitschrijven' }).click();
    await page.getByRole('status').getByText('Sara de Vries hoort niet meer bij Familie De Vries.').waitFor();
    expect((await household()).members.map((member) => member.name)).toEqual(['Piet de Vries', 'Noor de Vries']);
    await expect(form.getByLabel('Reden').inputValue()).resolves.toBe('');
  });

  it('records a new woonadres: the address it already has is refused at the postcode; then the new one', async () => {
    const form = page.getByRole('form', { name: 'Nieuw woonadres' });
    await form.getByLabel('Postcode').fill('3011 ab');
    await form.getByLabel('Huisnummer').fill('12');
    await form.getByRole('button', { name: 'Woonadres opslaan' }).click();
    const same = 'Dit is al het woonadres van het huishouden. Vul het nieuwe adres in.';
    await page.getByRole('alert').getByRole('link', { name: same }).waitFor();
    await expectFieldError(form.getByLabel('Postcode'), same);
    await expectAccessible(page, 'woonadres (geweigerd door de api)');
    expect((await household()).address).toEqual({ postcode: '3011AB', huisnummer: 12, huisletter: null });

    await form.getByLabel('Postcode').fill('3012 CD');
    await form.getByLabel('Huisnummer').fill('5');
    await form.getByLabel('Huisletter (niet verplicht)').fill('b');
    await form.getByRole('button', { name: 'Woonadres opslaan' }).click();
    await page.getByRole('status').getByText('Het nieuwe woonadres van Familie De Vries is opgeslagen.').waitFor();
    await page.getByText('Het woonadres is nu 3012 CD, huisnummer 5B.').waitFor();
    expect((await household()).address).toEqual({ postcode: '3012CD', huisnummer: 5, huisletter: 'B' });
  });

  it('stops the regisseur: an empty reason and no confirmation are refused; then the household has no regisseur', async () => {
    const form = page.getByRole('form', { name: 'Regisseur stoppen' });
    await form.getByLabel('Reden').fill('   ');
    await form.getByRole('button', { name: 'Regisseur stoppen' }).click();
    const noReason = 'Vul een reden in. Schrijf in een paar woorden waarom.';
    const confirm = 'Zet een vinkje bij “Ik weet het zeker”.';
    await page.getByRole('alert').getByRole('link', { name: noReason }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: confirm }).waitFor();
    await expectFieldError(form.getByLabel('Reden'), noReason);
    await expectAccessible(page, 'regisseur stoppen (fout)');
    expect((await household()).regisseur).toEqual({ name: 'Anna Bakker' });

    // A reason alone is not enough: the step must be confirmed, and until then Anna stays the regisseur.
    await form.getByLabel('Reden').fill('De hulp is klaar.');
    await form.getByRole('button', { name: 'Regisseur stoppen' }).click();
    await page.getByRole('alert').getByRole('link', { name: confirm }).waitFor();
    await expect(page.getByRole('alert').getByRole('link').count()).resolves.toBe(1);
    await expect(page.locator('#loslaten-confirm-fout').innerText()).resolves.toBe(confirm);
    await expect(form.getByLabel('Reden').inputValue()).resolves.toBe('De hulp is klaar.');
    await page.getByText('De regisseur is Anna Bakker', { exact: false }).waitFor();
    expect((await household()).regisseur).toEqual({ name: 'Anna Bakker' });

    await form.getByLabel('Ik weet het zeker').check();
    await form.getByRole('button', { name: 'Regisseur stoppen' }).click();
    await page.getByRole('status').getByText('Familie De Vries heeft nu geen regisseur meer.').waitFor();
    await page.getByRole('link', { name: 'Regisseur toewijzen' }).waitFor();
    expect((await household()).regisseur).toBeNull();
  });

  it('closes the household only when confirmed, and reopens it with a reason', async () => {
    const close = page.getByRole('form', { name: 'Huishouden sluiten' });
    await close.getByLabel('Reden').fill('De doelen van het plan zijn gehaald.');
    await close.getByRole('button', { name: 'Huishouden sluiten' }).click();
    const confirm = 'Zet een vinkje bij “Ik weet het zeker”.';
    await page.getByRole('alert').getByRole('link', { name: confirm }).waitFor();
    await expect(page.locator('#sluiten-confirm-fout').innerText()).resolves.toBe(confirm);
    await expect(close.getByLabel('Reden').inputValue()).resolves.toBe('De doelen van het plan zijn gehaald.');
    await expectAccessible(page, 'huishouden sluiten (fout)');
    expect((await household()).closed).toBe(false);

    await close.getByLabel('Ik weet het zeker').check();
    await close.getByRole('button', { name: 'Huishouden sluiten' }).click();
    await page.getByRole('status').getByText('Familie De Vries is gesloten.').waitFor();
    await page.getByText('Dit huishouden is gesloten. U kunt niets veranderen tot u het heropent.').waitFor();
    expect((await household()).closed).toBe(true);
    await expect(page.getByRole('form', { name: 'Persoon toevoegen' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'huishouden gesloten');
    await screenshot(page, 'beheerder-huishouden-gesloten');

    const reopen = page.getByRole('form', { name: 'Huishouden heropenen' });
    await reopen.getByRole('button', { name: 'Huishouden heropenen' }).click();
    const noReason = 'Vul een reden in. Schrijf in een paar woorden waarom.';
    await page.getByRole('alert').getByRole('link', { name: noReason }).waitFor();
    await expectFieldError(reopen.getByLabel('Reden'), noReason);
    await expectAccessible(page, 'huishouden heropenen (fout)');
    expect((await household()).closed).toBe(true);

    await reopen.getByLabel('Reden').fill('Nieuwe aanmelding via het wijkteam.');
    await reopen.getByRole('button', { name: 'Huishouden heropenen' }).click();
    await page.getByRole('status').getByText('Familie De Vries is weer open.').waitFor();
    await page.getByRole('form', { name: 'Persoon toevoegen' }).waitFor();
    expect((await household()).closed).toBe(false);
  });

  it('a step on a page opened before the household was closed is refused in the summary, and writes nothing', async () => {
    const closed = await suite.api.graphql(
      'mutation($input: HouseholdReasonInput!) { closeHousehold(input: $input) { position } }',
      { input: { householdId, reason: 'Gesloten door een collega' } },
      FATIMA,
    );
    expect(closed.errors).toBeUndefined();
    const before = (await household()).members.map((member) => member.name);
    const form = page.getByRole('form', { name: 'Persoon toevoegen' });
    await form.getByLabel('Naam').fill('Lars de Vries');
    await form.getByLabel('BSN').fill('100000101');
    await form.getByLabel('Geboortedatum').fill('2025-02-01');
    await form.getByLabel('Rol in het huishouden').selectOption({ label: 'Kind' });
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('alert').getByText('Dit huishouden is gesloten. Heropen het eerst.').waitFor();
    await expect(form.getByLabel('Naam').inputValue()).resolves.toBe('Lars de Vries');
    await expectAccessible(page, 'persoon toevoegen (huishouden gesloten)');
    expect((await household()).members.map((member) => member.name)).toEqual(before);
    await page.reload();
    await page.getByRole('form', { name: 'Huishouden heropenen' }).waitFor();
  });
});

describe('the functioneel beheerder manages a household (keyboard only)', () => {
  let page: Page;
  let toetsId: string;
  beforeAll(async () => {
    const registered = await suite.api.graphql<{ registerHousehold: { householdId: string } }>(
      'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }',
      {
        input: {
          gemeente: '0599',
          name: 'Familie Toets',
          members: [{ name: 'Ruud Toets', bsn: RUUD_BSN, birthDate: '1979-10-02', relation: 'OUDER_VERZORGER' }],
        },
      },
      FATIMA,
    );
    expect(registered.errors).toBeUndefined();
    toetsId = registered.data!.registerHousehold.householdId;
    const assigned = await suite.api.graphql(
      'mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }',
      {
        input: {
          householdId: toetsId,
          regisseurUserId: 'u-regisseur-anna',
          regisseurName: 'Anna Bakker',
          reason: 'Nieuw',
        },
      },
      FATIMA,
    );
    expect(assigned.errors).toBeUndefined();
    page = await suite.signedInPage(/Fatima Beheer/);
  });

  /** The focused element: its tag, id, and the accessible name of the form it is in. */
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName ?? '',
        id: element?.id ?? '',
        form: element?.closest('form')?.getAttribute('aria-label') ?? '',
      };
    });

  /** Tab to the field or button with this label inside the form with this name. */
  async function tabToIn(form: string, text: RegExp): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt++) {
      await tabTo(page, text);
      if ((await focused()).form === form) return;
    }
    throw new Error(`no ${text} in the form ${form}`);
  }

  it('finds the household and opens Huishouden beheren without a mouse', async () => {
    await tabTo(page, /^Beheer$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await tabTo(page, /^BSN$/);
    await page.keyboard.type(RUUD_BSN);
    await tabTo(page, /^Huishouden zoeken$/);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Familie Toets beheren' }).waitFor();
    await tabTo(page, /^Familie Toets beheren$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Huishouden beheren: Familie Toets' }).waitFor();
  });

  it('adds a member: a wrong BSN is refused, the summary link leads to the field, then the fixed BSN is added', async () => {
    await tabToIn('Persoon toevoegen', /^Naam$/);
    await page.keyboard.type('Mila Toets');
    await tabToIn('Persoon toevoegen', /^BSN$/);
    await page.keyboard.type('100000126'); // one digit off: the elfproef fails
    await tabToIn('Persoon toevoegen', /^Geboortedatum$/);
    await page.keyboard.type('05012024'); // a Dutch date field: dd-mm-jjjj, digit by digit
    await tabToIn('Persoon toevoegen', /^Rol in het huishouden$/);
    await page.keyboard.type('Kind'); // the select picks the option that starts with what is typed
    await expect(page.locator('#lid-member-relation').inputValue()).resolves.toBe('KIND');
    await tabToIn('Persoon toevoegen', /^Persoon toevoegen$/);
    await page.keyboard.press('Enter');
    const wrong = 'Dit BSN klopt niet. Controleer de negen cijfers.';
    await page.getByRole('alert').getByRole('link', { name: wrong }).waitFor();
    // The summary takes the focus (in the frame after it appears: waited for, not raced); its link takes the
    // keyboard to the field.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert', undefined, {
      timeout: 5000,
    });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(wrong);
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toEqual({ tag: 'INPUT', id: 'lid-member-bsn', form: 'Persoon toevoegen' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type(MILA_BSN);
    await page.keyboard.press('Enter'); // submits the form from its field
    await page.getByRole('status').getByText('Mila Toets hoort nu bij Familie Toets.').waitFor();
    expect((await household(toetsId)).members.map(({ name, relation }) => ({ name, relation }))).toEqual([
      { name: 'Ruud Toets', relation: 'OUDER_VERZORGER' },
      { name: 'Mila Toets', relation: 'KIND' },
    ]);
  });

  it('stops the regisseur with a reason, confirmed after a refusal without the tick, the button pressed with Space', async () => {
    await tabToIn('Regisseur stoppen', /^Reden$/);
    await page.keyboard.type('De hulp is klaar.');
    await tabToIn('Regisseur stoppen', /^Regisseur stoppen$/);
    await page.keyboard.press('Space');
    // Not confirmed: refused, nothing written; the summary has the focus and its link takes the keyboard to the box.
    const confirm = 'Zet een vinkje bij “Ik weet het zeker”.';
    await page.getByRole('alert').getByRole('link', { name: confirm }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert', undefined, {
      timeout: 5000,
    });
    expect((await household(toetsId)).regisseur).toEqual({ name: 'Anna Bakker' });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(confirm);
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toEqual({ tag: 'FIELDSET', id: 'loslaten-confirm', form: 'Regisseur stoppen' });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toEqual({ tag: 'INPUT', id: 'loslaten-confirm-zeker', form: 'Regisseur stoppen' });
    await page.keyboard.press('Space');
    await tabToIn('Regisseur stoppen', /^Regisseur stoppen$/);
    await page.keyboard.press('Space');
    await page.getByRole('status').getByText('Familie Toets heeft nu geen regisseur meer.').waitFor();
    expect((await household(toetsId)).regisseur).toBeNull();
    // The form is gone with the regisseur; the confirmation has the focus (not the top of the page), and the next
    // Tab goes on to what follows it: the link to assign a new regisseur.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Familie Toets heeft nu geen regisseur meer.',
    );
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Regisseur toewijzen');
  });
});

describe('the functioneel beheerder hands a regisseur’s households over', () => {
  const DIRK = { userId: 'u-regisseur-dirk', name: 'Dirk Verlof' };
  const families = ['Familie Aksoy', 'Familie Brouwer', 'Familie Celik'];
  const bsns = ['100000137', '100000149', '100000150'];
  const ids: Record<string, string> = {};
  let page: Page;

  const assign = (id: string, to: { userId: string; name: string }) =>
    suite.api.graphql(
      'mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }',
      { input: { householdId: id, regisseurUserId: to.userId, regisseurName: to.name, reason: 'Aanmelding' } },
      FATIMA,
    );
  const regisseurOf = async (name: string) => (await household(ids[name]!)).regisseur?.name;

  beforeAll(async () => {
    for (const [index, name] of families.entries()) {
      const registered = await suite.api.graphql<{ registerHousehold: { householdId: string } }>(
        'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId position } }',
        {
          input: {
            gemeente: '0599',
            name,
            members: [
              { name: `Ouder ${name}`, bsn: bsns[index], birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' },
            ],
          },
        },
        FATIMA,
      );
      expect(registered.errors).toBeUndefined();
      ids[name] = registered.data!.registerHousehold.householdId;
      expect((await assign(ids[name]!, DIRK)).errors).toBeUndefined();
    }
    page = await suite.signedInPage(/Fatima Beheer/);
  });

  it('lists the regisseurs; an empty form is refused at its fields', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Regisseurs en overdracht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regisseurs en overdracht' }).waitFor();
    const row = page.getByRole('row', { name: /Dirk Verlof/ });
    await expect(row.getByRole('cell').allInnerTexts()).resolves.toEqual([
      DIRK.userId,
      '3',
      'Huishoudens van Dirk Verlof overdragen',
    ]);
    await expectAccessible(page, 'regisseurs en overdracht');
    await screenshot(page, 'beheerder-regisseurs');

    await row.getByRole('link', { name: 'Huishoudens van Dirk Verlof overdragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huishoudens van Dirk Verlof overdragen' }).waitFor();
    const boxes = page.getByRole('group', { name: 'Welke huishoudens draagt u over?' }).getByRole('checkbox');
    await expect(boxes.count()).resolves.toBe(3);
    // Dirk himself is not offered as the new regisseur.
    await expect(page.getByRole('radio', { name: /^Dirk Verlof/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '3 huishoudens overdragen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kies de nieuwe regisseur.' }).waitFor();

    await page.getByRole('radio', { name: /^Iemand anders/ }).check();
    await page.getByLabel('Inlognaam van de nieuwe regisseur').fill(DIRK.userId);
    await page.getByRole('button', { name: '3 huishoudens overdragen' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Dirk Verlof is nu al de regisseur. Kies iemand anders.' }).waitFor();
    await summary.getByRole('link', { name: 'Vul de naam van de nieuwe regisseur in.' }).waitFor();
    await summary.getByRole('link', { name: /^Vul een reden in/ }).waitFor();
    await expectFieldError(
      page.getByLabel('Inlognaam van de nieuwe regisseur'),
      'Dirk Verlof is nu al de regisseur. Kies iemand anders.',
    );
    await expectAccessible(page, 'huishoudens overdragen (fout)');
    for (const name of families) await expect(regisseurOf(name)).resolves.toBe(DIRK.name);
  });

  it('hands over the chosen households; one another beheerder moved meanwhile is refused and named', async () => {
    await page.getByRole('checkbox', { name: /^Familie Celik/ }).uncheck();
    // Meanwhile, in another window, Brouwer went to Anna: this list still shows Dirk.
    expect(
      (await assign(ids['Familie Brouwer']!, { userId: 'u-regisseur-anna', name: 'Anna Bakker' })).errors,
    ).toBeUndefined();

    await page.getByLabel('Inlognaam van de nieuwe regisseur').fill('u-regisseur-eva');
    await page.getByLabel('Naam van de nieuwe regisseur', { exact: true }).fill('Eva Vervanger');
    await page.getByLabel('Reden').fill('Dirk is drie maanden met verlof.');
    await page.getByRole('button', { name: '2 huishoudens overdragen' }).click();
    const result = page.getByRole('region', { name: 'Uitkomst van de overdracht' });
    await result.getByText('1 huishouden is overgedragen aan Eva Vervanger: Familie Aksoy.').waitFor();
    await result
      .getByText(
        'Familie Brouwer: De regisseur van dit huishouden is intussen veranderd (nu: Anna Bakker). Er is niets overgedragen.',
      )
      .waitFor();
    // The list now holds what Dirk still has: Celik, left out on purpose.
    await page.getByRole('button', { name: '1 huishouden overdragen' }).waitFor();
    await expect(
      page.getByRole('group', { name: 'Welke huishoudens draagt u over?' }).getByRole('checkbox').count(),
    ).resolves.toBe(1);
    await expectAccessible(page, 'huishoudens overgedragen');
    await screenshot(page, 'beheerder-overdracht');

    await expect(regisseurOf('Familie Aksoy')).resolves.toBe('Eva Vervanger');
    await expect(regisseurOf('Familie Brouwer')).resolves.toBe('Anna Bakker');
    await expect(regisseurOf('Familie Celik')).resolves.toBe(DIRK.name);
  });

  it('hands over the last household to a regisseur from the list; the page still names Dirk', async () => {
    await page.getByRole('radio', { name: /^Anna Bakker \(u-regisseur-anna\)/ }).check();
    await page.getByLabel('Reden').fill('Dirk is drie maanden met verlof.');
    await page.getByRole('button', { name: '1 huishouden overdragen' }).click();
    const result = page.getByRole('region', { name: 'Uitkomst van de overdracht' });
    await result.getByText('1 huishouden is overgedragen aan Anna Bakker: Familie Celik.').waitFor();
    await page.getByText('Dirk Verlof heeft geen open huishoudens (meer).').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Huishoudens van Dirk Verlof overdragen' }).waitFor();
    await expectAccessible(page, 'alle huishoudens overgedragen');
    await expect(regisseurOf('Familie Celik')).resolves.toBe('Anna Bakker');
  });
});

describe('the functioneel beheerder hands households over (keyboard only)', () => {
  const KAREL = { userId: 'u-regisseur-karel', name: 'Karel Toetsenbord' };
  const families = ['Familie Dijkstra', 'Familie Eren'];
  const bsns = ['100000162', '100000174'];
  const ids: string[] = [];
  let page: Page;

  beforeAll(async () => {
    for (const [index, name] of families.entries()) {
      const registered = await suite.api.graphql<{ registerHousehold: { householdId: string } }>(
        'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }',
        {
          input: {
            gemeente: '0599',
            name,
            members: [
              { name: `Ouder ${name}`, bsn: bsns[index], birthDate: '1981-02-02', relation: 'OUDER_VERZORGER' },
            ],
          },
        },
        FATIMA,
      );
      expect(registered.errors).toBeUndefined();
      ids.push(registered.data!.registerHousehold.householdId);
      const assigned = await suite.api.graphql(
        'mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }',
        {
          input: { householdId: ids.at(-1), regisseurUserId: KAREL.userId, regisseurName: KAREL.name, reason: 'Nieuw' },
        },
        FATIMA,
      );
      expect(assigned.errors).toBeUndefined();
    }
    page = await suite.signedInPage(/Fatima Beheer/);
  });

  it('opens the regisseur, leaves one household, picks Anna Bakker with the arrow keys and hands over', async () => {
    await tabTo(page, /^Beheer$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await tabTo(page, /^Regisseurs en overdracht$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Regisseurs en overdracht' }).waitFor();
    await tabTo(page, /^Huishoudens van Karel Toetsenbord overdragen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Huishoudens van Karel Toetsenbord overdragen' }).waitFor();

    // Space takes the tick away from the second household; the radio group is entered with Tab, Space picks.
    await tabTo(page, /^Familie Eren/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: /^Familie Eren/ }).isChecked()).resolves.toBe(false);
    await tabTo(page, /^Anna Bakker \(u-regisseur-anna\)/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /^Anna Bakker/ }).isChecked()).resolves.toBe(true);
    await tabTo(page, /^Reden$/);
    await page.keyboard.type('Karel gaat naar een ander team.');
    await tabTo(page, /^1 huishouden overdragen$/);
    await page.keyboard.press('Enter');

    const outcome = page.getByRole('region', { name: 'Uitkomst van de overdracht' });
    await outcome.getByText('1 huishouden is overgedragen aan Anna Bakker: Familie Dijkstra.').waitFor();
    // The outcome has the focus, so a screen reader reads it next.
    await page.waitForFunction(() => document.activeElement?.id === 'uitkomst', undefined, { timeout: 5000 });
    const regisseurs = await Promise.all(ids.map(async (id) => (await household(id)).regisseur?.name));
    expect(regisseurs).toEqual(['Anna Bakker', KAREL.name]);
  });
});
