// The public API of the maatwerkbudget: the gemeente's budget stream and the spend saga.
export { MaatwerkbudgetModule } from './maatwerkbudget.module';
export { MaatwerkbudgetService, type EvaluateRequest, type SpendRequest } from './maatwerkbudget.service';
export { GemeenteBudgetStore, type BudgetDecision } from './gemeente-budget.store';
export * from './budget.events';
export { overviewOf, reservedCents, type BudgetOverview, type BudgetState } from './budget.state';
export { BudgetRejection, type BudgetRejectionCode } from './budget.rejection';
export { MAX_BUDGET_CENTS } from './budget.decide';
