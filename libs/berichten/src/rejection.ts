// A rejection in the spirit of a retourbericht: which element, which rule, and why, in plain Dutch.

/** Stable codes a caller can switch on. Never rename one: part 2 stores and shows them. */
export const REJECTION_CODES = [
  // The file as XML (safe reader).
  'XML_TOO_LARGE',
  'XML_ENCODING',
  'XML_VERSION',
  'XML_CONTROL_CHARACTER',
  'XML_DOCTYPE_FORBIDDEN',
  'XML_MALFORMED',
  'XML_TOO_DEEP',
  'XML_TOO_MANY_ELEMENTS',
  'XML_TOO_MANY_ATTRIBUTES',
  'XML_TEXT_TOO_LONG',
  // Which message this is.
  'MESSAGE_UNKNOWN',
  'MESSAGE_NOT_SUPPORTED',
  'RELEASE_NOT_SUPPORTED',
  // Structure (what the XSD checks).
  'ELEMENT_MISSING',
  'ELEMENT_UNEXPECTED',
  'ELEMENT_TOO_MANY',
  'ELEMENT_NAMESPACE',
  'ATTRIBUTE_UNEXPECTED',
  'TEXT_UNEXPECTED',
  'VALUE_EMPTY',
  'VALUE_INVALID',
  'VALUE_TOO_LONG',
  'VALUE_OUT_OF_RANGE',
  'DATE_INVALID',
  'TIME_INVALID',
  'CODE_UNKNOWN',
  'BERICHTCODE_MISMATCH',
  'VERSION_MISMATCH',
  // Constraints and rules inside one message (CS, CD and xslt TR rules).
  'BSN_ELFPROEF',
  'GEBOORTEDATUM_INCONSISTENT',
  'GEBOORTEDATUM_TOO_OLD',
  'NAAMGEBRUIK_INVALID',
  'DATE_AFTER_DAGTEKENING',
  'DAGTEKENING_IN_FUTURE',
  'EINDDATUM_BEFORE_BEGINDATUM',
  'EINDDATUM_REQUIRED',
  'PRODUCT_REQUIRED',
  'OMVANG_REQUIRED',
  'OMVANG_NOT_ALLOWED',
  'OMVANG_AND_BUDGET',
  'FREQUENTIE_NOT_ALLOWED',
  'REDEN_WIJZIGING_NOT_ALLOWED',
  'STATUS_AANLEVERING_NOT_ALLOWED',
  'DUPLICATE_KEY',
  'PRODUCT_PERIODS_OVERLAP',
  'CONDITIONAL_ELEMENT',
  'CONTACT_INCOMPLETE',
  'CLIENT_ADDRESS_MISSING',
  'POSTCODE_INVALID',
  'VERZOEK_EMPTY',
  'PERIOD_NOT_ONE_MONTH',
  'PERIOD_BEFORE_2021',
  'PRODUCTPERIODE_AFTER_DECLARATIEPERIODE',
  'PRODUCTPERIODE_TOO_OLD',
  'DEBET_CREDIT_ZERO',
  'VORIG_REFERENTIENUMMER',
  'PRODUCTTARIEF_CONDITION',
  'BEDRAG_NOT_VOLUME',
  'TOTAAL_MISMATCH',
  'DUPLICATE_DEBET',
  // More rejections than a report lists.
  'REJECTIONS_TRUNCATED',
] as const;

export type RejectionCode = (typeof REJECTION_CODES)[number];

/** One rejected element. */
export interface Rejection {
  readonly code: RejectionCode;
  /**
   * WJ001 retourcode (iJw/iWmo 3.2). `0001` ("afgekeurd om technische redenen") for everything the XSD and the
   * message-internal rules (CS, CD, xslt TR) check; a specific code (e.g. 9319, 8848) where the standard gives one.
   */
  readonly retourcode: string;
  /** The iStandaard rule it rests on (RS/CS/CD/TR/OP), when there is one. */
  readonly rule?: string;
  /**
   * Element path below `Bericht`, e.g. `Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum`; `Bericht` for
   * the root element itself; '' for the file as a whole.
   */
  readonly path: string;
  /** Dutch at B1 level. Never repeats a value from the message, except a code from a code list. */
  readonly reason: string;
}

/** The retourcode for a technical rejection (WJ001 0001). */
export const TECHNICAL = '0001';

/** How many rejections one answer lists at most; more are summarised in one REJECTIONS_TRUNCATED line. */
export const MAX_REJECTIONS = 100;

/** Collects rejections up to MAX_REJECTIONS. */
export class RejectionList {
  private readonly items: Rejection[] = [];
  private dropped = 0;

  add(rejection: Omit<Rejection, 'retourcode'> & { retourcode?: string }): void {
    if (this.items.length >= MAX_REJECTIONS) {
      this.dropped += 1;
      return;
    }
    this.items.push({ retourcode: TECHNICAL, ...rejection });
  }

  get size(): number {
    return this.items.length + this.dropped;
  }

  toArray(): Rejection[] {
    if (this.dropped === 0) return [...this.items];
    return [
      ...this.items,
      {
        code: 'REJECTIONS_TRUNCATED',
        retourcode: TECHNICAL,
        path: '',
        reason: `Er zijn nog ${this.dropped} fouten gevonden. Herstel eerst de fouten hierboven en stuur het bericht opnieuw.`,
      },
    ];
  }
}
