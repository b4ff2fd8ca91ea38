/**
 * The household's stable codes a client can switch on; they become GraphQL `extensions.code`. A domain adds codes of
 * its own with `rejectionCodes` in its own lib (and lists them in its definition's `rejectionCodes`), not here.
 * TOEWIJZING_NOT_FOUND, DUPLICATE_TOEWIJZINGNUMMER and AFWEGING_IN_WMO_ONDERZOEK stay here because clients know them.
 */
export const CORE_REJECTION_CODES = [
  'BAD_USER_INPUT',
  'HOUSEHOLD_NOT_FOUND',
  'HOUSEHOLD_EXISTS',
  'HOUSEHOLD_CLOSED',
  'MEMBER_NOT_FOUND',
  'PROVIDER_NOT_FOUND',
  'PROVIDER_EXISTS',
  'TOEWIJZING_NOT_FOUND',
  'DUPLICATE_TOEWIJZINGNUMMER',
  'ENTRY_NOT_FOUND',
  'GOAL_NOT_FOUND',
  'INVALID_STATE',
  'CONFLICT',
  'FORBIDDEN',
  /** A maatwerk decision while the catalogue lists alternatives for its category, without saying why none fits. */
  'ALTERNATIVE_REASON_REQUIRED',
  /** recordAfweging for WMO: the Wmo ladder is recorded in its onderzoek (recordWmoOnderzoek). */
  'AFWEGING_IN_WMO_ONDERZOEK',
  /** assignRegisseur with expectedRegisseurUserId: the household's regisseur is no longer that user. */
  'REGISSEUR_CHANGED',
  /** forgetPerson: a store outside the stream (the berichten queue) could not forget the person; nothing was erased. */
  'ERASURE_INCOMPLETE',
  /** registerHousehold, addHouseholdMember: the BSN is another household's member with another birth date. */
  'BSN_OF_ANOTHER_PERSON',
] as const;
export type CoreRejectionCode = (typeof CORE_REJECTION_CODES)[number];

declare const declaredByDomain: unique symbol;
/** A rejection code a domain declared with `rejectionCodes` (a plain string literal is not one: declare it first). */
export type DomainRejectionCode = string & { readonly [declaredByDomain]: true };

export type RejectionCode = CoreRejectionCode | DomainRejectionCode;

/** A rejection code: capitals, digits and underscores, starting with a capital (a GraphQL-friendly constant). */
export const REJECTION_CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/**
 * Declares a domain's own rejection codes: `const WONEN_REJECTIONS = rejectionCodes(['ONTRUIMING_ONBEKEND'])`, then
 * `reject(WONEN_REJECTIONS.ONTRUIMING_ONBEKEND, ...)` and `rejectionCodes: Object.values(WONEN_REJECTIONS)` in the
 * definition. A code that is not a constant name or repeats a household code throws at start-up.
 */
export function rejectionCodes<const Codes extends readonly string[]>(
  codes: Codes,
): { readonly [Code in Codes[number]]: DomainRejectionCode } {
  for (const code of codes) {
    if (!REJECTION_CODE_PATTERN.test(code)) throw new Error(`Rejection code ${code} is not a constant name`);
    if ((CORE_REJECTION_CODES as readonly string[]).includes(code)) {
      throw new Error(`Rejection code ${code} is the household's own; use it as it is`);
    }
  }
  return Object.freeze(Object.fromEntries(codes.map((code) => [code, code]))) as {
    readonly [Code in Codes[number]]: DomainRejectionCode;
  };
}

/** A command refused by a business rule. Thrown by `decide`; nothing is written. */
export class DomainRejection extends Error {
  override readonly name = 'DomainRejection';
  constructor(
    readonly code: RejectionCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const reject = (code: RejectionCode, message: string, details?: Record<string, unknown>): never => {
  throw new DomainRejection(code, message, details);
};
