import type { DecidersOf, InputOf } from '@regie/household';
import {
  recordBetalingsregeling,
  recordHuurachterstand,
  recordHuurachterstandOpvolging,
  recordLaatsteKansAfspraak,
  recordOntruimingsdreiging,
  recordOntruimingUitkomst,
  recordUrgentie,
  recordWoonbegeleiding,
} from './wonen.decide';

/** The commands of this domain as data (`{ type, data }`), by type: the data is the decider's input. */
export interface WonenCommands {
  readonly 'wonen.RecordHuurachterstand': InputOf<typeof recordHuurachterstand>;
  readonly 'wonen.RecordHuurachterstandOpvolging': InputOf<typeof recordHuurachterstandOpvolging>;
  readonly 'wonen.RecordOntruimingsdreiging': InputOf<typeof recordOntruimingsdreiging>;
  readonly 'wonen.RecordOntruimingUitkomst': InputOf<typeof recordOntruimingUitkomst>;
  readonly 'wonen.RecordUrgentie': InputOf<typeof recordUrgentie>;
  readonly 'wonen.RecordBetalingsregeling': InputOf<typeof recordBetalingsregeling>;
  readonly 'wonen.RecordWoonbegeleiding': InputOf<typeof recordWoonbegeleiding>;
  readonly 'wonen.RecordLaatsteKansAfspraak': InputOf<typeof recordLaatsteKansAfspraak>;
}

/** This domain's deciders, one per command type. */
export const WONEN_DECIDERS: DecidersOf<WonenCommands> = {
  'wonen.RecordHuurachterstand': recordHuurachterstand,
  'wonen.RecordHuurachterstandOpvolging': recordHuurachterstandOpvolging,
  'wonen.RecordOntruimingsdreiging': recordOntruimingsdreiging,
  'wonen.RecordOntruimingUitkomst': recordOntruimingUitkomst,
  'wonen.RecordUrgentie': recordUrgentie,
  'wonen.RecordBetalingsregeling': recordBetalingsregeling,
  'wonen.RecordWoonbegeleiding': recordWoonbegeleiding,
  'wonen.RecordLaatsteKansAfspraak': recordLaatsteKansAfspraak,
};
