import type { ImportRejection } from './import-rejection';

/** How Regie answers one message. */
export type ImportOutcome = 'ACCEPTED' | 'ALREADY_RECEIVED' | 'WAITING' | 'REJECTED';

export interface ImportAnswer {
  readonly outcome: ImportOutcome;
  /** The row in `berichten_ontvangen` (also the correlation id of its verwerkingenlog lines). */
  readonly berichtId?: string;
  /** e.g. `JW301`, when the message named it. */
  readonly berichtType?: string;
  readonly identificatie?: string;
  readonly householdId?: string;
  /** How many events the message wrote (0: recorded only, or nothing new). */
  readonly events: number;
  /** Why it was refused (or, after a link, why it still waits), per element; empty otherwise. */
  readonly rejections: readonly ImportRejection[];
}

/**
 * How Regie answered a link from the queue: the chosen message's answer (ACCEPTED, or WAITING with why it still
 * waits), and in `together` every waiting message of the same client it took, in message order, the chosen one too.
 */
export interface LinkAnswer extends ImportAnswer {
  readonly together: readonly ImportAnswer[];
}
