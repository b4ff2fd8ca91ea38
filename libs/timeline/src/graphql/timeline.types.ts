import {
  AgreementPartyEnum,
  codeEnum,
  DomainEnum,
  EntryDomainEnum,
  GoalOutcomeEnum,
  GoalStatusEnum,
  GrondslagEnum,
  MemberRelationEnum,
  type ReadGrant,
} from '@regie/household';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString } from 'class-validator';
import { IsAgbCode } from '@regie/household';
import { WorklistKindEnum } from './worklist-kind.enum';

const CareEpisodeKindEnum = codeEnum('CareEpisodeKind', ['TOEWIJZING', 'TRAJECT'], 'A toewijzing or a traject.');

@ObjectType({ description: 'Relay page info.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ProviderRef {
  @Field()
  agbCode!: string;
  @Field()
  name!: string;
}

@ObjectType()
export class MemberRef {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType({ description: 'Who recorded an entry.' })
export class RecordedBy {
  @Field(() => ID)
  userId!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => String, { nullable: true })
  role!: string | null;
}

@ObjectType({ description: 'One line of the household timeline, in need-to-know terms.' })
export class TimelineEntry {
  @Field(() => ID, { description: 'The event id.' })
  id!: string;
  @Field(() => EntryDomainEnum)
  domain!: string;
  @Field({ description: 'Stable event type, e.g. jeugd.ZorgGestart.' })
  type!: string;
  @Field({ description: 'Global position in the event store (decimal string).' })
  position!: string;
  @Field({
    description:
      'When it happened, as an instant. For an entry on a business date (occurredOn) this is that day at 00:00 UTC: ' +
      'show occurredOn instead, so a client west of UTC does not show the day before.',
  })
  occurredAt!: Date;
  @Field(() => String, {
    nullable: true,
    description:
      'The business date it happened on (YYYY-MM-DD: a calendar day, no time zone), e.g. the begindatum of care; ' +
      'null for an entry that happened at an instant (a regisseur handover, a note): show occurredAt.',
  })
  occurredOn!: string | null;
  @Field()
  recordedAt!: Date;
  @Field()
  summary!: string;
  @Field(() => String, { nullable: true })
  category!: string | null;
  @Field(() => String, { nullable: true })
  status!: string | null;
  @Field(() => ProviderRef, { nullable: true })
  provider!: ProviderRef | null;
  @Field(() => MemberRef, { nullable: true })
  member!: MemberRef | null;
  @Field(() => RecordedBy, { nullable: true })
  recordedBy!: RecordedBy | null;
  @Field()
  corrected!: boolean;
  @Field(() => [ID])
  correctedBy!: string[];
  @Field()
  withdrawn!: boolean;
  @Field(() => ID, { nullable: true })
  withdrawnBy!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Free text: only for the own domain (and household notes for everyone who may see the household).',
  })
  note!: string | null;
}

/** A connection whose totalCount is a separate count query, run only when a client selects it. */
export interface CountedConnection {
  countTotal: () => Promise<number>;
}

@ObjectType()
export class TimelineEdge {
  @Field()
  cursor!: string;
  @Field(() => TimelineEntry)
  node!: TimelineEntry;
}

@ObjectType()
export class TimelineConnection implements CountedConnection {
  @Field(() => [TimelineEdge])
  edges!: TimelineEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  /** Resolved as `totalCount` by TimelineConnectionResolver, and only when selected. */
  countTotal!: () => Promise<number>;
}

@InputType()
export class TimelineFilter {
  @Field(() => [EntryDomainEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  domains?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsAgbCode()
  providerAgb?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  memberId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(50)
  types?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive start of the period (occurredAt).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive end of the period (occurredAt).' })
  @IsOptional()
  to?: Date | null;
}

@ObjectType()
export class HouseholdMember {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => String, { nullable: true })
  birthDate!: string | null;
  @Field(() => MemberRelationEnum, { nullable: true })
  relation!: string | null;
}

@ObjectType()
export class PersonRefView {
  @Field(() => ID)
  userId!: string;
  @Field()
  name!: string;
}

@ObjectType()
export class CurrentRegisseur {
  @Field(() => ID)
  userId!: string;
  @Field()
  name!: string;
  @Field(() => Date, { nullable: true })
  since!: Date | null;
}

@ObjectType({ description: 'A change of regisseur: from null = first assignment, to null = released.' })
export class RegisseurHandover {
  @Field(() => PersonRefView, { nullable: true })
  from!: PersonRefView | null;
  @Field(() => PersonRefView, { nullable: true })
  to!: PersonRefView | null;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field({ description: 'When the handover happened (occurredAt).' })
  at!: Date;
}

@ObjectType()
export class GoalEvaluation {
  @Field(() => GoalOutcomeEnum)
  outcome!: string;
  @Field()
  evaluatedOn!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When the evaluation was recorded (evaluatedOn is the day it took place; it may be earlier).',
  })
  recordedAt!: Date | null;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class PlanGoalVersion {
  @Field(() => Int)
  version!: number;
  @Field()
  title!: string;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => [DomainEnum])
  domains!: string[];
  @Field(() => [ID])
  memberIds!: string[];
  @Field(() => String, { nullable: true })
  targetDate!: string | null;
  @Field(() => String, { nullable: true })
  revisionReason!: string | null;
  @Field()
  setAt!: Date;
}

