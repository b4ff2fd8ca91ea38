import { registerEnumType } from '@nestjs/graphql';
import { KNOWN_DOMAINS } from '@regie/access';
import { GOAL_OUTCOMES, HOUSEHOLD_DOMAIN, PREVENTION_AIMS, SPEND_RESULTS } from '../core/household.events';
import { LADDER_OUTCOMES, LADDER_RUNGS, LADDER_SUFFICIENCY } from '../maatwerk/kernel/afwegingsladder';
import { ZRM_DOMAINS } from '../maatwerk/zrm/zrm';

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

export const DomainEnum = codeEnum(
  'Domain',
  KNOWN_DOMAINS,
  'A domain of the social domain: its law, its team, its data. A new domain module adds its code here.',
);

export const EntryDomainEnum = codeEnum(
  'EntryDomain',
  [HOUSEHOLD_DOMAIN, ...KNOWN_DOMAINS],
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
