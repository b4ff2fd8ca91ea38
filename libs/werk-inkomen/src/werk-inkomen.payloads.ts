import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RecordedPayload } from '@regie/household';

@ObjectType({
  description: 'recordBijstandBesluit: what was recorded and the aanvraag’s bijstandId (new for AANGEVRAAGD).',
})
export class RecordBijstandBesluitPayload extends RecordedPayload {
  @Field(() => ID) bijstandId!: string;
}

@ObjectType({ description: 'recordSchuldsignaal: what was recorded and the signaalId (the opvolging takes it).' })
export class RecordSchuldsignaalPayload extends RecordedPayload {
  @Field(() => ID) signaalId!: string;
}

@ObjectType({
  description:
    'recordSchuldhulpTraject, recordReintegratieTraject: what was recorded and the trajectId (new for GESTART).',
})
export class RecordTrajectPayload extends RecordedPayload {
  @Field(() => ID) trajectId!: string;
}
