import { sameAddress, validAddress, type AddressInput } from './address';
import { berichtField, type BerichtHerkomst } from './bericht-herkomst';
import { isValidBsn } from './bsn';
import type { DecideContext } from './decide-context';
import type { DraftEvent } from './event-envelope';
import { assertMember, assertMembers } from './guards';
import {
  AGREEMENT_PARTIES,
  GOAL_OUTCOMES,
  GRONDSLAGEN,
  HOUSEHOLD_DOMAIN,
  HouseholdEventType as T,
  MEMBER_RELATIONS,
  type AgreementParty,
  type GoalOutcome,
  type Grondslag,
  type MemberData,
  type PersonRef,
} from './household.events';
import { assertNotInFuture, assertOrder, isLocalDate, type LocalDate } from './local-date';
import { reject } from './rejection';
import { assertProvider } from './provider-record';

const required = (value: string | undefined, field: string, label: string): string => {
  const trimmed = value?.trim();
  if (!trimmed) return reject('BAD_USER_INPUT', `${label} ontbreekt`, { field });
  return trimmed;
};

const date = (value: string, field: string): LocalDate => {
  if (!isLocalDate(value)) reject('BAD_USER_INPUT', `${field} is geen geldige datum (JJJJ-MM-DD)`, { field });
  return value;
};

function validMember(member: MemberData, today: LocalDate, field = 'member'): MemberData {
  if (!isValidBsn(member.bsn))
    reject('BAD_USER_INPUT', `BSN ${member.bsn} voldoet niet aan de elfproef`, { field: `${field}.bsn` });
  date(member.birthDate, `${field}.birthDate`);
  assertNotInFuture(member.birthDate, today, 'Geboortedatum');
  if (!MEMBER_RELATIONS.includes(member.relation)) reject('BAD_USER_INPUT', `Onbekende relatie ${member.relation}`);
  return { ...member, name: required(member.name, `${field}.name`, 'Naam') };
}

function knownDomains(context: DecideContext, domains: readonly string[]): readonly string[] {
  const codes = context.domains.map((domain) => domain.code);
  const unknown = domains.filter((domain) => !codes.includes(domain));
  if (unknown.length > 0) reject('BAD_USER_INPUT', `Onbekend domein: ${unknown.join(', ')}`, { field: 'domains' });
  return [...new Set(domains)];
}

export interface RegisterHousehold {
  readonly householdId: string;
  readonly gemeente: string;
  readonly name: string;
  readonly members: readonly MemberData[];
  /** The woonadres, when known. */
  readonly address?: AddressInput | null;
}

export function registerHousehold(command: RegisterHousehold, context: DecideContext): DraftEvent[] {
  if (!/^[0-9]{4}$/.test(command.gemeente))
    reject('BAD_USER_INPUT', 'Gemeentecode bestaat uit 4 cijfers (CBS)', { field: 'gemeente' });
  if (command.members.length === 0)
    reject('BAD_USER_INPUT', 'Een huishouden heeft ten minste één lid', { field: 'members' });
  const members = command.members.map((member, index) => validMember(member, context.today, `members.${index}`));
  const bsns = members.map((member) => member.bsn);
  if (new Set(bsns).size !== bsns.length) reject('BAD_USER_INPUT', 'Een BSN komt twee keer voor', { field: 'members' });
  const address = command.address ? validAddress(command.address) : undefined;
  return [
    {
      type: T.registered,
      data: {
        householdId: command.householdId,
        gemeente: command.gemeente,
        name: required(command.name, 'name', 'Naam'),
        members,
        ...(address ? { address } : {}),
      },
    },
  ];
}

/** The household's woonadres, new or changed (a move). Recording the address it already has is refused. */
export function recordAddress(command: { address: AddressInput }, context: DecideContext): DraftEvent[] {
  const address = validAddress(command.address);
  if (sameAddress(context.state.core.address, address))
    reject('INVALID_STATE', 'Dit adres is al het woonadres van het huishouden', { field: 'address' });
  return [{ type: T.addressRecorded, data: { address } }];
}

