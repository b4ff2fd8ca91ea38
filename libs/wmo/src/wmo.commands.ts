import { contactmomentDecider, type CommandsOf } from '@regie/household';
import { recordWmoBesluit, recordWmoMelding, recordWmoOnderzoek } from './wmo.decide';
import { WMO_DOMAIN, WmoEventType } from './wmo.events';
import { recordWmoToewijzing, recordWmoZorgStart, recordWmoZorgStop } from './wmo.zorg.decide';

/** This domain's deciders, one per command type. */
export const WMO_DECIDERS = {
  'wmo.RecordMelding': recordWmoMelding,
  'wmo.RecordOnderzoek': recordWmoOnderzoek,
  'wmo.RecordBesluit': recordWmoBesluit,
  'wmo.RecordToewijzing': recordWmoToewijzing,
  'wmo.RecordZorgStart': recordWmoZorgStart,
  'wmo.RecordZorgStop': recordWmoZorgStop,
  /** A contact of the Wmo team with a member; the note stays within Wmo. */
  'wmo.RecordContactmoment': contactmomentDecider({
    domain: WMO_DOMAIN,
    eventType: WmoEventType.contactmomentVastgelegd,
  }),
};

/** The commands of this domain as data (`{ type, data }`), by type: the data is its decider's input. */
export type WmoCommands = CommandsOf<typeof WMO_DECIDERS>;
