// What "a well-typed message" and "a stable rejection" mean, checked on whatever readBericht returns.
import {
  BERICHT_DEFINITIES,
  CODE_LISTS,
  DEBET_CREDIT,
  EENHEID,
  FREQUENTIE,
  MAX_REJECTIONS,
  REJECTION_CODES,
  isCodeIn,
  passesElfproef,
  type Bericht,
  type ReadResult,
} from '@regie/berichten';
import { isIsoDate } from '../src/schema/dates';

const PATH = /^$|^[A-Za-z_][\w.-]*(\[\d+\])?(\/[A-Za-z_][\w.-]*(\[\d+\])?)*$/;
const RULE = /^(RS|CS|CD|TR)\d{3}$/;
const DATE_KEY = /(datum|dagtekening)$/i;

/** Throws with a description when `result` is neither a well-typed message nor a list of stable rejections. */
export function assertStable(result: ReadResult): void {
  expect(result.digest).toMatch(/^[0-9a-f]{64}$/);
  if (result.ok) {
    assertWellTyped(result.bericht);
    return;
  }
  expect(result.rejections.length).toBeGreaterThan(0);
  expect(result.rejections.length).toBeLessThanOrEqual(MAX_REJECTIONS + 1);
  for (const rejection of result.rejections) {
    expect(REJECTION_CODES).toContain(rejection.code);
    expect(rejection.retourcode).toMatch(/^(0001|8848|9319)$/);
    expect(rejection.path).toMatch(PATH);
    if (rejection.rule !== undefined) expect(rejection.rule).toMatch(RULE);
    expect(rejection.reason).toMatch(/^[A-Z'][^\n]{10,}[.)]$/);
  }
}

function assertWellTyped(bericht: Bericht): void {
  const definitie = BERICHT_DEFINITIES.find((candidate) => candidate.type === bericht.type);
  expect(definitie).toBeDefined();
  expect(bericht.soort).toBe(definitie!.soort);
  expect(bericht.standaard).toBe(definitie!.standaard);
  expect(bericht.gemeente).toMatch(/^\d{4}$/);
  expect(bericht.aanbieder).toMatch(/^\d{8}$/);
  expect(bericht.identiteit.key.startsWith(bericht.identiteit.identificatieKey)).toBe(true);
  const lists = CODE_LISTS[bericht.standaard];
  walk(bericht, '', (key, value, path) => {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${path}: ${value} is not a whole number ≥ 0`);
    } else if (typeof value === 'string') {
      if (DATE_KEY.test(key) && !isIsoDate(value)) throw new Error(`${path}: ${value} is not a date`);
      if (key === 'bsn' && !passesElfproef(value)) throw new Error(`${path}: not a BSN`);
      if (/categorie$/i.test(key) && !isCodeIn(lists.productcategorie.codes, value))
        throw new Error(`${path}: ${value}`);
      if (key === 'redenBeeindiging' && !isCodeIn(lists.redenBeeindiging.codes, value))
        throw new Error(`${path}: ${value}`);
      if (key === 'eenheid' && !isCodeIn(EENHEID.codes, value)) throw new Error(`${path}: ${value}`);
      if (key === 'frequentie' && !isCodeIn(FREQUENTIE.codes, value)) throw new Error(`${path}: ${value}`);
      if (key === 'debetCredit' && !isCodeIn(DEBET_CREDIT.codes, value)) throw new Error(`${path}: ${value}`);
      if (key === 'statusAanlevering' && value !== '1' && value !== '3') throw new Error(`${path}: ${value}`);
      if (key === 'toewijzingNummer' && !/^(0|[1-9]\d{0,8})$/.test(value)) throw new Error(`${path}: ${value}`);
    } else if (value !== undefined && typeof value !== 'object') {
      throw new Error(`${path}: unexpected ${typeof value}`);
    }
  });
}

function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key}`;
    visit(key, child, childPath);
    walk(child, childPath, visit);
  }
}
