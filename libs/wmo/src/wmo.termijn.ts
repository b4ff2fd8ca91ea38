import type { LocalDate } from '@regie/household';
import { endOfStatutoryTerm } from './algemene-termijnenwet';

/** Wmo 2015 art. 2.3.2 lid 1: the onderzoek after a melding takes at most six weeks. */
export const WMO_ONDERZOEK_TERMIJN_DAYS = 42;

/** `date` plus `days` calendar days (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The last day of the legal onderzoek of a melding on `meldingsdatum`: six weeks later, or the next working day when
 * that is a Saturday, Sunday or holiday (Algemene termijnenwet art. 1).
 */
export const onderzoekUiterlijk = (meldingsdatum: LocalDate): LocalDate =>
  endOfStatutoryTerm(addDays(meldingsdatum, WMO_ONDERZOEK_TERMIJN_DAYS));
