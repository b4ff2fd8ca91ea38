import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { isLocalDate, reject } from '@regie/household';
import { randomUUID } from 'node:crypto';
import { VoorliggendVeldCatalogue } from '../voorliggend-veld-catalogue';
import {
  EndAlgemeneVoorzieningInput,
  RegisterAlgemeneVoorzieningInput,
  ReplaceableSupportInput,
  UpdateAlgemeneVoorzieningInput,
} from './voorliggend-veld.inputs';
import { AlgemeneVoorziening, VoorzieningRecordedPayload } from './voorliggend-veld.types';

const catalogueOf = (actor: Actor, gemeente: string | undefined | null) => gemeente ?? actor.gemeente ?? '';

/** The voorliggend-veld catalogue: kept by the functioneel beheerder, read by everyone of the gemeente. */
@Resolver()
export class VoorliggendVeldResolver {
  constructor(private readonly catalogue: VoorliggendVeldCatalogue) {}

  @Query(() => [AlgemeneVoorziening], {
    description:
      "The gemeente's catalogue of algemene voorzieningen, sorted by naam: all entries, or only those active on " +
      'activeOn (YYYY-MM-DD) and/or able to replace a support. Any role, own gemeente only (the default).',
  })
  async voorliggendVeld(
    @CurrentActor() actor: Actor,
    @Args('gemeente', { type: () => String, nullable: true }) gemeente?: string | null,
    @Args('replaces', { type: () => ReplaceableSupportInput, nullable: true })
    replaces?: ReplaceableSupportInput | null,
    @Args('activeOn', { type: () => String, nullable: true }) activeOn?: string | null,
  ): Promise<AlgemeneVoorziening[]> {
    const own = catalogueOf(actor, gemeente);
    const entries = await this.catalogue.entries(actor, own, {
      ...(replaces ? { replaces: { domain: replaces.domain, category: replaces.category } } : {}),
      ...(activeOn == null ? {} : { activeOn: validDate(activeOn) }),
    });
    return entries.map(AlgemeneVoorziening.from);
  }

  @Mutation(() => VoorzieningRecordedPayload, {
    description: 'Functioneel beheerder: add an algemene voorziening to the own gemeente’s catalogue.',
  })
  async registerAlgemeneVoorziening(
    @CurrentActor() actor: Actor,
    @Args('input') { gemeente, voorzieningId, ...input }: RegisterAlgemeneVoorzieningInput,
  ): Promise<VoorzieningRecordedPayload> {
    const command = { ...input, voorzieningId: voorzieningId ?? randomUUID() };
    return VoorzieningRecordedPayload.from(await this.catalogue.register(catalogueOf(actor, gemeente), command, actor));
  }

  @Mutation(() => VoorzieningRecordedPayload, { description: 'Functioneel beheerder: change a catalogue entry.' })
  async updateAlgemeneVoorziening(
    @CurrentActor() actor: Actor,
    @Args('input') { gemeente, ...command }: UpdateAlgemeneVoorzieningInput,
  ): Promise<VoorzieningRecordedPayload> {
    return VoorzieningRecordedPayload.from(await this.catalogue.update(catalogueOf(actor, gemeente), command, actor));
  }

  @Mutation(() => VoorzieningRecordedPayload, {
    description: 'Functioneel beheerder: the entry is no longer offered from beeindigdPer on.',
  })
  async endAlgemeneVoorziening(
    @CurrentActor() actor: Actor,
    @Args('input') { gemeente, ...command }: EndAlgemeneVoorzieningInput,
  ): Promise<VoorzieningRecordedPayload> {
    return VoorzieningRecordedPayload.from(await this.catalogue.end(catalogueOf(actor, gemeente), command, actor));
  }
}

function validDate(value: string): string {
  if (!isLocalDate(value)) reject('BAD_USER_INPUT', `activeOn ${JSON.stringify(value)} is geen datum (JJJJ-MM-DD)`);
  return value;
}
