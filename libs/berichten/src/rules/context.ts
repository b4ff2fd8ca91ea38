import type { IsoDate } from '../model/common';
import type { Rejection, RejectionList } from '../rejection';

/** What message-internal rules may know besides the message: nothing stored, at most today's date. */
export interface RuleContext {
  readonly out: RejectionList;
  /** Header/BerichtIdentificatie/Dagtekening. */
  readonly dagtekening: IsoDate;
  /** Today's date for TR135 (a dagtekening in the future, retourcode 8848); unchecked when absent. */
  readonly today?: IsoDate;
}

export type RuleRejection = Omit<Rejection, 'retourcode'> & { readonly retourcode?: string };

export const reject = (context: RuleContext, rejection: RuleRejection): void => context.out.add(rejection);

/** A date that no einddatum exceeds, so an open end compares as "later than everything". */
export const OPEN_END = '9999-12-31';

/** The dates (inclusive) two periods share, if any. */
export const overlaps = (a: { begin: IsoDate; end?: IsoDate }, b: { begin: IsoDate; end?: IsoDate }): boolean =>
  a.begin <= (b.end ?? OPEN_END) && b.begin <= (a.end ?? OPEN_END);

/** A conditie (CD rule): an element that must, or must not, be there given another. */
export const conditional = (context: RuleContext, path: string, rule: string, reason: string): void =>
  reject(context, { code: 'CONDITIONAL_ELEMENT', rule, path, reason });