export function addMember(member: MemberData, context: DecideContext): DraftEvent[] {
  const valid = validMember(member, context.today);
  if ([...context.state.core.members.values()].some((existing) => existing.bsn === valid.bsn)) {
    reject('BAD_USER_INPUT', 'Deze persoon hoort al bij het huishouden', { field: 'member.bsn' });
  }
  return [{ type: T.memberAdded, data: { member: valid } }];
}

export function removeMember(command: { memberId: string; reason: string }, context: DecideContext): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  return [
    {
      type: T.memberRemoved,
      data: { memberId: command.memberId, reason: required(command.reason, 'reason', 'Reden') },
    },
  ];
}

export interface AssignRegisseur {
  readonly regisseur: PersonRef;
  readonly reason: string;
  /**
   * Hand over only while this user is still the regisseur: a handover chosen from a list (the beheerder's
   * caseload screen) that another beheerder may have changed meanwhile.
   */
  readonly expectedRegisseurUserId?: string;
}

export function assignRegisseur(command: AssignRegisseur, context: DecideContext): DraftEvent[] {
  const current = context.state.core.regisseur;
  const regisseur = {
    userId: required(command.regisseur.userId, 'regisseur.userId', 'Regisseur'),
    name: required(command.regisseur.name, 'regisseur.name', 'Naam regisseur'),
  };
  const expected = command.expectedRegisseurUserId;
  if (expected !== undefined && current?.userId !== expected) {
    reject(
      'REGISSEUR_CHANGED',
      `De regisseur van dit huishouden is intussen veranderd (nu: ${current?.name ?? 'geen regisseur'}). ` +
        'Er is niets overgedragen.',
      { field: 'expectedRegisseurUserId' },
    );
  }
  if (current?.userId === regisseur.userId) reject('INVALID_STATE', `${regisseur.name} is al de regisseur`);
  return [
    {
      type: T.regisseurAssigned,
      data: {
        regisseur,
        ...(current ? { previous: current } : {}),
        reason: required(command.reason, 'reason', 'Reden'),
      },
    },
  ];
}

export function releaseRegisseur(command: { reason: string }, context: DecideContext): DraftEvent[] {
  const current = context.state.core.regisseur;
  if (!current) return reject('INVALID_STATE', 'Dit huishouden heeft geen regisseur');
  return [
    { type: T.regisseurReleased, data: { regisseur: current, reason: required(command.reason, 'reason', 'Reden') } },
  ];
}

export interface SetPlanGoal {
  readonly goalId: string;
  readonly title: string;
  readonly description?: string;
  readonly domains: readonly string[];
  readonly memberIds: readonly string[];
  readonly targetDate?: LocalDate;
  readonly revisionReason?: string;
}

export function setPlanGoal(command: SetPlanGoal, context: DecideContext): DraftEvent[] {
  const existing = context.state.core.goals.get(command.goalId);
  assertMembers(context.state.core, command.memberIds);
  if (command.targetDate) date(command.targetDate, 'targetDate');
  if (existing && !command.revisionReason?.trim()) {
    reject('BAD_USER_INPUT', 'Geef een reden voor de herziening van het doel', { field: 'revisionReason' });
  }
  return [
    {
      type: T.planGoalSet,
      data: {
        goalId: command.goalId,
        version: (existing?.version ?? 0) + 1,
        title: required(command.title, 'title', 'Titel'),
        description: command.description,
        domains: knownDomains(context, command.domains),
        memberIds: [...new Set(command.memberIds)],
        targetDate: command.targetDate,
        revisionReason: existing ? command.revisionReason : undefined,
      },
    },
  ];
}

