import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { RequiresRole } from '@regie/household';
import { Optional } from '@nestjs/common';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { BerichtenImport } from '../berichten-import.service';
import { bsnsOf } from '../map/decide-bericht';
import type { ImportAnswer, LinkAnswer } from '../import-answer';
import type { ImportRejection } from '../import-rejection';

@ObjectType({ description: 'One reason a message was refused, in the spirit of a retourbericht.' })
export class BerichtRejection {
  @Field()
  code!: string;
  @Field(() => String, { nullable: true, description: 'WJ001 retourcode, when the iStandaard gives one.' })
  retourcode!: string | null;
  @Field({ description: 'Element path below Bericht; empty for the message as a whole.' })
  path!: string;
  @Field({ description: 'In Dutch.' })
  reason!: string;

  static from(rejection: ImportRejection): BerichtRejection {
    return { ...rejection, retourcode: rejection.retourcode ?? null };
  }
}

@ObjectType({
  description: 'An iJw/iWmo message waiting for a household: no household of the gemeente has its client.',
})
export class WaitingBericht {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'e.g. JW305, WMO301.' })
  berichtType!: string;
  @Field({ description: 'Header/Afzender: CBS code or AGB-code.' })
  afzender!: string;
  @Field({ description: 'Header/BerichtIdentificatie/Identificatie.' })
  identificatie!: string;
  @Field({ description: 'Header/BerichtIdentificatie/Dagtekening, YYYY-MM-DD.' })
  dagtekening!: string;
  @Field({ description: 'The client’s BSN, to find or register their household.' })
  bsn!: string;
  @Field()
  receivedAt!: Date;
  @Field(() => [BerichtRejection], {
    description: 'Why the last link tried was refused, per element (the message still waits); empty when none was.',
  })
  linkRefusals!: BerichtRejection[];
}

@ObjectType({ description: 'How Regie answered a message.' })
export class BerichtAnswer {
  @Field({
    description:
      'ACCEPTED, ALREADY_RECEIVED, WAITING or REJECTED. After linkBericht: ACCEPTED, or WAITING when the link was ' +
      'refused: the message still waits, as it was, and the rejections say why and what to do.',
  })
  outcome!: string;
  @Field(() => ID, { nullable: true })
  berichtId!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. JW305, WMO301.' })
  berichtType!: string | null;
  @Field(() => String, { nullable: true, description: 'Header/BerichtIdentificatie/Identificatie.' })
  identificatie!: string | null;
  @Field(() => String, { nullable: true })
  householdId!: string | null;
  @Field(() => Int, { description: 'Events written.' })
  events!: number;
  @Field(() => [BerichtRejection])
  rejections!: BerichtRejection[];
  @Field(() => [BerichtAnswer], {
    description:
      'linkBericht: every waiting message of the same client (BSN) it took, in message order (a 301 before the ' +
      '305 that names it), the chosen one among them, each with its answer. Empty for other answers.',
  })
  together!: BerichtAnswer[];

  static from(answer: ImportAnswer | LinkAnswer): BerichtAnswer {
    return {
      outcome: answer.outcome,
      berichtId: answer.berichtId ?? null,
      berichtType: answer.berichtType ?? null,
      identificatie: answer.identificatie ?? null,
      householdId: answer.householdId ?? null,
      events: answer.events,
      rejections: answer.rejections.map(BerichtRejection.from),
      together: 'together' in answer ? answer.together.map(BerichtAnswer.from) : [],
    };
  }
}

@InputType()
export class LinkBerichtInput {
  @Field(() => ID)
  @IsUUID()
  berichtId!: string;
  @Field(() => ID, { description: 'The household that has (now) a member with the message’s BSN.' })
  @IsString()
  @MaxLength(100)
  householdId!: string;
}

@InputType()
export class DiscardBerichtInput {
  @Field(() => ID)
  @IsUUID()
  berichtId!: string;
  // No MinLength: an empty reason is the service's refusal, in Dutch and at this field (BAD_USER_INPUT).
  @Field({ description: 'Why the message is not recorded; required (an empty one is refused).' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

/** The functioneel beheerder's queue of messages that wait for a household (docs/berichten.md). */
@Resolver()
@RequiresRole('functioneel_beheerder')
export class BerichtenQueueResolver {
  constructor(
    private readonly berichten: BerichtenImport,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Query(() => [WaitingBericht], {
    description: 'Functioneel beheerder: the messages of the own gemeente that wait for a household, oldest first.',
  })
  async berichtenQueue(@CurrentActor() actor: Actor): Promise<WaitingBericht[]> {
    const waiting = await this.berichten.queue(actor);
    await this.log?.record({
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
      gemeente: actor.gemeente!,
      operation: 'READ',
      action: 'berichten.wachtrij',
      fields: ['bericht.header', 'bericht.bsn', `results.${waiting.length}`],
      basis: 'functioneel beheerder: berichten koppelen aan een huishouden',
    });
    const answers: WaitingBericht[] = [];
    for (const row of waiting) {
      const read = await this.berichten.reader.read(row.xml ?? '');
      answers.push({
        id: row.id,
        berichtType: row.berichtType ?? '',
        afzender: row.afzender ?? '',
        identificatie: row.identificatie ?? '',
        dagtekening: row.dagtekening ?? '',
        bsn: read.ok ? bsnsOf(read.bericht)[0]! : '',
        receivedAt: row.receivedAt,
        linkRefusals: (row.rejections ?? []).map(BerichtRejection.from),
      });
    }
    return answers;
  }

  @Mutation(() => BerichtAnswer, {
    description:
      'Functioneel beheerder: records a waiting message in the chosen household (replays it), with the other ' +
      'waiting messages of the same client in message order. A refused link leaves the message waiting as it was.',
  })
  async linkBericht(@CurrentActor() actor: Actor, @Args('input') input: LinkBerichtInput): Promise<BerichtAnswer> {
    return BerichtAnswer.from(await this.berichten.link(actor, input.berichtId, input.householdId));
  }

  @Mutation(() => Boolean, {
    description: 'Functioneel beheerder: takes a waiting message out of the queue unrecorded.',
  })
  async discardBericht(@CurrentActor() actor: Actor, @Args('input') input: DiscardBerichtInput): Promise<boolean> {
    await this.berichten.discard(actor, input.berichtId, input.reason);
    return true;
  }
}
