// Builders for the restrictions the 3.2 basisschema uses on its simple types (LDT_*).
import { isCodeIn, type NamedCodeList } from '../codes/code-list';
import type { SimpleType, ValueProblem } from './content-model';
import { isIsoDate, isIsoTime } from './dates';

const problem = (code: ValueProblem['code'], reason: string, rule?: string): ValueProblem =>
  rule ? { code, reason, rule } : { code, reason };

/** Length in characters (code points), as XSD counts it. */
const lengthOf = (value: string): number => {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
};

const XSD_WHITESPACE = /[ \t\n\r]/;
const XSD_NON_WHITESPACE = /[^ \t\n\r]/;

/** XSD pattern `.*[^\s].*`: one line with at least one character that is not whitespace. */
export const isNonBlankLine = (value: string): boolean => !/[\n\r]/.test(value) && XSD_NON_WHITESPACE.test(value);
/** XSD pattern `([.\s]*\S+[.\s]*)+` (LDT_Commentaar): at least one character that is not whitespace. */
export const hasNonBlank = (value: string): boolean => XSD_NON_WHITESPACE.test(value);

const EMPTY = problem('VALUE_EMPTY', 'Dit element is leeg. Vul het of laat het weg.', 'RS033');

export interface TextOptions {
  readonly maxLength?: number;
  /** A test the whole value must pass, with the reason when it fails. */
  readonly pattern?: { readonly test: (value: string) => boolean; readonly reason: string; readonly rule?: string };
  /** A further constraint (e.g. the elfproef) checked after the pattern. */
  readonly constraint?: (value: string) => ValueProblem | undefined;
}

/** An xs:string with minLength 1 and the given maximum length and pattern. */
export function text(options: TextOptions = {}): SimpleType {
  return {
    kind: 'simple',
    collapse: false,
    check(value) {
      if (value.length === 0) return EMPTY;
      if (options.maxLength !== undefined && lengthOf(value) > options.maxLength) {
        return problem('VALUE_TOO_LONG', `Dit mag hoogstens ${options.maxLength} tekens lang zijn.`);
      }
      const pattern = options.pattern ?? {
        test: isNonBlankLine,
        reason: 'Vul tekst in op één regel, niet alleen spaties.',
      };
      if (!pattern.test(value)) return problem('VALUE_INVALID', pattern.reason, pattern.rule);
      return options.constraint?.(value);
    },
  };
}

/** An xs:integer between `min` and `max`. */
export function integer(min: number, max: number): SimpleType {
  return {
    kind: 'simple',
    collapse: true,
    check(value) {
      if (value.length === 0) return EMPTY;
      if (!/^[+-]?\d+$/.test(value))
        return problem('VALUE_INVALID', 'Dit moet een heel getal zijn, zonder punt of komma.');
      const number = Number(value);
      if (number < min || number > max) {
        return problem('VALUE_OUT_OF_RANGE', `Dit getal moet tussen ${min} en ${max} liggen.`);
      }
      return undefined;
    },
  };
}

/** A value fixed by the message XSD's `pattern` (BerichtCode, BerichtVersie, BerichtSubversie). */
export function fixed(expected: string, onMismatch: (value: string) => ValueProblem, base: SimpleType): SimpleType {
  return {
    kind: 'simple',
    collapse: base.collapse,
    check: (value) => base.check(value) ?? (value === expected ? undefined : onMismatch(value)),
  };
}

/** LDT_Datum: xs:date without a time zone. */
export const date: SimpleType = {
  kind: 'simple',
  collapse: true,
  check: (value) =>
    value.length === 0
      ? EMPTY
      : isIsoDate(value)
        ? undefined
        : problem('DATE_INVALID', 'Dit is geen bestaande datum in de vorm JJJJ-MM-DD (zonder tijdzone).', 'RS032'),
};

/** LDT_Tijd: xs:time without a time zone. */
export const time: SimpleType = {
  kind: 'simple',
  collapse: true,
  check: (value) =>
    value.length === 0
      ? EMPTY
      : isIsoTime(value)
        ? undefined
        : problem('TIME_INVALID', 'Dit is geen geldige tijd in de vorm uu:mm:ss (zonder tijdzone).', 'RS034'),
};

/** Shows a value in a reason only when it looks like a code, never free text or personal data. */
export const quoteCode = (value: string): string => (/^[A-Za-z0-9]{1,4}$/.test(value) ? `'${value}' ` : '');

/** An enumeration from a code list. */
export function code(list: NamedCodeList): SimpleType {
  return {
    kind: 'simple',
    collapse: false,
    check(value) {
      if (value.length === 0) return EMPTY;
      if (isCodeIn(list.codes, value)) return undefined;
      const hint = XSD_WHITESPACE.test(value) ? ' Let op: een code bevat geen spaties.' : '';
      return problem(
        'CODE_UNKNOWN',
        `De ${list.label} ${quoteCode(value)}staat niet in codelijst ${list.id} van release 3.2.${hint}`,
      );
    },
  };
}
