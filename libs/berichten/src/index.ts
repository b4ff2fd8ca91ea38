// The public API of libs/berichten: read iJw and iWmo release 3.2 messages safely into typed models.
export { readBericht, type ReadOptions, type ReadResult } from './read-bericht';
export type { Rejection, RejectionCode } from './rejection';
export { MAX_REJECTIONS, REJECTION_CODES } from './rejection';
export { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/limits';
export {
  BERICHT_DEFINITIES,
  CODE_LISTS,
  RELEASE,
  type BerichtDefinitie,
  type BerichtNummer,
  type BerichtSoort,
  type BerichtType,
  type Richting,
  type Standaard,
  type StandaardCodeLists,
} from './standards';
export type { Bericht } from './model/bericht';
export type * from './model/common';
export type { Contact, Relatie, ToegewezenProduct, Toewijzingbericht } from './model/toewijzing';
export type { StartProduct, StartZorgbericht, StopProduct, StopZorgbericht } from './model/zorg';
export type {
  AangevraagdProduct,
  GewenstProduct,
  VerzoekOmToewijzingbericht,
  VerzoekOmWijzigingbericht,
} from './model/verzoek';
export type { Declaratiebericht, Prestatie } from './model/declaratie';
export * from './codes/istandaard.codes';
export * from './codes/ijw.codes';
export * from './codes/iwmo.codes';
export { isCodeIn, type CodeList, type NamedCodeList } from './codes/code-list';
export { passesElfproef } from './schema/elfproef';
