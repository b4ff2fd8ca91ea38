/** Stable codes a client can switch on; they become GraphQL `extensions.code`. */
export type RejectionCode =
  | 'BAD_USER_INPUT'
  | 'HOUSEHOLD_NOT_FOUND'
  | 'HOUSEHOLD_EXISTS'
  | 'HOUSEHOLD_CLOSED'
  | 'MEMBER_NOT_FOUND'
  | 'PROVIDER_NOT_FOUND'
  | 'PROVIDER_EXISTS'
  | 'TOEWIJZING_NOT_FOUND'
  | 'DUPLICATE_TOEWIJZINGNUMMER'
  | 'ENTRY_NOT_FOUND'
  | 'GOAL_NOT_FOUND'
  | 'INVALID_STATE'
  | 'CONFLICT'
  | 'FORBIDDEN'
  /** A maatwerk decision while the catalogue lists alternatives for its category, without saying why none fits. */
  | 'ALTERNATIVE_REASON_REQUIRED'
  /** recordAfweging for WMO: the Wmo ladder is recorded in its onderzoek (recordWmoOnderzoek). */
  | 'AFWEGING_IN_WMO_ONDERZOEK';

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
