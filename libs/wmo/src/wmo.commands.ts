import type { DecidersOf, InputOf } from '@regie/household';
import { recordWmoBesluit, recordWmoMelding, recordWmoOnderzoek } from './wmo.decide';
import { recordWmoToewijzing, recordWmoZorgStart, recordWmoZorgStop } from './wmo.zorg.decide';

/** The commands of this domain as data (`{ type, data }`), by type: the data is the decider's input. */
export interface WmoCommands {
  readonly 'wmo.RecordMelding': InputOf<typeof recordWmoMelding>;
  readonly 'wmo.RecordOnderzoek': InputOf<typeof recordWmoOnderzoek>;
  readonly 'wmo.RecordBesluit': InputOf<typeof recordWmoBesluit>;
  readonly 'wmo.RecordToewijzing': InputOf<typeof recordWmoToewijzing>;
  readonly 'wmo.RecordZorgStart': InputOf<typeof recordWmoZorgStart>;
  readonly 'wmo.RecordZorgStop': InputOf<typeof recordWmoZorgStop>;
}

/** This domain's deciders, one per command type. */
export const WMO_DECIDERS: DecidersOf<WmoCommands> = {
  'wmo.RecordMelding': recordWmoMelding,
  'wmo.RecordOnderzoek': recordWmoOnderzoek,
  'wmo.RecordBesluit': recordWmoBesluit,
  'wmo.RecordToewijzing': recordWmoToewijzing,
  'wmo.RecordZorgStart': recordWmoZorgStart,
  'wmo.RecordZorgStop': recordWmoZorgStop,
};
