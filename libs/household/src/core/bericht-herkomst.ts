import type { LocalDate } from './local-date';

/**
 * Where an entry came from when it was read from an iJw/iWmo message (issue 17): the message's identity, so the
 * entry can be traced back to the message and the message to its entries. Absent on entries recorded by hand.
 * Identifiers only: no BSN, name or free text.
 */
export interface BerichtHerkomst {
  /** e.g. `JW301`, `WMO305`. */
  readonly berichtType: string;
  /** Header/Afzender: the gemeente's CBS code (301) or the aanbieder's AGB-code (the others). */
  readonly afzender: string;
  /** Header/BerichtIdentificatie/Identificatie. */
  readonly identificatie: string;
  /** Header/BerichtIdentificatie/Dagtekening. */
  readonly dagtekening: LocalDate;
  /** The product's ToewijzingNummer, when the message names one. */
  readonly toewijzingNummer?: string;
  /** The aanbieder's own reference of a verzoek om toewijzing (315), repeated by the 301 that honours it. */
  readonly referentieAanbieder?: string;
  /** 301: Toewijzingsdatum and Toewijzingstijd (`YYYY-MM-DDThh:mm:ss`): the latest version counts (OP033x1). */
  readonly toewijzingVersie?: string;
}

/** `{ bericht }` when a command carries one, else nothing: spread into an event's data. */
export const berichtField = (bericht: BerichtHerkomst | null | undefined): { bericht?: BerichtHerkomst } =>
  bericht ? { bericht } : {};
