import { signalKindsOf, type DomainModuleDefinition } from '@regie/household';

/**
 * The worklist kinds of the read side itself. The other kinds come from the registered domains' signal kinds
 * (`SignalKindDefinition.worklistKind`, e.g. WGS_SIGNAAL_ZONDER_OPVOLGING, WMO_ONDERZOEK_TE_LAAT).
 */
export const WORKLIST_KINDS = {
  /** A toewijzing not started within its domain's waiting norm. */
  wait: 'TOEWIJZING_WACHT_TE_LANG',
  /** A maatwerk decision taken without every lower rung of the ladder considered (no term: 0 days overdue). */
  maatwerk: 'MAATWERK_ZONDER_AFWEGING',
} as const;

const OWN_LABELS: Readonly<Record<string, string>> = {
  [WORKLIST_KINDS.wait]: 'Zorg wacht langer dan de norm',
  [WORKLIST_KINDS.maatwerk]: 'Maatwerk zonder afweging',
};

/** Every worklist kind with its Dutch text: the read side's own and those of the registered domains' signals. */
export function worklistLabels(domains: readonly DomainModuleDefinition[]): Readonly<Record<string, string>> {
  return {
    ...OWN_LABELS,
    ...Object.fromEntries(signalKindsOf(domains).map((kind) => [kind.worklistKind, kind.worklistLabel])),
  };
}

/**
 * The registered signal kinds as two parallel SQL array parameters, each kind with its worklist kind, for joining
 * `unnest($kinds::text[], $worklistKinds::text[])` onto the signals table.
 */
export function signalKindParams(
  domains: readonly DomainModuleDefinition[],
): readonly [kinds: string[], worklistKinds: string[]] {
  const kinds = signalKindsOf(domains);
  return [kinds.map((kind) => kind.kind), kinds.map((kind) => kind.worklistKind)];
}
