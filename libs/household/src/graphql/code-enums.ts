import { registerEnumType } from '@nestjs/graphql';
import type { DomainModuleDefinition } from '../core/domain-module';
import { GOAL_OUTCOMES, HOUSEHOLD_DOMAIN, PREVENTION_AIMS, SPEND_RESULTS } from '../core/household.events';
import { LADDER_OUTCOMES, LADDER_RUNGS, LADDER_SUFFICIENCY } from '../core/facts';
import { ZRM_DOMAINS } from '../core/facts';

/** A code list as a GraphQL enum object: each code is its own value, so what a resolver returns is the code. */
export type CodeEnum = Readonly<Record<string, string>>;

/**
 * Registers a GraphQL enum whose values are the codes of a list (an array of codes, or a record keyed by code, as
 * the domains keep their lists). The deciders keep checking the same list, so a command from outside GraphQL is
 * refused just the same.
 */
export function codeEnum(
  name: string,
  codes: readonly string[] | Readonly<Record<string, unknown>>,
  description?: string,
): CodeEnum {
  const values = Array.isArray(codes) ? (codes as readonly string[]) : Object.keys(codes);
  const enumObject: CodeEnum = Object.freeze(Object.fromEntries(values.map((code) => [code, code])));
  // A record's labels ("algemene bijstand") become the values' descriptions.
  const labels = Array.isArray(codes) ? [] : Object.entries(codes).filter(([, label]) => typeof label === 'string');
  const valuesMap = Object.fromEntries(labels.map(([code, label]) => [code, { description: label as string }]));
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}

/**
 * A GraphQL enum whose values follow the registered domain definitions (`codesOf`), e.g. the domain codes or the
 * worklist kinds their signals add. The schema is built after the domain modules registered, so it holds exactly the
 * codes of the domains of that app. Code-first enums are process-wide (as Nest's type metadata): the values are
 * those of the registry that registered last, which in one process is the app's.
 */
export function registeredCodeEnum(
  name: string,
  codesOf: (domains: readonly DomainModuleDefinition[]) => readonly string[],
  description: string,
  labelsOf: (domains: readonly DomainModuleDefinition[]) => Readonly<Record<string, string>> = () => ({}),
): CodeEnum {
  const enumObject: Record<string, string> = {};
  const valuesMap: Record<string, { description: string }> = {};
  LIVE_ENUMS.push((domains) => {
    for (const key of Object.keys(enumObject)) delete enumObject[key];
    for (const key of Object.keys(valuesMap)) delete valuesMap[key];
    const codes = codesOf(domains);
    for (const code of codes) enumObject[code] = code;
    // GraphQL wants at least one value: an app without domains (a test of another module) gets a marker.
    if (codes.length === 0) {
      enumObject[NONE_REGISTERED] = NONE_REGISTERED;
      valuesMap[NONE_REGISTERED] = { description: 'No domain module is registered in this app.' };
    }
    for (const [code, label] of Object.entries(labelsOf(domains))) valuesMap[code] = { description: label };
  });
  LIVE_ENUMS.at(-1)!(LAST_REGISTERED);
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}

const NONE_REGISTERED = 'NONE_REGISTERED';
const LIVE_ENUMS: ((domains: readonly DomainModuleDefinition[]) => void)[] = [];
let LAST_REGISTERED: readonly DomainModuleDefinition[] = [];

/** Called by the DomainRegistry on every registration: the enums of domain codes follow it. */
export function showDomainsInSchema(domains: readonly DomainModuleDefinition[]): void {
  LAST_REGISTERED = [...domains];
  for (const refresh of LIVE_ENUMS) refresh(LAST_REGISTERED);
}

export const DomainEnum = registeredCodeEnum(
  'Domain',
  (domains) => domains.map((domain) => domain.code),
  'A domain of the social domain: its law, its team, its data. The registered domain modules define its values.',
);

export const EntryDomainEnum = registeredCodeEnum(
  'EntryDomain',
  (domains) => [HOUSEHOLD_DOMAIN, ...domains.map((domain) => domain.code)],
  'Whose entry it is: the household itself (HOUSEHOLD: members, regisseur, plan, legal bases) or a domain.',
);

export const LadderRungEnum = codeEnum('LadderRung', LADDER_RUNGS, 'A rung of the afwegingsladder, lowest first.');
export const LadderSufficiencyEnum = codeEnum(
  'LadderSufficiency',
  LADDER_SUFFICIENCY,
  'Whether what was found on a rung solves the question: JA fully, DEELS in part, NEE not (toereikend).',
);
export const LadderOutcomeEnum = codeEnum(
  'LadderOutcome',
  LADDER_OUTCOMES,
  'How an afweging ended: the lowest rung that suffices, or MAATWERK when none does.',
);

export const GoalStatusEnum = codeEnum(
  'GoalStatus',
  ['OPEN', ...GOAL_OUTCOMES],
  'OPEN until evaluated, then the outcome of the latest evaluation.',
);

export const PreventionAimEnum = codeEnum('PreventionAim', PREVENTION_AIMS, 'What a maatwerkbudget spend prevents.');
export const SpendResultEnum = codeEnum(
  'SpendResult',
  SPEND_RESULTS,
  'Whether a maatwerkbudget spend did what it was meant to.',
);

export const ZrmDomainEnum = codeEnum('ZrmDomain', ZRM_DOMAINS, 'One of the 13 domains of the Zelfredzaamheid-Matrix.');
