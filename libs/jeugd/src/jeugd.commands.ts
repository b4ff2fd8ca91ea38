import type { DecidersOf, InputOf } from '@regie/household';
import {
  recordJeugdContactmoment,
  recordJeugdToewijzing,
  recordJeugdVerzoekOmToewijzing,
  recordJeugdZorgStart,
  recordJeugdZorgStop,
} from './jeugd.decide';

/** The commands of this domain as data (`{ type, data }`), by type: the data is the decider's input. */
export interface JeugdCommands {
  readonly 'jeugd.RecordVerzoekOmToewijzing': InputOf<typeof recordJeugdVerzoekOmToewijzing>;
  readonly 'jeugd.RecordToewijzing': InputOf<typeof recordJeugdToewijzing>;
  readonly 'jeugd.RecordZorgStart': InputOf<typeof recordJeugdZorgStart>;
  readonly 'jeugd.RecordZorgStop': InputOf<typeof recordJeugdZorgStop>;
  readonly 'jeugd.RecordContactmoment': InputOf<typeof recordJeugdContactmoment>;
}

/** This domain's deciders, one per command type. */
export const JEUGD_DECIDERS: DecidersOf<JeugdCommands> = {
  'jeugd.RecordVerzoekOmToewijzing': recordJeugdVerzoekOmToewijzing,
  'jeugd.RecordToewijzing': recordJeugdToewijzing,
  'jeugd.RecordZorgStart': recordJeugdZorgStart,
  'jeugd.RecordZorgStop': recordJeugdZorgStop,
  'jeugd.RecordContactmoment': recordJeugdContactmoment,
};
