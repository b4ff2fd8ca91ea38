import type { Actor } from '@regie/access';
import { HOUSEHOLD_DOMAIN } from '../core/household.events';
import type { LocalDate } from '../core/local-date';

/**
 * Need-to-know, decided in one place. The write path (HouseholdCommandExecutor) and the read path (the timeline's
 * `household` query and `timelineUpdated` subscription) both ask this policy; resolvers never decide by hand.
 * Pure: the facts come from the household stream (writes) or the read model (reads).
 */

/** What access control needs to know of a household. */
export interface AccessFacts {
  readonly gemeente: string;
  readonly regisseurUserId?: string;
  readonly bases: readonly BasisFact[];
}

/** What a read needs besides: which domains have dealt with the household (it has an entry of each). */
export interface ReadFacts extends AccessFacts {
  readonly involvedDomains: readonly string[];
}

export interface BasisFact {
  readonly domain: string;
  /** Members covered; empty = the whole household. */
  readonly memberIds: readonly string[];
  readonly grondslag: string;
  readonly wettelijkeBepaling: string;
  readonly validFrom: LocalDate;
  readonly validUntil: LocalDate;
  readonly endedOn?: LocalDate | null;
}

/** Entries of `domain` a reader may see: all of them, or only those about the listed members. */
export interface DomainGrant {
  readonly domain: string;
  readonly members: 'all' | readonly string[];
}

export interface ReadGrant {
  /** `care`: plan, providers and timeline too; `administrative`: the household's registration only. */
  readonly level: 'care' | 'administrative';
  readonly domains: readonly DomainGrant[];
  /** Domains whose free text (notes) the reader may see. */
  readonly noteDomains: readonly string[];
  /** Why access is allowed, for the verwerkingenlog. */
  readonly basis: string;
  readonly emergencyReason?: string;
}

export type AccessDenial = { readonly denied: true; readonly reason: string };

/** A reason for the noodprocedure must say something: at least this many characters. */
export const MIN_EMERGENCY_REASON = 10;
/** And fit the verwerkingenlog's line: at most this many. */
export const MAX_EMERGENCY_REASON = 500;

/** Roles that may use the noodprocedure: the ones who work with care content. */
const EMERGENCY_ROLES: readonly Actor['role'][] = ['regisseur', 'domeinmedewerker'];

const deny = (reason: string): AccessDenial => ({ denied: true, reason });

export const isDenied = (decision: ReadGrant | AccessDenial): decision is AccessDenial => 'denied' in decision;

export function isCurrentBasis(basis: BasisFact, today: LocalDate): boolean {
  return basis.validFrom <= today && today <= basis.validUntil && (basis.endedOn == null || today < basis.endedOn);
}

/** Domains (and members) the household has a current legal basis to share, merged per domain. */
export function sharedDomains(facts: AccessFacts, today: LocalDate): DomainGrant[] {
  const byDomain = new Map<string, 'all' | Set<string>>();
  for (const basis of facts.bases) {
    if (!isCurrentBasis(basis, today)) continue;
    const known = byDomain.get(basis.domain);
    if (known === 'all') continue;
    if (basis.memberIds.length === 0) byDomain.set(basis.domain, 'all');
    else byDomain.set(basis.domain, new Set([...(known ?? []), ...basis.memberIds]));
  }
  return [...byDomain].map(([domain, members]) => ({ domain, members: members === 'all' ? 'all' : [...members] }));
}

const basisText = (facts: AccessFacts, today: LocalDate) => [
  ...new Set(
    facts.bases
      .filter((basis) => isCurrentBasis(basis, today))
      .map((basis) => `${basis.domain}: ${basis.grondslag} (${basis.wettelijkeBepaling})`),
  ),
];

/** The verwerkingenlog keeps a basis of at most 1,000 characters; however many bases a household has, it fits. */
export const MAX_BASIS_TEXT = 1000;

/** The parts joined with "; ", the last ones left out (and counted) once the text would grow too long. */
function boundedBasis(parts: readonly string[]): string {
  let text = '';
  for (const [index, part] of parts.entries()) {
    const next = text ? `${text}; ${part}` : part;
    const rest = parts.length - index;
    const note = `; en ${rest} andere grondslag${rest === 1 ? '' : 'en'}`;
    if (next.length + (rest > 1 ? note.length : 0) > MAX_BASIS_TEXT) {
      return text ? `${text}${note}` : `${part.slice(0, MAX_BASIS_TEXT - 1)}…`;
    }
    text = next;
  }
  return text;
}

/**
 * The care level: the household's own entries, `own` domain's entries with their notes, and (`withShared`) other
 * domains' entries as far as a current legal basis shares them. A basis shares a domain's data with the regisseur
 * (and in the noodprocedure), not with the other domains' staff.
 */
