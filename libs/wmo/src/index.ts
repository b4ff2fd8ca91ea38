// The public API of the Wmo 2015 domain module.
export { WmoModule } from './wmo.module';
export { wmoDefinition } from './wmo.definition';
export * from './wmo.events';
export * from './wmo.codes';
export { WMO_ONDERZOEK_TERMIJN_DAYS, onderzoekUiterlijk } from './wmo.termijn';
export {
  findMelding,
  findToewijzing,
  meldingen,
  toewijzingen,
  type MeldingView,
  type ToewijzingView,
  type WmoEntry,
  type WmoState,
  type ZorgPeriode,
} from './wmo.state';
export type { RecordWmoBesluit, RecordWmoMelding, RecordWmoOnderzoek, WmoTredeCommand } from './wmo.decide';
export type {
  RecordWmoToewijzing,
  RecordWmoVerzoekOmToewijzing,
  RecordWmoZorgStart,
  RecordWmoZorgStop,
} from './wmo.zorg.decide';
// The commands as pure deciders, for integrations that record Wmo entries through them (libs/berichten-import).
export {
  recordWmoVerzoekOmToewijzing,
  recordWmoDeclaratie,
  recordWmoToewijzing,
  recordWmoVerzoekOmWijziging,
  recordWmoZorgStart,
  recordWmoZorgStop,
} from './wmo.zorg.decide';
export type { DeclaratieCommand, VerzoekOmWijzigingCommand } from '@regie/toewijzing';
export { WMO_TOEWIJZING } from './wmo.profile';
export { initialWmoState } from './wmo.state';
