/** What a line of the regisseur's worklist (`signals`) is about. */
export const WORKLIST_KINDS = {
  /** An open Wgs vroegsignaal without follow-up after its legal term. */
  wgsSignal: 'WGS_SIGNAAL_ZONDER_OPVOLGING',
  /** A Wmo melding without an onderzoek after six weeks. */
  wmoOnderzoek: 'WMO_ONDERZOEK_TE_LAAT',
  /** A toewijzing not started within its domain's waiting norm. */
  wait: 'TOEWIJZING_WACHT_TE_LANG',
  /** A maatwerk decision taken without every lower rung of the ladder considered (no term: 0 days overdue). */
  maatwerk: 'MAATWERK_ZONDER_AFWEGING',
} as const;

export type WorklistKind = (typeof WORKLIST_KINDS)[keyof typeof WORKLIST_KINDS];
