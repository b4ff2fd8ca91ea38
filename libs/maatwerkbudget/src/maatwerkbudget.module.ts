import { Module } from '@nestjs/common';
import { GemeenteBudgetStore } from './gemeente-budget.store';
import { MaatwerkbudgetResolver } from './maatwerkbudget.resolver';
import { MaatwerkbudgetService } from './maatwerkbudget.service';

/** The maatwerkbudget: its own stream per gemeente, and spends recorded through the household (HouseholdModule). */
@Module({ providers: [GemeenteBudgetStore, MaatwerkbudgetService, MaatwerkbudgetResolver] })
export class MaatwerkbudgetModule {}
