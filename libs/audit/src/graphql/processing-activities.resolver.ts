import { Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { PROCESSING_ACTIVITIES, processingActivityUri, type ProcessingActivity } from '../register/register';

@ObjectType('ProcessingActivityLegalBasis')
class LegalBasisView {
  @Field({
    description: 'The AVG basis as the Logboek register names it (W3C DPV): OfficialAuthorityOfController, ...',
  })
  gdpr!: string;
  @Field({ description: 'The articles of the AVG (and UAVG) it rests on.' })
  article!: string;
  @Field({ description: 'The law that gives the gemeente the task.' })
  law!: string;
}

@ObjectType('ProcessingActivityRetention')
class RetentionView {
  @Field({ description: 'ISO 8601 duration, e.g. P20Y.' })
  period!: string;
  @Field({ description: 'The moment the term runs from.' })
  from!: string;
  @Field({ description: 'Why this term.' })
  basis!: string;
}

@ObjectType('ProcessingActivity', {
  description: 'One version of a verwerkingsactiviteit from the register (AVG art. 30), kept in the repository.',
})
class ProcessingActivityView {
  @Field(() => ID, { description: 'urn:regie:verwerkingsactiviteit:<id>:<version>, as verwerkingenlog lines cite it.' })
  uri!: string;
  @Field()
  id!: string;
  @Field(() => Int)
  version!: number;
  @Field({ description: 'ISO date from which this version applies.' })
  validFrom!: string;
  @Field()
  name!: string;
  @Field(() => String, { nullable: true, description: 'Domain code whose data it is; null for Regie itself.' })
  domain!: string | null;
  @Field()
  purpose!: string;
  @Field(() => LegalBasisView)
  legalBasis!: LegalBasisView;
  @Field(() => [String])
  dataSubjects!: string[];
  @Field(() => [String])
  personalDataCategories!: string[];
  @Field(() => RetentionView)
  retention!: RetentionView;
  @Field(() => [String])
  processingOperations!: string[];
}

const view = (activity: ProcessingActivity): ProcessingActivityView => ({
  ...activity,
  uri: processingActivityUri(activity),
  dataSubjects: [...activity.dataSubjects],
  personalDataCategories: [...activity.personalDataCategories],
  processingOperations: [...activity.processingOperations],
});

/** The register of processing activities, read-only, every version: any signed-in user may read it. */
@Resolver()
export class ProcessingActivitiesResolver {
  @Query(() => [ProcessingActivityView], {
    description:
      'The register of verwerkingsactiviteiten, every version (what each action in the verwerkingenlog cites).',
  })
  processingActivities(@CurrentActor() _actor: Actor): ProcessingActivityView[] {
    return PROCESSING_ACTIVITIES.map(view);
  }
}
