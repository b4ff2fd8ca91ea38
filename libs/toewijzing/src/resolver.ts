import type { Type } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import {
  HouseholdCommandExecutor,
  HouseholdRecorder,
  RecordedPayload,
  type CommandOf,
  type DecidersOf,
} from '@regie/household';
import type { ToewijzingProfile } from './profile';

interface ForHousehold {
  readonly householdId: string;
}

/** What every 301 mutation input carries that the mutation itself reads. */
interface ToewijzingMutationInput extends ForHousehold {
  readonly providerAgb: string;
  readonly productcategorie: string;
}

/** One life-cycle mutation of a domain: its named GraphQL input and the command that input becomes. */
export interface LifecycleMutation<Commands, Input extends ForHousehold> {
  readonly input: Type<Input>;
  readonly command: (data: Omit<Input, 'householdId'>) => CommandOf<Commands>;
}

/** The 301/305/307 mutations of a domain: its named inputs and the commands they become. */
export interface LifecycleMutations<
  Commands,
  Toewijzing extends ToewijzingMutationInput,
  Start extends ForHousehold,
  Stop extends ForHousehold,
> {
  readonly toewijzing: LifecycleMutation<Commands, Toewijzing>;
  readonly zorgStart: LifecycleMutation<Commands, Start>;
  readonly zorgStop: LifecycleMutation<Commands, Stop>;
  /** True where the toewijzing is the maatwerk decision that weighs the catalogue's alternatives (Jeugd). */
  readonly toewijzingWeighsAlternatives: boolean;
}

/**
 * TypeScript emits no class for a parameter whose type is generic, so the input validation pipe would see `Object`
 * and check nothing; this names the input's class for it (applied after the emitted metadata).
 */
const ValidatedInput =
  (input: Type<unknown>): MethodDecorator =>
  (target, key) =>
    Reflect.defineMetadata('design:paramtypes', [Object, input], target, key);

/**
 * The resolver base of a domain that runs the toewijzing life cycle: its 301, 305 and 307 mutations, named and
 * described by the profile (`recordJeugdToewijzing`, "... (as JW301)"), and `commands` to record the domain's own
 * mutations the same way.
 */
export function lifecycleResolverBase<
  Commands,
  Toewijzing extends ToewijzingMutationInput,
  Start extends ForHousehold,
  Stop extends ForHousehold,
>(
  profile: ToewijzingProfile,
  deciders: DecidersOf<Commands>,
  mutations: LifecycleMutations<Commands, Toewijzing, Start, Stop>,
) {
  const { label, careInEnglish: delivered, standard } = profile;
  const { toewijzing, zorgStart, zorgStop } = mutations;
  const message = standard.messagePrefix;

  @Resolver({ isAbstract: true })
  abstract class LifecycleResolver {
    protected readonly commands: HouseholdRecorder<Commands>;

    constructor(executor: HouseholdCommandExecutor) {
      this.commands = new HouseholdRecorder(executor, deciders);
    }

    @ValidatedInput(toewijzing.input)
    @Mutation(() => RecordedPayload, {
      name: `record${label}Toewijzing`,
      description: `${label}: the gemeente assigns ${delivered} (as ${message}301).`,
    })
    recordToewijzing(
      @CurrentActor() actor: Actor,
      @Args('input', { type: () => toewijzing.input }) { householdId, ...data }: Toewijzing,
    ) {
      const alternativesFor = mutations.toewijzingWeighsAlternatives
        ? { domain: profile.domain, category: data.productcategorie }
        : undefined;
      const providerAgbCodes = [data.providerAgb];
      return this.commands.record(actor, householdId, toewijzing.command(data), { providerAgbCodes, alternativesFor });
    }

    @ValidatedInput(zorgStart.input)
    @Mutation(() => RecordedPayload, {
      name: `record${label}ZorgStart`,
      description: `${label}: the ${delivered} of a toewijzing started (as ${message}305).`,
    })
    recordZorgStart(@CurrentActor() actor: Actor, @Args('input', { type: () => zorgStart.input }) input: Start) {
      const { householdId, ...data } = input;
      return this.commands.record(actor, householdId, zorgStart.command(data));
    }

    @ValidatedInput(zorgStop.input)
    @Mutation(() => RecordedPayload, {
      name: `record${label}ZorgStop`,
      description: `${label}: the ${delivered} of a toewijzing stopped (as ${message}307).`,
    })
    recordZorgStop(@CurrentActor() actor: Actor, @Args('input', { type: () => zorgStop.input }) input: Stop) {
      const { householdId, ...data } = input;
      return this.commands.record(actor, householdId, zorgStop.command(data));
    }
  }
  return LifecycleResolver;
}
