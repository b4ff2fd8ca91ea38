/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  DEMO_HOUSEHOLD_ID,
  expectAccessible,
  screenshot,
  tabTo,
  useBrowserSuite,
  type DemoActor,
} from './browser-harness';

// The auditor's main task in a real Chromium against a real api: find the regisseur's reads of a household in the
// verwerkingenlog (filtered on user and action), the emergency access with its reason, "who looked at this
// household", and download the export for Excel and as JSON Lines. axe on every screen and every form in its
// error state; a refused export writes no EXPORT line.

const AHMED: DemoActor = { sub: 'u-auditor-ahmed', role: 'auditor', name: 'Ahmed Audit', gemeente: '0599' };
const ANNA: DemoActor = { sub: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0599' };
/** A regisseur of the gemeente who is not this household's: only the noodprocedure lets her in. */
const BRITT: DemoActor = { sub: 'u-regisseur-britt', role: 'regisseur', name: 'Britt Nood', gemeente: '0599' };
const EMERGENCY_REASON = 'Politie meldt acute zorgen om de kinderen, regisseur niet bereikbaar';

const suite = useBrowserSuite();

beforeAll(async () => {
  // What the auditor will look for: the regisseur reads the household, and another regisseur opens it in an emergency.
  const read = await suite.api.graphql(
    'query($id: ID!) { household(id: $id) { name } }',
    { id: DEMO_HOUSEHOLD_ID },
    ANNA,
  );
  expect(read.errors).toBeUndefined();
  const emergency = await suite.api.graphql(
    'query($id: ID!, $reason: String) { household(id: $id, emergencyReason: $reason) { emergencyAccess } }',
    { id: DEMO_HOUSEHOLD_ID, reason: EMERGENCY_REASON },
    BRITT,
  );
  expect(emergency.errors).toBeUndefined();
});

async function exportLines(): Promise<number> {
  const { data } = await suite.api.graphql<{ processingLog: { edges: unknown[] } }>(
    '{ processingLog(filter: { operation: EXPORT }, first: 100) { edges { cursor } } }',
    {},
    AHMED,
  );
  return data!.processingLog.edges.length;
}

describe('the auditor', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.signedInPage(/Ahmed Audit/)));

  it('finds the regisseur’s reads in the verwerkingenlog, filtered on user and action', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verwerkingenlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingenlog' }).waitFor();
    await expectAccessible(page, 'verwerkingenlog');
    await page.getByLabel('Inlognaam van de medewerker (niet verplicht)').fill('u-regisseur-anna');
    await page.getByLabel('Handeling').selectOption({ label: 'Lezen' });
    await page.getByRole('button', { name: 'Log tonen' }).click();
    await page.getByRole('heading', { level: 2, name: /regels? gevonden/ }).waitFor();
    const table = page.getByRole('table', { name: /Regels van het verwerkingenlog/ });
    const text = await table.innerText();
    expect(text).toMatch(/Anna Bakker \(Regisseur, inlognaam u-regisseur-anna\)/);
    expect(text).toMatch(/bekeek het huishouden/);
    expect(text).not.toMatch(/Britt Nood/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await expectAccessible(page, 'verwerkingenlog (resultaat)');
    await screenshot(page, 'auditor-verwerkingenlog');
  });

  it('refuses a period that ends before it starts, at the field, keeping the filters', async () => {
    await page.getByLabel('Vanaf').fill('2026-03-10');
    await page.getByLabel('Tot en met').fill('2026-03-01');
    await page.getByRole('button', { name: 'Log tonen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Deze periode klopt niet. De begindatum moet vóór de einddatum liggen.' })
      .waitFor();
    await expect(page.getByLabel('Vanaf').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Inlognaam van de medewerker (niet verplicht)').inputValue()).resolves.toBe(
      'u-regisseur-anna',
    );
    await expectAccessible(page, 'verwerkingenlog (fout)');
  });

  it('lists the emergency access with its reason, and shows who looked at the household', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Noodprocedure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Noodprocedure' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'De noodprocedure is 1 keer gebruikt' }).waitFor();
    const row = page.getByRole('row', { name: /Britt Nood/ });
    await expect(row.innerText()).resolves.toContain(`Ja. Reden: ${EMERGENCY_REASON}`);
    await expectAccessible(page, 'noodprocedure');
    await screenshot(page, 'auditor-noodprocedure');

    await row.getByRole('link', { name: 'Wie keek in dit huishouden?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie keek in dit huishouden?' }).waitFor();
    const table = page.getByRole('table', { name: /Wie keek in dit huishouden/ });
    await table.waitFor({ timeout: 10_000 }).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await page.locator('main').innerText()}`);
    });
    const text = await table.innerText();
    expect(text).toMatch(/Anna Bakker/);
    expect(text).toMatch(/Britt Nood[\s\S]*Ja. Reden: Politie meldt/);
    await expectAccessible(page, 'wie keek in dit huishouden');
    await screenshot(page, 'auditor-wie-keek');
  });

  it('answers an inzageverzoek by BSN: the person and what was done with their data; the BSN stays out of the address', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzageverzoek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inzageverzoek' }).waitFor();
    await expectAccessible(page, 'inzageverzoek');
    await page.getByLabel('BSN van de inwoner').fill('111222334');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Dit BSN klopt niet. Controleer de negen cijfers.' })
      .waitFor();
    await expectAccessible(page, 'inzageverzoek (fout)');

    await page.getByLabel('BSN van de inwoner').fill('111 222 333');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gevonden' }).waitFor();
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/Sanne de Vries, geboren 12 maart 1988/);
    const table = page.getByRole('table', { name: /Wat medewerkers met de gegevens van deze persoon deden/ });
    const text = await table.innerText();
    expect(text).toMatch(/Anna Bakker/);
    expect(text).toMatch(/Britt Nood[\s\S]*Ja. Reden: Politie meldt/);
    expect(text).not.toMatch(/Ahmed Audit/);
    expect(page.url()).not.toContain('111222333');
    await expectAccessible(page, 'inzageverzoek (resultaat)');
    await screenshot(page, 'auditor-inzage');

    await page.getByLabel('BSN van de inwoner').fill('999999011');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Niemand gevonden met dit BSN' }).waitFor();
  });

  it('downloads the export for Excel (semicolons, byte order mark) and as JSON Lines; a wrong period writes nothing', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Exporteren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingenlog exporteren' }).waitFor();
    await expectAccessible(page, 'exporteren');

    const before = await exportLines();
    const from = await page.getByLabel('Vanaf').inputValue();
    await page.getByLabel('Vanaf').fill('2026-12-31');
    await page.getByLabel('Tot en met').fill('2026-01-01');
    await page.getByRole('button', { name: 'Bestand downloaden' }).click();
    await page.getByRole('alert').getByText('Deze periode klopt niet.', { exact: false }).waitFor();
    await expectAccessible(page, 'exporteren (fout)');
    await expect(exportLines()).resolves.toBe(before);

    await page.getByLabel('Vanaf').fill(from);
    // Today in the Netherlands, as the browser (Europe/Amsterdam) and the api count; this process runs in UTC.
    await page.getByLabel('Tot en met').fill(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }));
    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bestand downloaden' }).click(),
    ]);
    expect(excel.suggestedFilename()).toMatch(/^verwerkingenlog-.*\.csv$/);
    const csv = readFileSync((await excel.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(rows[0]).toMatch(/^"id";"logged_at";"user_id";"user_name";"role"/);
    expect(rows.some((row) => row.includes('"u-regisseur-britt"') && row.includes(EMERGENCY_REASON))).toBe(true);
    await page.getByRole('status').getByText('Het bestand is gemaakt. U vindt het bij uw downloads.').waitFor();
    await screenshot(page, 'auditor-export');

    await page.getByLabel('JSON Lines (voor een ander systeem)').check();
    const [jsonl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bestand downloaden' }).click(),
    ]);
    expect(jsonl.suggestedFilename()).toMatch(/\.jsonl$/);
    const lines = readFileSync((await jsonl.path())!, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { userId: string; emergency: boolean });
    expect(lines.some((line) => line.userId === 'u-regisseur-anna')).toBe(true);
    expect(lines.some((line) => line.userId === 'u-regisseur-britt' && line.emergency)).toBe(true);
    // Both downloads are in the log.
    await expect(exportLines()).resolves.toBe(before + 2);
  });
});

describe('the auditor (keyboard only)', () => {
  let page: Page;
  beforeAll(async () => (page = await suite.signedInPage(/Ahmed Audit/)));

  it('finds the noodprocedure lines without a mouse', async () => {
    await page.getByRole('banner').getByText('Ahmed Audit').waitFor();
    await tabTo(page, /^Verwerkingenlog$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Verwerkingenlog' }).waitFor();
    await tabTo(page, /^Alleen de noodprocedure$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Log tonen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /regels? gevonden/ }).waitFor();
    const text = await page.getByRole('table', { name: /Regels van het verwerkingenlog/ }).innerText();
    expect(text).toContain(`Ja. Reden: ${EMERGENCY_REASON}`);
    expect(text).not.toMatch(/\tNee\t/);
  });
});
