// Plausible bounds for every argument, checked at the edge before anything runs (issue 13.20). A value outside
// them is a mistake or an attack, never a case file: refused with BAD_USER_INPUT naming its path.

/** A calendar day (`YYYY-MM-DD`) in any field is a business date; none lies outside these (inclusive). */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2200-12-31';

/** Items in one list field: ids, codes and other scalars; input objects (members, scores, replaced supports). */
export const MAX_SCALAR_LIST_ITEMS = 200;
export const MAX_OBJECT_LIST_ITEMS = 100;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a piece of text (a value or a key), or undefined. */
export function textProblem(text: string): string | undefined {
  if (CONTROL_CHARACTER.test(text)) return 'bevat een stuurteken';
  if (BIDI_CONTROL.test(text)) return 'bevat een teken dat de schrijfrichting omdraait';
  if (LONE_SURROGATE.test(text)) return 'bevat ongeldige Unicode';
  return undefined;
}

/** A calendar day outside the plausible range, or undefined (other text is not a date). */
export function dateProblem(text: string): string | undefined {
  if (!CALENDAR_DAY.test(text)) return undefined;
  return text < EARLIEST_DATE || text > LATEST_DATE
    ? `${text} ligt niet tussen ${EARLIEST_DATE} en ${LATEST_DATE}`
    : undefined;
}

/** A list longer than its kind may be, or undefined. */
export function listProblem(list: readonly unknown[]): string | undefined {
  const ofObjects = list.some((item) => item !== null && typeof item === 'object');
  const max = ofObjects ? MAX_OBJECT_LIST_ITEMS : MAX_SCALAR_LIST_ITEMS;
  return list.length > max ? `heeft ${list.length} items; ten hoogste ${max}` : undefined;
}
