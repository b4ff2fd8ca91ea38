import { contactmomentDecider, type CommandsOf } from '@regie/household';
import {
  recordBijstandBesluit,
  recordReintegratieTraject,
  recordSchuldhulpTraject,
  recordSchuldsignaal,
  recordSchuldsignaalOpvolging,
} from './werk-inkomen.decide';
import { WERK_EN_INKOMEN_DOMAIN, WerkInkomenEventType } from './werk-inkomen.events';

/** This domain's deciders, one per command type. */
export const WERK_INKOMEN_DECIDERS = {
  'werk-inkomen.RecordBijstandBesluit': recordBijstandBesluit,
  'werk-inkomen.RecordSchuldsignaal': recordSchuldsignaal,
  'werk-inkomen.RecordSchuldsignaalOpvolging': recordSchuldsignaalOpvolging,
  'werk-inkomen.RecordSchuldhulpTraject': recordSchuldhulpTraject,
  'werk-inkomen.RecordReintegratieTraject': recordReintegratieTraject,
  /** A contact of the Werk & Inkomen team with a member; the note stays within Werk & Inkomen. */
  'werk-inkomen.RecordContactmoment': contactmomentDecider({
    domain: WERK_EN_INKOMEN_DOMAIN,
    eventType: WerkInkomenEventType.contactmomentVastgelegd,
  }),
};

/** The commands of this domain as data (`{ type, data }`), by type: the data is its decider's input. */
export type WerkInkomenCommands = CommandsOf<typeof WERK_INKOMEN_DECIDERS>;