@ObjectType()
export class PlanGoal {
  @Field(() => ID)
  id!: string;
  @Field(() => PlanGoalVersion, { description: 'The current (highest) version.' })
  current!: PlanGoalVersion;
  @Field(() => GoalStatusEnum, { description: 'Outcome of the latest evaluation, or OPEN.' })
  status!: string;
  @Field(() => [GoalEvaluation])
  evaluations!: GoalEvaluation[];
  @Field(() => [PlanGoalVersion], { description: 'Every version, oldest first.' })
  versions!: PlanGoalVersion[];
}

@ObjectType()
export class PlanAgreement {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { nullable: true })
  goalId!: string | null;
  @Field()
  description!: string;
  @Field(() => AgreementPartyEnum)
  party!: string;
  @Field(() => String, { nullable: true })
  partyName!: string | null;
  @Field(() => ProviderRef, { nullable: true })
  provider!: ProviderRef | null;
  @Field(() => DomainEnum, { nullable: true })
  domain!: string | null;
  @Field(() => [ID])
  memberIds!: string[];
  @Field()
  recordedAt!: Date;
  @Field(() => String, { nullable: true, description: 'By when it is to be done (YYYY-MM-DD).' })
  dueOn!: string | null;
}

@ObjectType()
export class HouseholdPlan {
  @Field(() => [PlanGoal])
  goals!: PlanGoal[];
  @Field(() => [PlanAgreement])
  agreements!: PlanAgreement[];
}

@ObjectType({ description: 'A recorded legal basis for sharing one domain’s data.' })
export class SharingBasisView {
  @Field(() => ID)
  id!: string;
  @Field(() => DomainEnum)
  domain!: string;
  @Field(() => GrondslagEnum)
  grondslag!: string;
  @Field()
  wettelijkeBepaling!: string;
  @Field(() => String, { nullable: true })
  toestemmingVastgelegdOp!: string | null;
  @Field(() => [ID])
  memberIds!: string[];
  @Field()
  validFrom!: string;
  @Field()
  validUntil!: string;
  @Field(() => String, { nullable: true })
  endedOn!: string | null;
  @Field(() => String, { nullable: true })
  endedReason!: string | null;
  @Field({ description: 'validFrom <= today <= validUntil and not ended on or before today.' })
  currentlyValid!: boolean;
}

@ObjectType({
  description: 'A toewijzing or traject that runs or waits: not stopped, or started again after a stop; not withdrawn.',
})
export class CareEpisodeView {
  @Field()
  key!: string;
  @Field(() => DomainEnum)
  domain!: string;
  @Field(() => CareEpisodeKindEnum)
  kind!: string;
  @Field(() => String, { nullable: true })
  label!: string | null;
  @Field(() => MemberRef, { nullable: true })
  member!: MemberRef | null;
  @Field(() => String, { nullable: true })
  toegewezenOp!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The first day care may start (the toewijzing’s ingangsdatum); null for a traject.',
  })
  ingangsdatum!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The first start of care (GESTART). A restart after a stop does not move it: see restartedOn.',
  })
  gestartOp!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'When care started again after a stop (e.g. a 307 "tijdelijk beëindigd", then a new 305): it runs from here. ' +
      'Null when it never stopped.',
  })
  restartedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The day the wachttijd counts from: the later of toegewezenOp and ingangsdatum (null without a TOEGEWEZEN date).',
  })
  waitingFrom!: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Days from waitingFrom to the first GESTART, or to today while waiting; 0 while startsLater (null without a ' +
      'TOEGEWEZEN date).',
  })
  wachttijdDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'The domain norm in days, when the domain has one.' })
  normDays!: number | null;
  @Field()
  overNorm!: boolean;
  @Field({ description: 'Not started, and its ingangsdatum has come: it waits.' })
  stillWaiting!: boolean;
  @Field({
    description: 'Not started, and its ingangsdatum is after today: care may not start yet, so it does not wait.',
  })
  startsLater!: boolean;
}