function careGrant(
  facts: AccessFacts,
  today: LocalDate,
  role: string,
  { own, withShared, emergencyReason }: { own?: string; withShared: boolean; emergencyReason?: string },
): ReadGrant {
  const shared = withShared ? sharedDomains(facts, today).filter((grant) => grant.domain !== own) : [];
  const domains: DomainGrant[] = [{ domain: HOUSEHOLD_DOMAIN, members: 'all' }, ...shared];
  if (own) domains.push({ domain: own, members: 'all' });
  const bases = withShared ? basisText(facts, today) : [];
  return {
    level: 'care',
    domains,
    noteDomains: own ? [HOUSEHOLD_DOMAIN, own] : [HOUSEHOLD_DOMAIN],
    basis: boundedBasis([role, ...bases]),
    ...(emergencyReason ? { emergencyReason } : {}),
  };
}

const ADMINISTRATIVE = (basis: string): ReadGrant => ({ level: 'administrative', domains: [], noteDomains: [], basis });

/**
 * May `actor` read this household, and what of it? `facts` undefined = no such household: denied like any other
 * refusal, so a denial never tells whether the household exists.
 */
export function decideRead(
  actor: Actor,
  facts: ReadFacts | undefined,
  today: LocalDate,
  emergencyReason?: string,
): ReadGrant | AccessDenial {
  if (!facts) return deny('onbekend huishouden');
  if (!actor.gemeente || actor.gemeente !== facts.gemeente) return deny('andere gemeente');
  const reason = emergencyReason?.trim();
  const emergency = !!reason && reason.length >= MIN_EMERGENCY_REASON && EMERGENCY_ROLES.includes(actor.role);
  switch (actor.role) {
    case 'functioneel_beheerder':
      return ADMINISTRATIVE('functioneel beheer');
    case 'regisseur':
      if (facts.regisseurUserId === actor.userId)
        return careGrant(facts, today, 'regisseur van het huishouden', { withShared: true });
      break;
    case 'domeinmedewerker': {
      if (!actor.domain || emergency) break;
      const role = `domeinmedewerker ${actor.domain}`;
      if (facts.involvedDomains.includes(actor.domain))
        return careGrant(facts, today, `${role}, betrokken`, { own: actor.domain, withShared: false });
      // Not involved yet: the registration, to find the household and record the domain's first contact with it.
      return ADMINISTRATIVE(`${role}, nog niet betrokken: alleen registratiegegevens`);
    }
    case 'auditor':
      return deny('de auditor leest geen zorginhoud');
  }
  if (emergency) {
    const own = actor.role === 'domeinmedewerker' ? actor.domain : undefined;
    return careGrant(facts, today, `noodprocedure: ${reason}`, { own, withShared: true, emergencyReason: reason });
  }
  return deny('geen betrokkenheid bij dit huishouden');
}

/** Whether an entry of `domain` about `memberId` (if any) is inside the grant. */
export function grantCovers(grant: ReadGrant, domain: string, memberId: string | null | undefined): boolean {
  return grant.domains.some(
    (entry) =>
      entry.domain === domain &&
      (entry.members === 'all' || (memberId != null && (entry.members as readonly string[]).includes(memberId))),
  );
}

/** Who may record an event of a household stream. */
export type WriterRule =
  /** The functioneel beheerder of the household's gemeente. */
  | 'beheerder'
  /** The household's current regisseur. */
  | 'regisseur'
  | 'regisseur-or-beheerder'
  /** A domeinmedewerker of the event's domain (for a legal basis: the domain whose data it shares). */
  | 'domain';

export interface WriteFacts {
  /** Undefined for a household that does not exist yet (registration). */
  readonly household?: AccessFacts;
  /** The gemeente a new household is registered in. */
  readonly newGemeente?: string;
}

export interface EventToWrite {
  readonly type: string;
  /** The domain whose data this is: for a correction the corrected entry's, for a legal basis the shared one. */
  readonly domain: string;
  readonly rule: WriterRule | undefined;
}

/** May `actor` record these events? Undefined when allowed, else the denial. */
export function decideWrite(
  actor: Actor,
  facts: WriteFacts,
  events: readonly EventToWrite[],
): AccessDenial | undefined {
  const gemeente = facts.household?.gemeente ?? facts.newGemeente;
  if (!gemeente || !actor.gemeente || actor.gemeente !== gemeente) return deny('andere gemeente');
  for (const event of events) {
    if (!mayWrite(actor, facts.household, event)) return deny(`${actor.role} mag ${event.type} niet vastleggen`);
  }
  return undefined;
}

function mayWrite(actor: Actor, household: AccessFacts | undefined, event: EventToWrite): boolean {
  const isRegisseur = actor.role === 'regisseur' && household?.regisseurUserId === actor.userId;
  const isBeheerder = actor.role === 'functioneel_beheerder';
  switch (event.rule) {
    case 'beheerder':
      return isBeheerder;
    case 'regisseur':
      return isRegisseur;
    case 'regisseur-or-beheerder':
      return isRegisseur || isBeheerder;
    case 'domain':
      return actor.role === 'domeinmedewerker' && actor.domain === event.domain && event.domain !== HOUSEHOLD_DOMAIN;
    default:
      return false;
  }
}
