import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { RecordedPayload } from '@regie/household';
import { EvaluateMaatwerkbudgetInput, SetMaatwerkbudgetInput, SpendMaatwerkbudgetInput } from './maatwerkbudget.inputs';
import { MaatwerkbudgetService } from './maatwerkbudget.service';
import { MaatwerkbudgetOverview, MaatwerkbudgetSpendPayload } from './maatwerkbudget.types';

/** The maatwerkbudget: the gemeente's budget per year, the regisseur's spends and their evaluation. */
@Resolver()
export class MaatwerkbudgetResolver {
  constructor(private readonly service: MaatwerkbudgetService) {}

  @Mutation(() => MaatwerkbudgetOverview, {
    description: "Functioneel beheerder: sets, raises or lowers the gemeente's maatwerkbudget for a year.",
  })
  setMaatwerkbudget(@CurrentActor() actor: Actor, @Args('input') input: SetMaatwerkbudgetInput) {
    return this.service.setBudget(actor, input);
  }

  @Mutation(() => MaatwerkbudgetSpendPayload, {
    description: "The household's regisseur spends from the maatwerkbudget (reserved in the gemeente's budget first).",
  })
  async spendMaatwerkbudget(@CurrentActor() actor: Actor, @Args('input') input: SpendMaatwerkbudgetInput) {
    const { spendId, ...recorded } = await this.service.spend(actor, input);
    return { ...RecordedPayload.from(recorded), spendId };
  }

  @Mutation(() => RecordedPayload, { description: "The household's regisseur records whether a spend worked." })
  async evaluateMaatwerkbudget(@CurrentActor() actor: Actor, @Args('input') input: EvaluateMaatwerkbudgetInput) {
    return RecordedPayload.from(await this.service.evaluate(actor, input));
  }

  @Query(() => MaatwerkbudgetOverview, {
    description: "The maatwerkbudget of the caller's gemeente for a year (functioneel beheerder, regisseur).",
  })
  maatwerkbudget(@CurrentActor() actor: Actor, @Args('year', { type: () => Int }) year: number) {
    return this.service.overview(actor, year);
  }
}
