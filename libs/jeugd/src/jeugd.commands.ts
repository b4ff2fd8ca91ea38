import type { CommandsOf } from '@regie/household';
import {
  recordJeugdContactmoment,
  recordJeugdToewijzing,
  recordJeugdVerzoekOmToewijzing,
  recordJeugdZorgStart,
  recordJeugdZorgStop,
} from './jeugd.decide';

/** This domain's deciders, one per command type. */
export const JEUGD_DECIDERS = {
  'jeugd.RecordVerzoekOmToewijzing': recordJeugdVerzoekOmToewijzing,
  'jeugd.RecordToewijzing': recordJeugdToewijzing,
  'jeugd.RecordZorgStart': recordJeugdZorgStart,
  'jeugd.RecordZorgStop': recordJeugdZorgStop,
  'jeugd.RecordContactmoment': recordJeugdContactmoment,
};

/** The commands of this domain as data (`{ type, data }`), by type: the data is its decider's input. */
export type JeugdCommands = CommandsOf<typeof JEUGD_DECIDERS>;
