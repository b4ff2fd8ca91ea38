import type { Declaratiebericht } from './declaratie';
import type { Toewijzingbericht } from './toewijzing';
import type { VerzoekOmToewijzingbericht, VerzoekOmWijzigingbericht } from './verzoek';
import type { StartZorgbericht, StopZorgbericht } from './zorg';

/** A message Regie read and found valid; `soort` tells which, `standaard` whether it is Jeugd (iJw) or Wmo (iWmo). */
export type Bericht =
  | Toewijzingbericht
  | StartZorgbericht
  | StopZorgbericht
  | VerzoekOmToewijzingbericht
  | VerzoekOmWijzigingbericht
  | Declaratiebericht;
