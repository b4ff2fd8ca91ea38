// The public API of the Wonen domain module (rent arrears, threatened eviction, urgentie, woonbegeleiding).
export { WonenModule } from './wonen.module';
export { wonenDefinition } from './wonen.definition';
export * from './wonen.events';
export * from './wonen.codes';
export {
  HUURACHTERSTAND_OPVOLGING_DAYS,
  ONTRUIMING_SIGNAAL_DAYS,
  WONEN_SIGNAL,
  huurachterstandOpvolgenUiterlijk,
  ontruimingSignaalVanaf,
  wonenSignalKinds,
  wonenWaitingNorms,
  type WonenSignalKind,
} from './wonen.signals';
export { WONEN_RETENTION_YEARS, wonenLegalBasis } from './wonen.legal-basis';
export { wonenCorrectionFacts } from './wonen.correction';
export { formatEuro } from './wonen.describe';
export {
  betalingsregelingen,
  findAfspraak,
  findBegeleiding,
  findOntruiming,
  findRegeling,
  findSignaal,
  findUrgentie,
  huurachterstanden,
  laatsteKansAfspraken,
  ontruimingen,
  urgenties,
  woonbegeleidingen,
  type OntruimingView,
  type SignaalView,
  type UrgentieView,
  type WonenEntry,
  type WonenState,
} from './wonen.state';
export type {
  RecordBetalingsregeling,
  RecordHuurachterstand,
  RecordHuurachterstandOpvolging,
  RecordLaatsteKansAfspraak,
  RecordOntruimingUitkomst,
  RecordOntruimingsdreiging,
  RecordUrgentie,
  RecordWoonbegeleiding,
} from './wonen.decide';
