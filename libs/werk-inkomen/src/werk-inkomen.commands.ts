import type { DecidersOf, InputOf } from '@regie/household';
import {
  recordBijstandBesluit,
  recordReintegratieTraject,
  recordSchuldhulpTraject,
  recordSchuldsignaal,
  recordSchuldsignaalOpvolging,
} from './werk-inkomen.decide';

/** The commands of this domain as data (`{ type, data }`), by type: the data is the decider's input. */
export interface WerkInkomenCommands {
  readonly 'werk-inkomen.RecordBijstandBesluit': InputOf<typeof recordBijstandBesluit>;
  readonly 'werk-inkomen.RecordSchuldsignaal': InputOf<typeof recordSchuldsignaal>;
  readonly 'werk-inkomen.RecordSchuldsignaalOpvolging': InputOf<typeof recordSchuldsignaalOpvolging>;
  readonly 'werk-inkomen.RecordSchuldhulpTraject': InputOf<typeof recordSchuldhulpTraject>;
  readonly 'werk-inkomen.RecordReintegratieTraject': InputOf<typeof recordReintegratieTraject>;
}

/** This domain's deciders, one per command type. */
export const WERK_INKOMEN_DECIDERS: DecidersOf<WerkInkomenCommands> = {
  'werk-inkomen.RecordBijstandBesluit': recordBijstandBesluit,
  'werk-inkomen.RecordSchuldsignaal': recordSchuldsignaal,
  'werk-inkomen.RecordSchuldsignaalOpvolging': recordSchuldsignaalOpvolging,
  'werk-inkomen.RecordSchuldhulpTraject': recordSchuldhulpTraject,
  'werk-inkomen.RecordReintegratieTraject': recordReintegratieTraject,
};
