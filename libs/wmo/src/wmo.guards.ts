import { domainState, reject, type DecideContext, type LocalDate } from '@regie/household';
import { WMO_DOMAIN } from './wmo.events';
import { initialWmoState, type WmoState } from './wmo.state';

export { check, optionalText, validDate } from '@regie/toewijzing';

// Small helpers the Wmo deciders share: they reject with BAD_USER_INPUT naming the field.

export const wmoState = (context: DecideContext): WmoState =>
  domainState<WmoState | undefined>(context, WMO_DOMAIN) ?? initialWmoState;

/** `later` may not lie before `earlier`. */
export const notBefore = (later: LocalDate, earlier: LocalDate, field: string, what: string): void => {
  if (later < earlier) reject('BAD_USER_INPUT', `${field} ${later} ligt vóór ${what} ${earlier}`, { field });
};

/** Required free text: trimmed, rejected when empty. */
export const requiredText = (value: string | null | undefined, field: string, label: string): string => {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) reject('BAD_USER_INPUT', `${label} ontbreekt`, { field });
  return trimmed;
};

/** An id chosen by the resolver or the client (a uuid in GraphQL). */
export const requiredId = (value: string | null | undefined, field: string): string => {
  if (typeof value !== 'string' || !value.trim()) reject('BAD_USER_INPUT', `${field} ontbreekt`, { field });
  return value as string;
};
