// The public API of the Werk & Inkomen (Participatiewet, Wet gemeentelijke schuldhulpverlening) domain module.
export { WerkInkomenModule } from './werk-inkomen.module';
export { werkInkomenDefinition } from './werk-inkomen.definition';
export * from './werk-inkomen.events';
export * from './werk-inkomen.codes';
export { openSignals, opvolgingUiterlijk, WGS_OPVOLGING_TERMIJN_DAYS, type OpenSignal } from './werk-inkomen.signals';
export { TRAJECT_CATEGORIE, type TrajectTarief } from './werk-inkomen.maatwerk';
export { formatEuro, type WerkInkomenDescription } from './werk-inkomen.describe';
export {
  bijstandCases,
  findBijstand,
  findReintegratie,
  findSchuldhulp,
  findVroegsignaal,
  reintegratieTrajecten,
  schuldhulpTrajecten,
  vroegsignalen,
  type BijstandStatus,
  type BijstandView,
  type ReintegratieView,
  type SchuldhulpView,
  type VroegsignaalView,
  type WerkInkomenEntry,
  type WerkInkomenState,
} from './werk-inkomen.state';
export type {
  RecordBijstandBesluit,
  RecordReintegratieTraject,
  RecordSchuldhulpTraject,
  RecordSchuldsignaal,
  RecordSchuldsignaalOpvolging,
} from './werk-inkomen.decide';
