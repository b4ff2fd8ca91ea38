/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signDevelopmentToken } from '@regie/access';
import { accessibilityViolations, headingOne, useBrowserSuite } from './browser-harness';

// Issue 17: the functioneel beheerder's queue of messages whose client is in no household: listed with why it
// waits, a search for households with its BSN, and removal with a reason; axe-core finds no WCAG 2.1 AA violation.

const FIXTURE = join(__dirname, '../../../libs/berichten/test/fixtures/wmo305-onbekend-bsn.xml');

const suite = useBrowserSuite();

beforeAll(async () => {
  const token = await signDevelopmentToken({
    sub: 'system:backoffice-wmo',
    role: 'domeinmedewerker',
    domain: 'WMO',
    gemeente: '0599',
  });
  const response = await fetch(`${suite.api.baseUrl}/berichten`, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', authorization: `Bearer ${token}` },
    body: readFileSync(FIXTURE),
  });
  expect(await response.json()).toMatchObject({ outcome: 'WAITING', berichtType: 'WMO305' });
});

it('lists a waiting message, finds no household for its BSN, and removes it with a reason', async () => {
  const page = await suite.signedInPage(/Fatima Beheer/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click();
  await page.getByRole('heading', { level: 2, name: /Start zorg \(WMO305\)/ }).waitFor();
  expect(await headingOne(page)).toEqual(['Berichten die wachten']);
  expect(await page.getByText('999990044', { exact: true }).count()).toBe(1);
  expect(await page.getByText(/Geen huishouden \(of meer dan één\)/).count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Zoek huishoudens met dit BSN' }).click();
  await page.getByText(/Geen huishouden heeft een persoon met dit BSN/).waitFor();

  await page.getByRole('button', { name: 'Verwijder dit bericht' }).click();
  await page.getByText('Schrijf op waarom u het bericht verwijdert.').waitFor();
  expect(await page.getByLabel('Reden').getAttribute('aria-invalid')).toBe('true');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Reden').fill('Cliënt woont niet in deze gemeente');
  await page.getByRole('button', { name: 'Verwijder dit bericht' }).click();
  await page.getByText('Het bericht is verwijderd uit de wachtrij.').waitFor();
  await page.getByText('Er wachten geen berichten.').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('shows the Berichten menu line only to the functioneel beheerder', async () => {
  const page = await suite.signedInPage(/Joost Jeugdteam/);
  expect(
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).count(),
  ).toBe(0);
});
