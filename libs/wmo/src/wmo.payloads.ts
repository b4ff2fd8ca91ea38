import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RecordedPayload } from '@regie/household';

@ObjectType({ description: 'recordWmoMelding: what was recorded and the meldingId (onderzoek and besluit take it).' })
export class RecordWmoMeldingPayload extends RecordedPayload {
  @Field(() => ID) meldingId!: string;
}

@ObjectType({ description: 'recordWmoBesluit: what was recorded and the besluitId (a toewijzing takes it).' })
export class RecordWmoBesluitPayload extends RecordedPayload {
  @Field(() => ID) besluitId!: string;
}
