import { Injectable, Logger, Optional } from '@nestjs/common';
import type { Actor } from '@regie/access';
import {
  deciderFor,
  DomainRegistry,
  errorCodeOf,
  HOUSEHOLD_DECIDERS,
  HouseholdCommandExecutor,
  todayInNetherlands,
  type CommandResult,
  type Decider,
  type EvaluateMaatwerkbudget,
  type SpendMaatwerkbudget,
  WriteLog,
} from '@regie/household';
import { ProcessingLog } from '@regie/audit';
import { currentCorrelationId } from '@regie/observability';
import { randomUUID } from 'node:crypto';
import { gemeenteOfBeheerder, gemeenteOfBudgetReader, gemeenteOfSpendingRegisseur } from './budget.access';
import { releaseReservation, reserveSpend, setBudget } from './budget.decide';
import type { BudgetVastgesteld } from './budget.events';
import { overviewOf, type BudgetOverview } from './budget.state';
import { GemeenteBudgetStore } from './gemeente-budget.store';

export type SpendRequest = Omit<SpendMaatwerkbudget, 'spendId'> & { readonly householdId: string };
export type EvaluateRequest = EvaluateMaatwerkbudget & { readonly householdId: string };

/**
 * The maatwerkbudget's application service. A spend is a small saga over two streams: reserve in the gemeente's
 * budget stream, record in the household stream, and give the reservation back when the household step fails.
 */
@Injectable()
export class MaatwerkbudgetService {
  private readonly logger = new Logger(MaatwerkbudgetService.name);

  constructor(
    private readonly budgets: GemeenteBudgetStore,
    private readonly households: HouseholdCommandExecutor,
    private readonly registry: DomainRegistry,
    @Optional() processingLog?: ProcessingLog,
  ) {
    this.writeLog = new WriteLog(processingLog);
  }

  private readonly writeLog: WriteLog;

  async setBudget(actor: Actor, command: BudgetVastgesteld): Promise<BudgetOverview> {
    const gemeente = gemeenteOfBeheerder(actor);
    const { state } = await this.budgets.decide(gemeente, actor, (budget) => setBudget(command, budget));
    return overviewOf(state, command.year);
  }

  async overview(actor: Actor, year: number): Promise<BudgetOverview> {
    const { state } = await this.budgets.load(gemeenteOfBudgetReader(actor));
    return overviewOf(state, year);
  }

  async spend(actor: Actor, { householdId, ...input }: SpendRequest): Promise<CommandResult & { spendId: string }> {
    const { state } = await this.households.load(householdId);
    let gemeente: string;
    try {
      gemeente = gemeenteOfSpendingRegisseur(actor, state.core);
    } catch (refusal) {
      // Refused before the household's executor sees it: log the refusal as the executor would (verwerkingenlog).
      await this.writeLog.denied(actor, householdId, currentCorrelationId() ?? randomUUID());
      throw refusal;
    }
    const spendId = randomUUID();
    const decide: Decider = deciderFor(HOUSEHOLD_DECIDERS, {
      type: 'maatwerk.SpendBudget',
      data: { ...input, spendId },
    });
    // Bad input must not reserve anything: the household's decider runs once up front, and again in step (c).
    decide({ state, providers: new Map(), today: todayInNetherlands(), domains: this.registry.all, alternatives: [] });

    const year = Number(input.spentOn.slice(0, 4));
    await this.budgets.decide(gemeente, actor, (budget) =>
      reserveSpend({ spendId, householdId, year, amountCents: input.amountCents }, budget),
    );
    try {
      const recorded = await this.households.execute({ householdId, actor, decide });
      return { ...recorded, spendId };
    } catch (error) {
      await this.release(gemeente, actor, spendId, error);
      throw error;
    }
  }

  evaluate(actor: Actor, { householdId, ...command }: EvaluateRequest): Promise<CommandResult> {
    const decide = deciderFor(HOUSEHOLD_DECIDERS, { type: 'maatwerk.EvaluateBudget', data: command });
    return this.households.execute({ householdId, actor, decide });
  }

  /** The compensation. If it fails too the reservation stays; logged, and the caller still gets the first error. */
  private async release(gemeente: string, actor: Actor, spendId: string, cause: unknown): Promise<void> {
    const reason = `HOUSEHOLD_STEP_FAILED:${errorCodeOf(cause)}`;
    try {
      await this.budgets.decide(gemeente, actor, (budget) => releaseReservation({ spendId, reason }, budget));
    } catch (error) {
      this.logger.error({ spendId, gemeente, error: String(error) }, 'maatwerkbudget: reservation not released');
    }
  }
}
