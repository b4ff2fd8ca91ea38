import type { CorrectionFacts, DomainModuleDefinition, SignalKindDefinition, WaitingNorm } from './domain-module';
import { CORE_REJECTION_CODES, REJECTION_CODE_PATTERN } from './rejection';

// What the rest of the system derives from the registered domain definitions. Pure functions over the list, so the
// registry, the read side and tests all compute the same thing.

/** A signal kind with the domain that declared it. */
export interface RegisteredSignalKind extends SignalKindDefinition {
  readonly domain: string;
}

export const domainCodesOf = (domains: readonly DomainModuleDefinition[]): readonly string[] =>
  domains.map((domain) => domain.code);

export const signalKindsOf = (domains: readonly DomainModuleDefinition[]): readonly RegisteredSignalKind[] =>
  domains.flatMap((domain) => (domain.signalKinds ?? []).map((kind) => ({ ...kind, domain: domain.code })));

/** Waiting-time norms by domain code, for the domains that have one. */
export const waitingNormsOf = (domains: readonly DomainModuleDefinition[]): ReadonlyMap<string, WaitingNorm> =>
  new Map(domains.flatMap((domain) => (domain.waitingNorm ? [[domain.code, domain.waitingNorm] as const] : [])));

export const correctionFactsOf = (
  domains: readonly DomainModuleDefinition[],
  code: string,
): CorrectionFacts | undefined => domains.find((domain) => domain.code === code)?.correctionFacts;

/** Every rejection code a client can receive: the household's and each registered domain's. */
export const rejectionCodesOf = (domains: readonly DomainModuleDefinition[]): readonly string[] => [
  ...CORE_REJECTION_CODES,
  ...domains.flatMap((domain) => domain.rejectionCodes ?? []),
];

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/** What is wrong with registering `definition` next to `registered` (empty when it fits). */
export function definitionProblems(
  definition: DomainModuleDefinition,
  registered: readonly DomainModuleDefinition[],
): string[] {
  const problems: string[] = [];
  const name = `Domain ${definition.code}`;
  if (!CONSTANT.test(definition.code)) problems.push(`${name}: the code must be a constant name (A-Z, 0-9, _)`);
  if (!/^[a-z][a-z0-9-]*\.$/.test(definition.eventPrefix)) {
    problems.push(`${name}: the event prefix must be lower case and end with a dot, e.g. wonen.`);
  }
  if (definition.eventPrefix === 'household.' || definition.eventPrefix === 'provider.') {
    problems.push(`${name}: the event prefix ${definition.eventPrefix} is the household's`);
  }
  const others = signalKindsOf(registered);
  for (const kind of definition.signalKinds ?? []) {
    if (!CONSTANT.test(kind.worklistKind)) problems.push(`${name}: worklist kind ${kind.worklistKind} is no constant`);
    if (!kind.worklistLabel.trim()) problems.push(`${name}: signal kind ${kind.kind} has no worklist label`);
    if (!Number.isInteger(kind.termDays) || kind.termDays < 0) {
      problems.push(`${name}: signal kind ${kind.kind} needs a term of whole days (0 or more)`);
    }
    const clash = others.find((other) => other.kind === kind.kind || other.worklistKind === kind.worklistKind);
    if (clash) problems.push(`${name}: signal kind ${kind.kind} (${kind.worklistKind}) is already ${clash.domain}'s`);
  }
  const norm = definition.waitingNorm;
  if (norm && (!Number.isInteger(norm.days) || norm.days <= 0)) {
    problems.push(`${name}: the waiting norm needs a positive whole number of days`);
  }
  const taken = rejectionCodesOf(registered);
  for (const code of definition.rejectionCodes ?? []) {
    if (!REJECTION_CODE_PATTERN.test(code)) problems.push(`${name}: rejection code ${code} is no constant`);
    if (taken.includes(code)) problems.push(`${name}: rejection code ${code} is already in use`);
  }
  return problems;
}
