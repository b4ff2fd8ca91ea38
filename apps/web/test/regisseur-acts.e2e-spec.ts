/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signDevelopmentToken } from '@regie/access';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_HOUSEHOLD_ID, expectAccessible, screenshot, useBrowserSuite, type DemoActor } from './browser-harness';

// The regisseur acts in the household page, in a real Chromium against a real api (demo store, development OpenID
// provider): the plan (goal, revision, agreement, evaluation), the plan PDF (its text extracted), the maatwerkbudget
// (spend, refused by the api at the field, evaluate), afwegingen, a handover that takes the open page away, and the
// noodprocedure. axe (WCAG 2.1 A/AA) on every new screen and on every form in its error state; a refused action is
// checked through the api to have written nothing. The README's regisseur-*.png screenshots are taken here.

const ANNA: DemoActor = { sub: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0599' };
const BEHEERDER: DemoActor = {
  sub: 'u-beheer',
  role: 'functioneel_beheerder',
  name: 'Fatima Beheer',
  gemeente: '0599',
};
const AUDITOR: DemoActor = { sub: 'u-auditor-ahmed', role: 'auditor', name: 'Ahmed Audit', gemeente: '0599' };
const YEAR = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4));

const suite = useBrowserSuite();
let page: Page;

beforeAll(async () => (page = await suite.signedInPage(/Anna Bakker/)));

async function query<T>(text: string, variables: Record<string, unknown>, actor: DemoActor = ANNA): Promise<T> {
  const { data, errors } = await suite.api.graphql<T>(text, variables, actor);
  if (errors) throw new Error(JSON.stringify(errors));
  return data!;
}

interface PlanData {
  household: {
    plan: { goals: { id: string; current: { title: string } }[]; agreements: { id: string; dueOn: string | null }[] };
    maatwerkbudget: { spends: { id: string; answersEntryId: string | null; evaluation: { worked: string } | null }[] };
  };
}
const planOf = async (id = DEMO_HOUSEHOLD_ID) =>
  (
    await query<PlanData>(
      `query($id: ID!) { household(id: $id) { plan { goals { id current { title } } agreements { id dueOn } }
        maatwerkbudget { spends { id answersEntryId evaluation { worked } } } } }`,
      { id },
    )
  ).household;

const setBudget = (perHouseholdCents: number) =>
  query(
    'mutation($input: SetMaatwerkbudgetInput!) { setMaatwerkbudget(input: $input) { year } }',
    { input: { year: YEAR, totalCents: 5_000_000, perHouseholdCents } },
    BEHEERDER,
  );

const GOAL = 'Sanne heeft overzicht over post en rekeningen';
const REVISED = 'Sanne opent zelf de post en betaalt op tijd';

