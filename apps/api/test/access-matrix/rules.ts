import type { Domain, MatrixActor } from './actors';
import type { EntryDomain, FixtureEntry, Kit, MemberKey, ReadFixture } from './fixtures';

// The expected access table, written from the rules (not from the product's policy code).

/** A minimum of 10 characters after trimming. */
export const MIN_EMERGENCY_REASON = 10;

/** Where a case is sent: a household (kit) or an id that does not exist. */
export type Target =
  { readonly kind: 'household'; readonly kit: Kit } | { readonly kind: 'missing'; readonly id: string };

export type ReadGrant =
  | { readonly level: 'none' }
  | { readonly level: 'administrative' }
  | { readonly level: 'care'; readonly own?: Domain; readonly emergency: boolean };

/** What `actor` may read of the target household. */
export function expectedReadGrant(actor: MatrixActor, target: Target, emergencyReason?: string): ReadGrant {
  if (target.kind === 'missing' || target.kit.gemeente !== actor.gemeente) return { level: 'none' };
  switch (actor.role) {
    case 'functioneel_beheerder':
      return { level: 'administrative' };
    case 'auditor':
      return { level: 'none' };
    case 'domeinmedewerker':
      // A domain's staff read a household once their domain has an entry in it; before that its registration only.
      if ((emergencyReason?.trim().length ?? 0) >= MIN_EMERGENCY_REASON)
        return { level: 'care', own: actor.domain, emergency: true };
      if (!target.kit.involved.has(actor.domain!)) return { level: 'administrative' };
      return { level: 'care', own: actor.domain, emergency: false };
    case 'regisseur':
      if (target.kit.regisseur.userId === actor.userId) return { level: 'care', emergency: false };
      if ((emergencyReason?.trim().length ?? 0) >= MIN_EMERGENCY_REASON) return { level: 'care', emergency: true };
      return { level: 'none' };
  }
}

/** Whether a care-level reader sees an entry of `domain` about `member` in `kit`. */
export function covers(grant: ReadGrant, kit: Kit, domain: EntryDomain, member: MemberKey | null): boolean {
  if (grant.level !== 'care') return false;
  if (domain === 'HOUSEHOLD' || domain === grant.own) return true;
  // A legal basis shares a domain's data with the regisseur (and in the noodprocedure), not with other domains.
  if (grant.own && !grant.emergency) return false;
  return kit.bases.some(
    (basis) =>
      basis.domain === domain && (basis.members === 'all' || (member !== null && basis.members.includes(member))),
  );
}

export const noteVisible = (grant: ReadGrant, domain: EntryDomain): boolean =>
  grant.level === 'care' && (domain === 'HOUSEHOLD' || domain === grant.own);

export interface TextExpectations {
  /** Text that must appear in the response (to show the check is not vacuous). */
  readonly mustShow: { text: string; why: string }[];
  /** Text that must not appear anywhere in the response: a leak when it does. */
  readonly mustHide: { text: string; why: string }[];
}

const entryTexts = (entry: FixtureEntry) => [entry.eventId, ...(entry.note ? [entry.note] : []), ...entry.secrets];

/** Everything a household's fixture brings: its name, member names, entries. */
function allTexts(fixture: ReadFixture): { text: string; why: string }[] {
  const { kit } = fixture;
  return [
    { text: kit.name, why: `name of ${kit.shape}` },
    ...Object.values(kit.memberNames).map((text) => ({ text, why: `member of ${kit.shape}` })),
    ...fixture.entries.flatMap((entry) =>
      entryTexts(entry).map((text) => ({ text, why: `${kit.shape} ${entry.label}` })),
    ),
  ];
}

/**
 * What a reader with `grant` on `read` (undefined: no household shown) must and must not see, over all fixtures:
 * other households never, this one's entries by domain, basis and member, notes only of HOUSEHOLD and the own domain.
 */
export function textExpectations(
  grant: ReadGrant,
  read: ReadFixture | undefined,
  fixtures: readonly ReadFixture[],
  level: 'administrative' | 'care',
): TextExpectations {
  const mustShow: TextExpectations['mustShow'] = [];
  const mustHide: TextExpectations['mustHide'] = [];
  for (const fixture of fixtures) {
    if (fixture !== read || grant.level === 'none') {
      mustHide.push(...allTexts(fixture));
      continue;
    }
    const { kit } = fixture;
    mustShow.push(...Object.values(kit.memberNames).map((text) => ({ text, why: `member of ${kit.shape}` })));
    for (const entry of fixture.entries) {
      const why = `${kit.shape} ${entry.label}`;
      if (level === 'administrative' || !covers(grant, kit, entry.domain, entry.member)) {
        mustHide.push(...entryTexts(entry).map((text) => ({ text, why: `${why} (not for this reader)` })));
        continue;
      }
      mustShow.push({ text: entry.eventId, why: `${why}: entry` }, ...entry.secrets.map((text) => ({ text, why })));
      if (!entry.note) continue;
      if (noteVisible(grant, entry.domain)) mustShow.push({ text: entry.note, why: `${why}: note` });
      else mustHide.push({ text: entry.note, why: `${why}: note of another domain` });
    }
  }
  return { mustShow, mustHide };
}

/** Who may record a household event (the write rules). */
export type WriteRule = 'beheerder' | 'regisseur' | 'regisseur-or-beheerder' | { readonly domain: Domain };

export function expectedWrite(rule: WriteRule, actor: MatrixActor, target: Target): boolean {
  if (target.kind === 'missing' || target.kit.gemeente !== actor.gemeente) return false;
  const isRegisseur = actor.role === 'regisseur' && target.kit.regisseur.userId === actor.userId;
  const isBeheerder = actor.role === 'functioneel_beheerder';
  if (rule === 'beheerder') return isBeheerder;
  if (rule === 'regisseur') return isRegisseur;
  if (rule === 'regisseur-or-beheerder') return isRegisseur || isBeheerder;
  return actor.role === 'domeinmedewerker' && actor.domain === rule.domain;
}

/** How a target relates to the actor, for the report. */
export function relation(actor: MatrixActor, target: Target): string {
  if (target.kind === 'missing') return 'non-existent household';
  const { kit } = target;
  if (kit.gemeente !== actor.gemeente) return `${kit.shape} (other gemeente)`;
  if (actor.role === 'regisseur')
    return kit.regisseur.userId === actor.userId ? `${kit.shape} (own)` : `${kit.shape} (colleague's)`;
  return `${kit.shape} (own gemeente)`;
}
