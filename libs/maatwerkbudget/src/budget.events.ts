/** The gemeente's maatwerkbudget: one stream per gemeente, so one limit holds while several regisseurs spend. */
export const budgetStream = (gemeente: string) => `maatwerkbudget-${gemeente}`;

export const BudgetEventType = {
  set: 'maatwerkbudget.BudgetVastgesteld',
  reserved: 'maatwerkbudget.BestedingGereserveerd',
  released: 'maatwerkbudget.ReserveringVrijgegeven',
} as const;

/** The budget for a year, set (and later raised or lowered) by the functioneel beheerder. */
export interface BudgetVastgesteld {
  readonly year: number;
  readonly totalCents: number;
  readonly perHouseholdCents: number;
}

/** A spend holds part of the year's budget before the household records it. */
export interface BestedingGereserveerd {
  readonly spendId: string;
  readonly householdId: string;
  readonly year: number;
  readonly amountCents: number;
}

/** The compensation: the household did not record the spend, so its reservation no longer counts. */
export interface ReserveringVrijgegeven {
  readonly spendId: string;
  /** A code, never free text: this stream holds no personal data. */
  readonly reason: string;
}

export type BudgetEvent =
  | { readonly type: typeof BudgetEventType.set; readonly data: BudgetVastgesteld }
  | { readonly type: typeof BudgetEventType.reserved; readonly data: BestedingGereserveerd }
  | { readonly type: typeof BudgetEventType.released; readonly data: ReserveringVrijgegeven };
