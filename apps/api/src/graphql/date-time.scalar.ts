import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * `YYYY-MM-DD`, or a date-time with `T`, hours and minutes, optional seconds and fraction, and `Z` or an offset.
 * Four-digit years only (no `+099999-…`): PostgreSQL and JavaScript disagree on what lies beyond.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})))?$/;
/** Real offsets run from -12:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const invalid = (value: unknown) =>
  new GraphQLError(
    `Ongeldige datum of tijd ${JSON.stringify(typeof value === 'string' ? value.slice(0, 40) : value)}: gebruik bijvoorbeeld 2026-03-01 of 2026-03-01T09:30:00Z`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );

/** A strict ISO 8601 / RFC 3339 reading: every field in range (no 30 February, no hour 24, no offset +25:00). */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw invalid(value);
  const match = DATE_TIME.exec(value);
  if (!match) throw invalid(value);
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zulu, sign, offH, offM] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) throw invalid(value);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) throw invalid(value);
  if (match[4] !== undefined && zulu === undefined && sign === undefined) throw invalid(value);
  const offsetMinutes = sign ? (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM)) : 0;
  if (Number(offM ?? 0) > 59 || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) throw invalid(value);
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi - offsetMinutes, s, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return utc;
}

/**
 * Regie's `DateTime`: the same name and description as Nest's `GraphQLISODateTime` (so the schema is unchanged),
 * but a malformed value is `BAD_USER_INPUT` at the edge instead of an Invalid Date that fails deep inside (an
 * `INTERNAL_SERVER_ERROR`). A literal in the document that does not parse is `GRAPHQL_VALIDATION_FAILED`, as for
 * any other scalar.
 */
export const RegieDateTime = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind);
    return parseDateTime(ast.value);
  },
  // Output as Nest's scalar writes it.
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
