import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RecordedPayload } from '@regie/household';

@ObjectType({ description: 'recordHuurachterstand: what was recorded and the signaalId (the opvolging takes it).' })
export class RecordHuurachterstandPayload extends RecordedPayload {
  @Field(() => ID) signaalId!: string;
}

@ObjectType({ description: 'recordOntruimingsdreiging: what was recorded and the ontruimingId (new on a first step).' })
export class RecordOntruimingsdreigingPayload extends RecordedPayload {
  @Field(() => ID) ontruimingId!: string;
}

@ObjectType({ description: 'recordUrgentie: what was recorded and the urgentieId (new for AANGEVRAAGD).' })
export class RecordUrgentiePayload extends RecordedPayload {
  @Field(() => ID) urgentieId!: string;
}

@ObjectType({ description: 'recordBetalingsregeling: what was recorded and the regelingId (new for GETROFFEN).' })
export class RecordBetalingsregelingPayload extends RecordedPayload {
  @Field(() => ID) regelingId!: string;
}

@ObjectType({ description: 'recordWoonbegeleiding: what was recorded and the trajectId (new for GESTART).' })
export class RecordWoonbegeleidingPayload extends RecordedPayload {
  @Field(() => ID) trajectId!: string;
}

@ObjectType({ description: 'recordLaatsteKansAfspraak: what was recorded and the afspraakId (new for GEMAAKT).' })
export class RecordLaatsteKansAfspraakPayload extends RecordedPayload {
  @Field(() => ID) afspraakId!: string;
}
