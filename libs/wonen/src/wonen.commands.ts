import { contactmomentDecider, type CommandsOf } from '@regie/household';
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
import { WONEN_DOMAIN, WonenEventType } from './wonen.events';

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
  /** A contact of the Wonen team with a member; the note stays within Wonen. */
  'wonen.RecordContactmoment': contactmomentDecider({
    domain: WONEN_DOMAIN,
    eventType: WonenEventType.contactmomentVastgelegd,
  }),
};

/** The commands of this domain as data (`{ type, data }`), by type: the data is its decider's input. */
export type WonenCommands = CommandsOf<typeof WONEN_DECIDERS>;
