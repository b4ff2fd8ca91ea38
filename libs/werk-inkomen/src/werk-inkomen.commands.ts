import type { CommandsOf } from '@regie/household';
import {
  recordBijstandBesluit,
  recordReintegratieTraject,
  recordSchuldhulpTraject,
  recordSchuldsignaal,
  recordSchuldsignaalOpvolging,
} from './werk-inkomen.decide';

/** This domain's deciders, one per command type. */
export const WERK_INKOMEN_DECIDERS = {
  'werk-inkomen.RecordBijstandBesluit': recordBijstandBesluit,
  'werk-inkomen.RecordSchuldsignaal': recordSchuldsignaal,
  'werk-inkomen.RecordSchuldsignaalOpvolging': recordSchuldsignaalOpvolging,
  'werk-inkomen.RecordSchuldhulpTraject': recordSchuldhulpTraject,
  'werk-inkomen.RecordReintegratieTraject': recordReintegratieTraject,
};

/** The commands of this domain as data (`{ type, data }`), by type: the data is its decider's input. */
export type WerkInkomenCommands = CommandsOf<typeof WERK_INKOMEN_DECIDERS>;
