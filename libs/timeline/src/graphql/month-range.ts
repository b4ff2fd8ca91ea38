import { GraphQLError } from 'graphql';
import { MONTH, monthsBetween } from '../costs/calendar';

/** Ten years: more is not an overview but an export. */
export const MAX_MONTHS = 120;

const bad = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** The months `from`..`to` (YYYY-MM), or BAD_USER_INPUT. */
export function monthRange(from: string, to: string): string[] {
  if (!MONTH.test(from)) throw bad('from moet een maand zijn (JJJJ-MM)', 'from');
  if (!MONTH.test(to)) throw bad('to moet een maand zijn (JJJJ-MM)', 'to');
  if (from > to) throw bad('from ligt na to', 'from');
  const months = monthsBetween(from, to).map((month) => month.key);
  if (months.length > MAX_MONTHS) throw bad(`hooguit ${MAX_MONTHS} maanden`, 'to');
  return months;
}