export function evaluatePlanGoal(
  command: { goalId: string; outcome: GoalOutcome; evaluatedOn: LocalDate; note?: string },
  context: DecideContext,
): DraftEvent[] {
  if (!context.state.core.goals.has(command.goalId)) reject('GOAL_NOT_FOUND', 'Doel niet gevonden in het plan');
  if (!GOAL_OUTCOMES.includes(command.outcome)) reject('BAD_USER_INPUT', `Onbekende uitkomst ${command.outcome}`);
  assertNotInFuture(date(command.evaluatedOn, 'evaluatedOn'), context.today, 'Evaluatiedatum');
  return [{ type: T.planGoalEvaluated, data: command, occurredAt: command.evaluatedOn }];
}

export interface RecordPlanAgreement {
  readonly agreementId: string;
  readonly goalId?: string;
  readonly description: string;
  readonly party: AgreementParty;
  readonly partyName?: string;
  readonly providerAgb?: string;
  readonly domain?: string;
  readonly memberIds: readonly string[];
  readonly dueOn?: LocalDate;
}

export function recordPlanAgreement(command: RecordPlanAgreement, context: DecideContext): DraftEvent[] {
  if (command.goalId && !context.state.core.goals.has(command.goalId))
    reject('GOAL_NOT_FOUND', 'Doel niet gevonden in het plan');
  if (!AGREEMENT_PARTIES.includes(command.party)) reject('BAD_USER_INPUT', `Onbekende partij ${command.party}`);
  assertMembers(context.state.core, command.memberIds);
  if (command.party === 'AANBIEDER') {
    const agb = required(command.providerAgb, 'providerAgb', 'AGB-code van de aanbieder');
    if (!context.providers.has(agb)) reject('PROVIDER_NOT_FOUND', `Onbekende aanbieder (AGB-code ${agb})`);
  }
  if (command.party === 'DOMEINTEAM') knownDomains(context, [required(command.domain, 'domain', 'Domein')]);
  if (command.dueOn) date(command.dueOn, 'dueOn');
  return [
    {
      type: T.planAgreementRecorded,
      data: { ...command, description: required(command.description, 'description', 'Afspraak') },
    },
  ];
}

export interface RecordSharingBasis {
  readonly basisId: string;
  readonly domain: string;
  readonly grondslag: Grondslag;
  readonly wettelijkeBepaling: string;
  readonly toestemmingVastgelegdOp?: LocalDate;
  readonly memberIds: readonly string[];
  readonly validFrom: LocalDate;
  readonly validUntil: LocalDate;
  readonly note?: string;
}

export function recordSharingBasis(command: RecordSharingBasis, context: DecideContext): DraftEvent[] {
  knownDomains(context, [command.domain]);
  if (!GRONDSLAGEN.includes(command.grondslag)) {
    reject(
      'BAD_USER_INPUT',
      'Toestemming alleen is geen grondslag; kies wettelijke taak, wettelijke verplichting of vitaal belang',
      { field: 'grondslag' },
    );
  }
  required(command.wettelijkeBepaling, 'wettelijkeBepaling', 'Wettelijke bepaling');
  assertMembers(context.state.core, command.memberIds);
  date(command.validFrom, 'validFrom');
  date(command.validUntil, 'validUntil');
  assertOrder(command.validFrom, command.validUntil, 'Einddatum ligt voor de begindatum', 'validUntil');
  if (command.toestemmingVastgelegdOp)
    assertNotInFuture(
      date(command.toestemmingVastgelegdOp, 'toestemmingVastgelegdOp'),
      context.today,
      'Datum toestemming',
    );
  if (context.state.core.sharingBases.has(command.basisId)) reject('BAD_USER_INPUT', 'Deze grondslag is al vastgelegd');
  return [{ type: T.sharingBasisRecorded, data: { ...command, memberIds: [...new Set(command.memberIds)] } }];
}

