import { formatDate, formatDays } from '../app/format';
import type { Provider } from './types';

type Episode = Provider['active'][number];

/** Since when it runs, in words: "gestart 12 oktober 2026, weer gestart 6 december 2026", or "nog niet gestart". */
export function startInWords(episode: Pick<Episode, 'gestartOp' | 'restartedOn'>): string {
  if (!episode.gestartOp) return 'nog niet gestart';
  const restarted = episode.restartedOn ? `, weer gestart ${formatDate(episode.restartedOn)}` : '';
  return `gestart ${formatDate(episode.gestartOp)}${restarted}`;
}

/**
 * The wachttijd in words: "begint op 4 januari 2027" before the ingangsdatum (nothing waits yet), "wacht sinds
 * vandaag", "wacht al 12 dagen", "12 dagen gewacht" or "niet gewacht" once started; "onbekend" without a date.
 */
export function wachttijdInWords(
  episode: Pick<Episode, 'wachttijdDays' | 'stillWaiting' | 'startsLater' | 'ingangsdatum'>,
): string {
  const days = episode.wachttijdDays;
  if (episode.startsLater && episode.ingangsdatum) return `begint op ${formatDate(episode.ingangsdatum)}`;
  if (days === null || days === undefined) return 'onbekend';
  if (episode.stillWaiting) return days > 0 ? `wacht al ${formatDays(days)}` : 'wacht sinds vandaag';
  return days > 0 ? `${formatDays(days)} gewacht` : 'niet gewacht';
}