@ObjectType()
export class HouseholdProviderView {
  @Field()
  agbCode!: string;
  @Field()
  name!: string;
  @Field(() => [EntryDomainEnum], { description: 'Where the provider appears: a domain, or HOUSEHOLD (the plan).' })
  domains!: string[];
  @Field()
  firstActivity!: Date;
  @Field()
  lastActivity!: Date;
  @Field(() => [CareEpisodeView], { description: 'Active toewijzingen and trajecten with this provider.' })
  active!: CareEpisodeView[];
}

@ObjectType({ description: 'The household’s woonadres (BAG): postcode and huisnummer, huisletter and toevoeging.' })
export class HouseholdAddress {
  @Field({ description: 'Four digits and two capitals without a space: 1234AB.' })
  postcode!: string;
  @Field(() => Int)
  huisnummer!: number;
  @Field(() => String, { nullable: true })
  huisletter!: string | null;
  @Field(() => String, { nullable: true })
  huisnummertoevoeging!: string | null;
}

@ObjectType({ description: 'A household as the regisseur sees it (read model).' })
export class HouseholdView {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => String, { nullable: true })
  gemeente!: string | null;
  @Field()
  closed!: boolean;
  @Field(() => Date, { nullable: true })
  lastActivity!: Date | null;
  @Field(() => CurrentRegisseur, { nullable: true })
  regisseur!: CurrentRegisseur | null;
  @Field({ description: 'True when read under the noodprocedure (break the glass): logged and flagged.' })
  emergencyAccess!: boolean;
  @Field({
    description:
      'True when you may read its care content (plan, legal bases, providers, timeline, insight); false when you ' +
      'may read its registration only (name, members, address, regisseur): the functioneel beheerder, and a ' +
      'domeinmedewerker whose domain has recorded nothing in this household yet. Care fields then give FORBIDDEN.',
  })
  careAccess!: boolean;
  /** What the caller may see of this household (HouseholdReadAccess); the nested fields filter by it. */
  grant!: ReadGrant;
}

@ObjectType({ description: 'How many open signals of one kind are past their term (as the worklist lists them).' })
export class OverdueSignalCount {
  @Field(() => WorklistKindEnum)
  kind!: string;
  @Field({ description: 'Its worklist text, Dutch at B1 level (as WorklistKind describes).' })
  label!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MyHousehold {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field()
  lastActivity!: Date;
  @Field(() => Int, { description: 'Providers with an active toewijzing or traject.' })
  activeProviders!: number;
  @Field(() => Int, { description: 'Wgs vroegsignalen a domain reported open and not yet closed.' })
  openSignals!: number;
  @Field(() => Int, { description: 'Toewijzingen waiting for GESTART longer than their domain norm.' })
  overdueWaits!: number;
  @Field(() => Int, { description: 'Open Wgs vroegsignalen past their term for follow-up (dueOn).' })
  overdueSignals!: number;
  @Field(() => Int, { description: 'Wmo meldingen without an onderzoek after their term (six weeks).' })
  overdueOnderzoeken!: number;
  @Field(() => Int, { description: 'Maatwerk decisions taken without every lower rung of the ladder considered.' })
  maatwerkWithoutLadder!: number;
  @Field(() => [OverdueSignalCount], {
    description:
      'Per signal kind of the registered domains (Wgs vroegsignaal, Wmo-onderzoek, huurachterstand, ontruiming, ...): ' +
      'the open signals past their term; kinds without any are left out. Includes what overdueSignals and ' +
      'overdueOnderzoeken count.',
  })
  overdueSignalsByKind!: OverdueSignalCount[];
}

@ObjectType()
export class MyHouseholdEdge {
  @Field()
  cursor!: string;
  @Field(() => MyHousehold)
  node!: MyHousehold;
}

@ObjectType()
export class MyHouseholdConnection implements CountedConnection {
  @Field(() => [MyHouseholdEdge])
  edges!: MyHouseholdEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  /** Resolved as `totalCount` by MyHouseholdConnectionResolver, and only when selected. */
  countTotal!: () => Promise<number>;
}
