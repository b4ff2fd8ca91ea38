/// <reference lib="dom" />
import { DEMO_HOUSEHOLD_ID, expectAccessible, screenshot, useBrowserSuite } from './browser-harness';

// A phone, or a desktop at 400 % zoom (WCAG 1.4.10 reflow): 390 CSS pixels wide. The regisseur's household page and
// her list must not make the whole page scroll sideways; a wide table or chart scrolls in a region of its own that
// the keyboard can reach (axe: scrollable-region-focusable), named after what it holds.

const suite = useBrowserSuite();

it.each([
  ['the household page', `/huishoudens/${DEMO_HOUSEHOLD_ID}`, /gebeurtenissen, de nieuwste eerst/],
  ['Mijn huishoudens', '/', /Familie De Vries/],
])('%s at 390 px: no sideways page, wide parts scroll in their own region', async (screen, path, loaded) => {
  const page = await suite.signedInPage(/Anna Bakker/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${suite.api.baseUrl}${path}`);
  await page.getByText(loaded).first().waitFor();
  // The household page fills in section by section: wait until its tables are there.
  if (path !== '/') await page.getByRole('region', { name: /^Hulpverleners/ }).waitFor();
  // Every section has come in (the budget's facts were the widest part once): no request left.
  await page.waitForLoadState('networkidle');
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await expectAccessible(page, `${screen} op 390 px`);
  const regions = page.locator('.regie-table-container[role="region"]');
  expect(await regions.count()).toBeGreaterThan(0);
  for (const region of await regions.all()) {
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toBeTruthy();
  }
  if (path !== '/') await screenshot(page, 'regisseur-huishouden-390');
});