export function endSharingBasis(
  command: { basisId: string; endedOn: LocalDate; reason: string },
  context: DecideContext,
): DraftEvent[] {
  const basis = context.state.core.sharingBases.get(command.basisId);
  if (!basis) return reject('ENTRY_NOT_FOUND', 'Grondslag niet gevonden');
  if (basis.ended) reject('INVALID_STATE', 'Deze grondslag is al beëindigd');
  date(command.endedOn, 'endedOn');
  assertOrder(basis.validFrom, command.endedOn, 'Einddatum ligt voor de begindatum', 'endedOn');
  return [{ type: T.sharingBasisEnded, data: { ...command, reason: required(command.reason, 'reason', 'Reden') } }];
}

export function closeHousehold(command: { reason: string }): DraftEvent[] {
  return [{ type: T.closed, data: { reason: required(command.reason, 'reason', 'Reden') } }];
}

export function reopenHousehold(command: { reason: string }, context: DecideContext): DraftEvent[] {
  if (!context.state.core.closed) reject('INVALID_STATE', 'Het huishouden is niet gesloten');
  return [{ type: T.reopened, data: { reason: required(command.reason, 'reason', 'Reden') } }];
}

function correctableEntry(entryId: string, context: DecideContext) {
  const entry = context.state.core.entries.get(entryId);
  const event = context.state.events.get(entryId);
  if (!entry || !event) return reject('ENTRY_NOT_FOUND', 'Registratie niet gevonden in dit huishouden', { entryId });
  const domain = context.domains.find((candidate) => candidate.code === entry.domain);
  if (!domain || entry.domain === HOUSEHOLD_DOMAIN)
    reject('BAD_USER_INPUT', 'Alleen registraties van een domein kunnen worden gecorrigeerd of ingetrokken');
  if (entry.withdrawnBy) reject('INVALID_STATE', 'Deze registratie is al ingetrokken');
  return { entry, event, domain: domain! };
}

export function correctEntry(
  command: {
    entryId: string;
    reason: string;
    changes: Readonly<Record<string, unknown>>;
    bericht?: BerichtHerkomst | null;
  },
  context: DecideContext,
): DraftEvent[] {
  const { entry, event, domain } = correctableEntry(command.entryId, context);
  if (Object.keys(command.changes).length === 0)
    reject('BAD_USER_INPUT', 'Geef ten minste één gewijzigd veld', { field: 'changes' });
  const problem = domain.validateCorrection(event, command.changes);
  if (problem) reject('BAD_USER_INPUT', problem, { field: 'changes' });
  const memberId = (command.changes.memberId ?? (event.data as { memberId?: string }).memberId) as string | undefined;
  if (memberId) assertMember(context.state.core, memberId);
  const providerAgb = command.changes.providerAgb as string | undefined;
  if (providerAgb) assertProvider(context.providers, providerAgb, domain.code);
  return [
    {
      type: T.entryCorrected,
      data: {
        entryId: entry.id,
        entryType: entry.type,
        domain: entry.domain,
        reason: required(command.reason, 'reason', 'Reden'),
        changes: command.changes,
        ...(memberId ? { memberId } : {}),
        ...berichtField(command.bericht),
      },
    },
  ];
}

export function withdrawEntry(
  command: { entryId: string; reason: string; bericht?: BerichtHerkomst | null },
  context: DecideContext,
): DraftEvent[] {
  const { entry, event } = correctableEntry(command.entryId, context);
  // Sealed as the member's while they belong to the household (an erased person gets no new data).
  const memberId = (event.data as { memberId?: unknown }).memberId;
  const about = typeof memberId === 'string' && context.state.core.members.has(memberId) ? memberId : undefined;
  return [
    {
      type: T.entryWithdrawn,
      data: {
        entryId: entry.id,
        entryType: entry.type,
        domain: entry.domain,
        reason: required(command.reason, 'reason', 'Reden'),
        ...(about ? { memberId: about } : {}),
        ...berichtField(command.bericht),
      },
    },
  ];
}
