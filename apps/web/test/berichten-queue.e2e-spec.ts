/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signDevelopmentToken } from '@regie/access';
import { accessibilityViolations, FATIMA, headingOne, useBrowserSuite } from './browser-harness';

// Issue 17: the functioneel beheerder's queue of messages whose client is in no household: listed with why it
// waits, a search for households with its BSN, a link that is refused (the message keeps waiting, with the reason),
// and removal with a reason; axe-core finds no WCAG 2.1 AA violation.

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

it('lists a waiting message, finds no household for its BSN, keeps it waiting when a link is refused, removes it', async () => {
  const page = await suite.signedInPage(/Fatima Beheer/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click();
  await page.getByRole('heading', { level: 2, name: /Start zorg \(WMO305\)/ }).waitFor();
  expect(await headingOne(page)).toEqual(['Berichten die wachten']);
  expect(await page.getByText('999990044', { exact: true }).count()).toBe(1);
  expect(await page.getByText(/Geen huishouden \(of meer dan één\)/).count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Zoek huishoudens met dit BSN' }).click();
  await page.getByText(/Geen huishouden heeft een persoon met dit BSN/).waitFor();

  // The person gets a household; linking is refused (Thuiszorg Zuid, 98765432, is in no register of the demo), and
  // the message keeps waiting, with the reason and what to do.
  const registered = await suite.api.graphql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
    {
      input: {
        gemeente: '0599',
        name: 'Familie Wachtrij',
        members: [{ bsn: '999990044', name: 'Ria Wachtrij', birthDate: '1952-01-17', relation: 'OUDER_VERZORGER' }],
      },
    },
    FATIMA,
  );
  expect(registered.errors).toBeUndefined();
  const linkButton = page.getByRole('button', { name: 'Koppel aan huishouden Familie Wachtrij' });
  for (let attempt = 0; (await linkButton.count()) === 0; attempt++) {
    if (attempt > 20) throw new Error('the household with the BSN was not found');
    await page.reload();
    await page.getByRole('button', { name: 'Zoek huishoudens met dit BSN' }).click();
    await page.waitForTimeout(250);
  }
  await linkButton.click();
  await page.getByText('Het bericht is niet verwerkt. Het wacht nog. Bij het bericht staat waarom.').waitFor();
  await page.getByText(/Koppelen is niet gelukt/).waitFor();
  expect(await page.getByText(/AGB-code 98765432 staat niet in het aanbiedersregister/).count()).toBe(1);
  expect(await page.getByRole('heading', { level: 2, name: /Start zorg \(WMO305\)/ }).count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);

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
