// The public API of the Jeugd (Jeugdwet) domain module.
export { JeugdModule } from './jeugd.module';
export { jeugdDefinition } from './jeugd.definition';
export * from './jeugd.events';
export { JEUGD_WACHTTIJD_NORM_DAYS } from './jeugd.wachttijd';
export {
  findToewijzing,
  toewijzingen,
  type JeugdEntry,
  type JeugdState,
  type ToewijzingView,
  type ZorgPeriode,
} from './jeugd.state';
export type {
  RecordJeugdContactmoment,
  RecordJeugdToewijzing,
  RecordJeugdVerzoekOmToewijzing,
  RecordJeugdZorgStart,
  RecordJeugdZorgStop,
} from './jeugd.decide';
// The commands as pure deciders, for integrations that record Jeugd entries through them (libs/berichten-import).
export type { DeclaratieCommand, VerzoekOmWijzigingCommand } from '@regie/toewijzing';
export { JEUGD_TOEWIJZING } from './jeugd.profile';
export {
  recordJeugdDeclaratie,
  recordJeugdVerzoekOmWijziging,
  recordJeugdToewijzing,
  recordJeugdVerzoekOmToewijzing,
  recordJeugdZorgStart,
  recordJeugdZorgStop,
} from './jeugd.decide';
export { initialJeugdState } from './jeugd.state';
