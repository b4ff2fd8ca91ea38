import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DomainEnum } from '@regie/household';
import type { Voorziening } from '../catalogue.state';
import type { CatalogueChange } from '../voorliggend-veld-catalogue';
import { CapaciteitPeriodeEnum } from './voorliggend-veld.inputs';

@ObjectType('ReplaceableSupport')
export class ReplaceableSupportType {
  @Field(() => DomainEnum) domain!: string;
  @Field() category!: string;
}

@ObjectType('VoorzieningContact')
export class VoorzieningContactType {
  @Field({ nullable: true }) telefoon?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) adres?: string;
  @Field({ nullable: true }) website?: string;
}

@ObjectType('Capaciteit')
export class CapaciteitType {
  @Field(() => Int) plaatsen!: number;
  @Field(() => CapaciteitPeriodeEnum) per!: string;
}

@ObjectType({ description: 'A general or community provision of the voorliggend veld.' })
export class AlgemeneVoorziening {
  @Field(() => ID) voorzieningId!: string;
  @Field() naam!: string;
  @Field() omschrijving!: string;
  @Field() organisatie!: string;
  @Field(() => [ReplaceableSupportType]) replaces!: ReplaceableSupportType[];
  @Field() voorwaarden!: string;
  @Field(() => VoorzieningContactType) contact!: VoorzieningContactType;
  @Field(() => CapaciteitType, { nullable: true }) capaciteit?: CapaciteitType;
  @Field(() => Int, { nullable: true }) wachttijdDagen?: number;
  @Field({ description: 'YYYY-MM-DD' }) geldigVanaf!: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD: the first day it is no longer offered.' }) beeindigdPer?: string;
  @Field({ nullable: true }) reden?: string;

  static from(entry: Voorziening): AlgemeneVoorziening {
    return { ...entry, replaces: [...entry.replaces], contact: { ...entry.contact } };
  }
}

@ObjectType({ description: 'What a catalogue mutation recorded.' })
export class VoorzieningRecordedPayload {
  @Field(() => ID) voorzieningId!: string;
  @Field() gemeente!: string;
  @Field(() => [ID]) eventIds!: string[];
  @Field({ description: 'Revision of the catalogue stream after the append, as a decimal string.' })
  streamRevision!: string;
  @Field({ description: 'Global position of the last event, as a decimal string (for read-your-writes).' })
  position!: string;

  static from(change: CatalogueChange): VoorzieningRecordedPayload {
    return {
      voorzieningId: change.voorzieningId,
      gemeente: change.gemeente,
      eventIds: [...change.eventIds],
      streamRevision: change.streamRevision.toString(),
      position: change.position.toString(),
    };
  }
}
