import type { CommandsOf } from '@regie/household';
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

/** This domain's deciders, one per command type. */
export const WONEN_DECIDERS = {
  'wonen.RecordHuurachterstand': recordHuurachterstand,
  'wonen.RecordHuurachterstandOpvolging': recordHuurachterstandOpvolging,
  'wonen.RecordOntruimingsdreiging': recordOntruimingsdreiging,
  'wonen.RecordOntruimingUitkomst': recordOntruimingUitkomst,
  'wonen.RecordUrgentie': recordUrgentie,
  'wonen.RecordBetalingsregeling': recordBetalingsregeling,
  'wonen.RecordWoonbegeleiding': recordWoonbegeleiding,
  'wonen.RecordLaatsteKansAfspraak': recordLaatsteKansAfspraak,
};

/** The commands of this domain as data (`{ type, data }`), by type: the data is its decider's input. */
export type WonenCommands = CommandsOf<typeof WONEN_DECIDERS>;
