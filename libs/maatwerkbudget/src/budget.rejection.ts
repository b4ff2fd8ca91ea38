import { GraphQLError } from 'graphql';

/** Stable codes of the gemeente's budget; a client switches on them (GraphQL `extensions.code`). */
export type BudgetRejectionCode =
  'NO_BUDGET' | 'BUDGET_EXCEEDED' | 'HOUSEHOLD_BUDGET_EXCEEDED' | 'BUDGET_BELOW_RESERVED';

/**
 * A command refused by the budget's rules; nothing is written. A GraphQLError, so the API's error formatting passes
 * its code and message through (the household's `RejectionCode` list is the household's own).
 */
export class BudgetRejection extends GraphQLError {
  override readonly name = 'BudgetRejection';
  constructor(
    readonly code: BudgetRejectionCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export const rejectBudget = (code: BudgetRejectionCode, message: string, details?: Record<string, unknown>): never => {
  throw new BudgetRejection(code, message, details);
};