describe('the regisseur works on the plan', () => {
  it('opens the household and sees the plan, the afwegingen and the maatwerkbudget', async () => {
    await page.goto(`${suite.api.baseUrl}/huishoudens/${DEMO_HOUSEHOLD_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Afwegingen en maatwerk' }).waitFor();
    await page.locator('#afwegingen').getByRole('table', { name: 'De afweging stap voor stap' }).first().waitFor();
    const afwegingen = await page.locator('#afwegingen').innerText();
    expect(afwegingen).toMatch(/Eigen kracht/);
    expect(afwegingen).toMatch(/Alternatieven uit de catalogus/);
    expect(afwegingen).not.toMatch(/\b(EIGEN_KRACHT|MAATWERK|JEUGD)\b/);
    // Maatwerk without every lower rung considered is marked in words, exactly where the api says so.
    const { household } = await query<{ household: { maatwerkDecisions: { withoutLadder: boolean }[] } }>(
      'query($id: ID!) { household(id: $id) { maatwerkDecisions { withoutLadder } } }',
      { id: DEMO_HOUSEHOLD_ID },
    );
    const marked = household.maatwerkDecisions.filter((decision) => decision.withoutLadder).length;
    await expect(
      page.locator('#afwegingen').getByText('Let op: maatwerk zonder volledige afweging.', { exact: true }).count(),
    ).resolves.toBe(marked);
    await expect(
      page.locator('#afwegingen').getByText('Alle stappen vóór maatwerk zijn bekeken.', { exact: true }).count(),
    ).resolves.toBe(household.maatwerkDecisions.length - marked);
    await page.locator('#afwegingen').scrollIntoViewIfNeeded();
    await screenshot(page, 'regisseur-afwegingen');
    await expectAccessible(page, 'huishouden met plan, afwegingen en maatwerkbudget');
  });

  it('adds a goal with its leefgebied, after a refusal that wrote nothing and kept what was typed', async () => {
    const before = (await planOf()).plan.goals.length;
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuw doel' });
    await form.getByRole('checkbox', { name: /Werk en Inkomen/ }).check();
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    await form.getByRole('alert').waitFor();
    const title = form.getByRole('textbox', { name: 'Wat wil het huishouden bereiken?' });
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('#doel-nieuw-title-fout').innerText()).resolves.toMatch(/Vul in wat het huishouden/);
    await expect(form.getByRole('checkbox', { name: /Werk en Inkomen/ }).isChecked()).resolves.toBe(true);
    await expectAccessible(page, 'doel toevoegen (fout)');
    await screenshot(page, 'regisseur-doel-fout');
    expect((await planOf()).plan.goals).toHaveLength(before);

    await title.fill(GOAL);
    // Every registered domain is a leefgebied, Wonen too (the list comes from the api's system.domains).
    await expect(
      form
        .getByRole('group', { name: 'Leefgebied' })
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '')),
    ).resolves.toEqual([
      'Jeugd: opgroeien en opvoeden',
      'Wmo: zelfstandig wonen en meedoen',
      'Werk en Inkomen: werk, geld en schulden',
      'Wonen: een huis houden en veilig wonen',
    ]);
    await form.getByRole('checkbox', { name: 'Sanne de Vries' }).check();
    await form.getByLabel(/Wanneer klaar/).fill(`${YEAR + 1}-03-01`);
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Het doel "${GOAL}" is toegevoegd.` })
      .waitFor();
    await page.getByRole('heading', { level: 4, name: GOAL }).waitFor();
    expect((await planOf()).plan.goals.map((goal) => goal.current.title)).toContain(GOAL);
  });

  it('revises the goal with a reason', async () => {
    await page.getByRole('button', { name: `Doel herzien: ${GOAL}` }).click();
    const form = page.getByRole('form', { name: `Doel herzien: ${GOAL}` });
    await form.getByRole('textbox', { name: 'Wat wil het huishouden bereiken?' }).fill(REVISED);
    await form.getByRole('button', { name: 'Doel herzien' }).click();
    await form
      .getByRole('alert')
      .getByText(/Schrijf waarom het doel verandert/)
      .waitFor();
    await expectAccessible(page, 'doel herzien (fout)');
    await form.getByRole('textbox', { name: 'Waarom verandert het doel?' }).fill('Sanne wil het zelf kunnen');
    await form.getByRole('button', { name: 'Doel herzien' }).click();
    await page.getByRole('heading', { level: 4, name: REVISED }).waitFor();
    await page.getByText(/Herzien op .*: Sanne wil het zelf kunnen\./).waitFor();
  });

  it('records an agreement: who does what by when, keeping what was typed on a refusal', async () => {
    const before = (await planOf()).plan.agreements.length;
    await page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    const form = page.getByRole('form', { name: /Nieuwe afspraak/ });
    await form.getByLabel('Wie doet het?').selectOption({ label: 'Iemand uit het netwerk (familie, buren, vrienden)' });
    await form.getByRole('textbox', { name: /Wie precies/ }).fill('buurman Henk');
    await form.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await form
      .getByRole('alert')
      .getByText(/Schrijf wat er gebeurt/)
      .waitFor();
    await expect(form.getByRole('textbox', { name: /Wie precies/ }).inputValue()).resolves.toBe('buurman Henk');
    await expectAccessible(page, 'afspraak (fout)');
    await screenshot(page, 'regisseur-afspraak-fout');
    expect((await planOf()).plan.agreements).toHaveLength(before);

    await form
      .getByRole('textbox', { name: 'Wat gebeurt er?' })
      .fill('Henk opent elke maandag samen met Sanne de post');
    await form.getByLabel(/Wanneer klaar/).fill(`${YEAR + 1}-01-31`);
    await form.getByLabel(/Bij welk doel/).selectOption({ label: REVISED });
    await form.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De afspraak is vastgelegd.' }).waitFor();
    const row = page.getByRole('table', { name: 'Afspraken in het plan' }).getByRole('row', { name: /buurman Henk/ });
    await expect(row.innerText()).resolves.toMatch(
      new RegExp(`Henk opent elke maandag[\\s\\S]*31 januari ${YEAR + 1}`),
    );
    const agreements = (await planOf()).plan.agreements;
    expect(agreements.map((agreement) => agreement.dueOn)).toContain(`${YEAR + 1}-01-31`);
  });

  it('records an evaluation and shows what changed since it', async () => {
    await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Evaluatie van een doel' });
    await form.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await form.getByRole('alert').waitFor();
    await expectAccessible(page, 'evaluatie (fout)');
    // The talk about the demo goal was a while ago; the new goal and agreement came after it.
    await form
      .getByLabel('Welk doel bespreekt u?')
      .selectOption({ label: 'Geen huisuitzetting: huurachterstand opgelost' });
    await form.getByRole('radio', { name: 'Deels bereikt' }).check();
    await form.getByLabel('Datum van het gesprek').fill(`${YEAR}-11-02`);
    await form.getByRole('textbox', { name: /Wat is er besproken/ }).fill('Huur loopt, post blijft liggen');
    await form.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De evaluatie is vastgelegd.' }).waitFor();
    await page.getByText(`De laatste evaluatie was op 2 november ${YEAR}.`).waitFor();
    const changes = await page.getByRole('list', { name: 'Veranderingen sinds de laatste evaluatie' }).innerText();
    expect(changes).toMatch(new RegExp(`nieuw doel "${GOAL}"`));
    expect(changes).toMatch(new RegExp(`doel herzien: "${REVISED}" \\(Sanne wil het zelf kunnen\\)`));
    expect(changes).toMatch(/nieuwe afspraak: Henk opent elke maandag/);
    await page.locator('#plan').scrollIntoViewIfNeeded();
    await screenshot(page, 'regisseur-plan');
    await expectAccessible(page, 'plan na evaluatie');
  });

  it('downloads the plan as a PDF in plain Dutch, and the download is in the verwerkingenlog', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Plan downloaden als pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('plan-van-het-huishouden.pdf');
    const file = join(tmpdir(), `regie-plan-${Date.now()}.pdf`);
    await download.saveAs(file);
    const bytes = new Uint8Array(readFileSync(file));
    const extracted = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    // Lines wrap where the page ends: compare the words, not the line breaks.
    const text = extracted.text.replace(/\s+/g, ' ');
    expect(text).toContain('Ons plan – Familie De Vries');
    expect(text).toContain(REVISED);
    expect(text).toContain('buurman Henk: Henk opent elke maandag samen met Sanne de post.');
    expect(text).toContain(`Klaar op: 31 januari ${YEAR + 1}.`);
    expect(text).toContain(`Besproken op 2 november ${YEAR}.`);
    expect(text).toContain('Uw regisseur is Anna Bakker.');
    // The gemeente's contact (GEMEENTE_CONTACT, set by the browser harness for 0599).
    expect(text).toContain('Bel of mail Gemeente Rotterdam en vraag naar uw regisseur.');
    expect(text).toContain('Telefoon: 14 010');
    expect(text).not.toMatch(/WERK_EN_INKOMEN|HUISHOUDEN|\d{4}-\d{2}-\d{2}/);

    const { processingLog } = await query<{
      processingLog: { edges: { node: { action: string; operation: string; userId: string } }[] };
    }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 50) {
        edges { node { action operation userId } } } }`,
      { filter: { householdId: DEMO_HOUSEHOLD_ID, operation: 'EXPORT' } },
      AUDITOR,
    );
    expect(processingLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'household.planPdf',
      operation: 'EXPORT',
      userId: ANNA.sub,
    });
  });
});

describe('the plan PDF endpoint', () => {
  const pdfUrl = () => `${suite.api.baseUrl}/households/${DEMO_HOUSEHOLD_ID}/plan.pdf`;

  it('asks for the same sign-in as /graphql: none is 401, a session cookie without its CSRF token 403', async () => {
    const anonymous = await fetch(pdfUrl());
    expect([anonymous.status, ((await anonymous.json()) as { code: string }).code]).toEqual([401, 'UNAUTHENTICATED']);
    const session = (await page.context().cookies()).find((cookie) => cookie.name === 'regie_session')!;
    const withoutCsrf = await fetch(pdfUrl(), { headers: { cookie: `regie_session=${session.value}` } });
    expect([withoutCsrf.status, ((await withoutCsrf.json()) as { code: string }).code]).toEqual([403, 'CSRF_FAILED']);
  });

  it('refuses (403, logged as DENIED) a regisseur of another gemeente, and gives the household nothing', async () => {
    const { sub, ...claims } = { sub: 'u-regisseur-ruben', role: 'regisseur', name: 'Ruben Smit', gemeente: '0363' };
    const token = await signDevelopmentToken({ ...claims, sub });
    const refused = await fetch(pdfUrl(), { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/json/);
    const { processingLog } = await query<{
      processingLog: { edges: { node: { action: string; userId: string } }[] };
    }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 50) { edges { node { action userId } } } }`,
      { filter: { householdId: DEMO_HOUSEHOLD_ID, operation: 'DENIED' } },
      AUDITOR,
    );
    expect(processingLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'household.planPdf',
      userId: 'u-regisseur-ruben',
    });
    // The beheerder sees the household's registration, not its care content: the plan is refused to them too.
    const { sub: beheerderSub, ...beheerderClaims } = BEHEERDER;
    const beheerderToken = await signDevelopmentToken({ ...beheerderClaims, sub: beheerderSub });
    const administrative = await fetch(pdfUrl(), { headers: { authorization: `Bearer ${beheerderToken}` } });
    expect(administrative.status).toBe(403);
    const exports = await query<{ processingLog: { edges: { node: { userId: string } }[] } }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 50) { edges { node { userId } } } }`,
      { filter: { householdId: DEMO_HOUSEHOLD_ID, operation: 'EXPORT', userId: BEHEERDER.sub } },
      AUDITOR,
    );
    expect(exports.processingLog.edges).toEqual([]);
  });
});

describe('the regisseur spends from the maatwerkbudget', () => {
  it('sees the room left, is refused at the field by the api when the room shrank, and nothing is written', async () => {
    await page.getByRole('button', { name: 'Geld besteden uit het maatwerkbudget' }).click();
    const form = page.getByRole('form', { name: 'Besteden uit het maatwerkbudget' });
    await form.getByText('U kunt voor dit huishouden nog € 2.500,00 besteden.').waitFor();
    await form.getByRole('button', { name: 'Besteden' }).click();
    await form.getByRole('alert').waitFor();
    await expectAccessible(page, 'besteden (fout)');
    await screenshot(page, 'regisseur-besteden-fout');

    // Meanwhile the beheerder lowers the household's room to € 500: the api refuses what the page still allowed.
    await setBudget(50_000);
    await form.getByRole('textbox', { name: 'Bedrag in euro' }).fill('950,00');
    await form.getByRole('textbox', { name: 'Waarvoor is het geld?' }).fill('Huur van december betaald aan Woonstad');
    await form.getByLabel('Wat moet het voorkomen?').selectOption('HUISUITZETTING');
    const signal = await form
      .locator('#besteding-answers option')
      .evaluateAll((options) => (options as HTMLOptionElement[]).find((o) => o.value.startsWith('entry:'))?.value);
    expect(signal).toBeDefined();
    await form.getByLabel(/Op welk doel of welke melding/).selectOption(signal!);
    await form.getByRole('checkbox', { name: 'Sanne de Vries' }).check();
    await form.getByRole('button', { name: 'Besteden' }).click();
    // The api's refusal replaces the form's own message at the amount field.
    await form
      .locator('#besteding-amount-fout')
      .filter({ hasText: 'Zoveel mag dit huishouden dit jaar niet meer krijgen. Kies een lager bedrag.' })
      .waitFor({ timeout: 10_000 });
    await expect(form.getByRole('textbox', { name: 'Bedrag in euro' }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await expect(form.getByRole('textbox', { name: 'Bedrag in euro' }).inputValue()).resolves.toBe('950,00');
    await expect(form.getByRole('textbox', { name: 'Waarvoor is het geld?' }).inputValue()).resolves.toBe(
      'Huur van december betaald aan Woonstad',
    );
    await expectAccessible(page, 'besteden (geweigerd door de api)');
    expect((await planOf()).maatwerkbudget.spends).toHaveLength(0);

    await setBudget(250_000);
    await form.getByRole('button', { name: 'Besteden' }).click();
    await page.getByRole('status').filter({ hasText: '€ 950,00 is besteed uit het maatwerkbudget.' }).waitFor();
    const spends = (await planOf()).maatwerkbudget.spends;
    expect(spends).toHaveLength(1);
    expect(spends[0]!.answersEntryId).toBe(signal!.slice('entry:'.length));
    await page.getByText('Antwoord op: een melding in de tijdlijn.').waitFor();
  });

  it('later records that the spend worked', async () => {
    await page.getByRole('button', { name: /Vastleggen of het werkte \(€ 950,00/ }).click();
    const form = page.getByRole('form', { name: 'Werkte de betaling?' });
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await form.getByRole('alert').waitFor();
    await expectAccessible(page, 'werkte het (fout)');
    await form.getByRole('radio', { name: 'Ja, het werkte' }).check();
    await form.getByRole('textbox', { name: /Toelichting/ }).fill('Gezin woont er nog');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText(/Werkte het\? Ja, het werkte \(bekeken op .*\): Gezin woont er nog\./).waitFor();
    expect((await planOf()).maatwerkbudget.spends[0]!.evaluation).toEqual({ worked: 'JA' });
    await page.locator('#maatwerkbudget').scrollIntoViewIfNeeded();
    await screenshot(page, 'regisseur-maatwerkbudget');
    await expectAccessible(page, 'maatwerkbudget');
  });
});

describe('handover and noodprocedure', () => {
  let householdId: string;
  const REASON = 'Melding Veilig Thuis: kind alleen thuis';

  beforeAll(async () => {
    const { registerHousehold } = await query<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0599',
          name: 'Familie Bos',
          members: [{ bsn: '999993653', name: 'Eva Bos', birthDate: '1990-04-01', relation: 'OUDER_VERZORGER' }],
        },
      },
      BEHEERDER,
    );
    householdId = registerHousehold.householdId;
    await assign('u-regisseur-anna', 'Anna Bakker');
  });

  function assign(userId: string, name: string) {
    return query(
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`,
      { input: { householdId, regisseurUserId: userId, regisseurName: name, reason: 'Verdeling van het werk' } },
      BEHEERDER,
    );
  }

  const emergencyLines = async () =>
    (
      await query<{ emergencyAccesses: { householdId: string; userId: string; emergencyReason: string }[] }>(
        `query($from: DateTime!, $to: DateTime!) { emergencyAccesses(from: $from, to: $to) {
          householdId userId emergencyReason } }`,
        { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() },
        AUDITOR,
      )
    ).emergencyAccesses.filter((line) => line.householdId === householdId);

  it('loses the open household at once when it is handed over to another regisseur', async () => {
    await page.goto(`${suite.api.baseUrl}/huishoudens/${householdId}`);
    await page.getByRole('heading', { level: 1, name: 'Familie Bos' }).waitFor();
    await page.getByText(/gebeurtenissen, de nieuwste eerst/).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500)); // the live timeline registers its listener
    await assign('u-regisseur-bram', 'Bram Smit');
    await page
      .getByRole('heading', { level: 1, name: 'U hebt geen toegang meer tot dit huishouden' })
      .waitFor({ timeout: 10_000 });
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/Eva Bos/);
    await expectAccessible(page, 'toegang kwijt na overdracht');
    await screenshot(page, 'regisseur-toegang-kwijt');
  });

  it('opens it with the noodprocedure: a reason of at least ten characters, a banner, listed for the auditor', async () => {
    await page.goto(`${suite.api.baseUrl}/huishoudens/${householdId}`);
    await page.getByRole('heading', { level: 1, name: 'U hebt geen toegang' }).waitFor();
    const reason = page.getByRole('textbox', { name: 'Waarom moet u dit huishouden nu zien?' });
    await reason.fill('nood');
    await page.getByRole('button', { name: 'Huishouden openen met de noodprocedure' }).click();
    await page
      .getByRole('alert')
      .getByText(/ten minste 10 tekens/)
      .waitFor();
    await expect(reason.inputValue()).resolves.toBe('nood');
    await expectAccessible(page, 'noodprocedure (fout)');
    await screenshot(page, 'regisseur-noodprocedure-fout');
    expect(await emergencyLines()).toEqual([]);

    await reason.fill(REASON);
    await page.getByRole('button', { name: 'Huishouden openen met de noodprocedure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Familie Bos' }).waitFor();
    const banner = page.getByRole('region', { name: 'Noodprocedure' });
    await expect(banner.innerText()).resolves.toMatch(
      /u bekijkt dit huishouden zonder de gewone toegang[\s\S]*kind alleen thuis/,
    );
    // What is needed to act: the timeline (the household's registration and its handovers), costs and ZRM; not
    // who else looked. The timeline is read page by page with the reason, not live.
    await page
      .locator('#tijdlijn')
      .getByText(/gebeurtenissen, de nieuwste eerst/)
      .waitFor();
    await page.locator('#kosten').waitFor();
    await page.locator('#zrm').waitFor();
    await expect(page.locator('#wie-keek-mee').count()).resolves.toBe(0);
    await expectAccessible(page, 'noodprocedure');
    await screenshot(page, 'regisseur-noodprocedure');
    // The banner stays in view while the emergency view is open, also down the page and after a reload.
    await page.locator('#maatwerkbudget').scrollIntoViewIfNeeded();
    const box = await banner.boundingBox();
    expect(box && box.y >= 0 && box.y < 100).toBe(true);
    await page.reload();
    await page.getByRole('region', { name: 'Noodprocedure' }).waitFor();
    await expect(page.getByRole('button', { name: 'Doel toevoegen' }).count()).resolves.toBe(0);

    const lines = await emergencyLines();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.userId === ANNA.sub && line.emergencyReason === REASON)).toBe(true);

    await page.getByRole('button', { name: 'Noodprocedure sluiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'U hebt geen toegang' }).waitFor();
  });
});

describe('the regisseur by keyboard alone', () => {
  it('adds a goal without a mouse', async () => {
    await page.goto(`${suite.api.baseUrl}/huishoudens/${DEMO_HOUSEHOLD_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Familie De Vries' }).waitFor();
    await page.getByRole('button', { name: 'Doel toevoegen' }).waitFor();
    await page.locator('#plan-kop').focus();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
      if (focused === 'Doel toevoegen') break;
    }
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'Wat wil het huishouden bereiken?' });
    await title.waitFor();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await title.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(title.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('Noah slaapt op tijd');
    await page.keyboard.press('Enter'); // submits the form from its text field
    await page.getByRole('heading', { level: 4, name: 'Noah slaapt op tijd' }).waitFor();
  });
});
