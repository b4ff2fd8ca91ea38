import type { Actor } from '@regie/access';
import { HouseholdEventType as T } from '../core/household.events';
import {
  decideRead,
  decideWrite,
  grantCovers,
  isDenied,
  MAX_BASIS_TEXT,
  type AccessFacts,
  type EventToWrite,
  type ReadFacts,
  type ReadGrant,
} from './access-policy';
import { HOUSEHOLD_WRITERS } from './household-writers';

const today = '2026-06-01';
const facts: ReadFacts = {
  gemeente: '0363',
  involvedDomains: ['JEUGD', 'WERK_EN_INKOMEN', 'WMO'],
  regisseurUserId: 'u-anna',
  bases: [
    {
      domain: 'JEUGD',
      memberIds: ['m-kind'],
      grondslag: 'WETTELIJKE_TAAK',
      wettelijkeBepaling: 'art. 7.4.4 Jeugdwet',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
    },
    {
      domain: 'WMO',
      memberIds: [],
      grondslag: 'WETTELIJKE_TAAK',
      wettelijkeBepaling: 'art. 5.2.1 Wmo 2015',
      validFrom: '2025-01-01',
      validUntil: '2026-12-31',
      endedOn: '2026-05-01',
    },
  ],
};

const anna: Actor = { userId: 'u-anna', role: 'regisseur', gemeente: '0363' };
const bram: Actor = { userId: 'u-bram', role: 'regisseur', gemeente: '0363' };
const wiWorker: Actor = { userId: 'u-karim', role: 'domeinmedewerker', domain: 'WERK_EN_INKOMEN', gemeente: '0363' };
const beheerder: Actor = { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' };
const auditor: Actor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };

const granted = (decision: ReturnType<typeof decideRead>): ReadGrant => {
  if (isDenied(decision)) throw new Error(`denied: ${decision.reason}`);
  return decision;
};

describe('decideRead', () => {
  it('gives the current regisseur the household and the domains with a current basis, without their notes', () => {
    const grant = granted(decideRead(anna, facts, today));
    expect(grant.level).toBe('care');
    expect(grant.domains).toEqual([
      { domain: 'HOUSEHOLD', members: 'all' },
      { domain: 'JEUGD', members: ['m-kind'] },
    ]);
    expect(grant.noteDomains).toEqual(['HOUSEHOLD']);
    expect(grant.basis).toContain('JEUGD: WETTELIJKE_TAAK (art. 7.4.4 Jeugdwet)');
    expect(grantCovers(grant, 'JEUGD', 'm-kind')).toBe(true);
    expect(grantCovers(grant, 'JEUGD', 'm-moeder')).toBe(false);
    expect(grantCovers(grant, 'WMO', 'm-moeder')).toBe(false); // its basis ended on 2026-05-01
  });

  it('gives a domeinmedewerker of an involved domain the household and the own domain with notes, no other domain', () => {
    const grant = granted(decideRead(wiWorker, facts, today));
    expect(grant.level).toBe('care');
    expect(grant.domains.map((d) => d.domain)).toEqual(['HOUSEHOLD', 'WERK_EN_INKOMEN']);
    expect(grant.noteDomains).toEqual(['HOUSEHOLD', 'WERK_EN_INKOMEN']);
    // The Jeugd basis shares Jeugd's data with the regisseur, not with Werk en Inkomen.
    expect(grantCovers(grant, 'JEUGD', 'm-kind')).toBe(false);
    expect(grant.basis).not.toContain('Jeugdwet');
  });

  it('gives a domeinmedewerker whose domain has no entry in the household the registration only', () => {
    const wonenWorker: Actor = { userId: 'u-wim', role: 'domeinmedewerker', domain: 'WONEN', gemeente: '0363' };
    const grant = granted(decideRead(wonenWorker, facts, today));
    expect(grant).toMatchObject({ level: 'administrative', domains: [], noteDomains: [] });
    expect(grant.basis).toContain('nog niet betrokken');
    const notInvolved = { ...facts, involvedDomains: [] };
    expect(granted(decideRead(wiWorker, notInvolved, today)).level).toBe('administrative');
  });

  it('gives a domeinmedewerker in the noodprocedure the own domain and what the bases share, flagged', () => {
    const reason = 'Crisismelding Veilig Thuis, regisseur onbereikbaar';
    const grant = granted(decideRead(wiWorker, { ...facts, involvedDomains: [] }, today, reason));
    expect(grant).toMatchObject({ level: 'care', emergencyReason: reason });
    expect(grant.domains.map((d) => d.domain)).toEqual(['HOUSEHOLD', 'JEUGD', 'WERK_EN_INKOMEN']);
    expect(grant.noteDomains).toEqual(['HOUSEHOLD', 'WERK_EN_INKOMEN']);
  });

  it('keeps the basis within the 1,000 characters of a verwerkingenlog line however many bases there are', () => {
    const basis = (n: number) => ({
      ...facts.bases[0]!,
      memberIds: [`m-${n}`],
      wettelijkeBepaling: `art. 7.1.1 Jeugdwet, ${'toelichting '.repeat(20)}${n}`,
    });
    const many = { ...facts, bases: Array.from({ length: 12 }, (_, n) => basis(n)) };
    const grant = granted(decideRead(anna, many, today));
    expect(grant.basis.length).toBeLessThanOrEqual(MAX_BASIS_TEXT);
    expect(grant.basis).toMatch(/^regisseur van het huishouden; JEUGD: .*; en \d+ andere grondslagen$/);
    // The same basis recorded twice is named once.
    const twice = { ...facts, bases: [facts.bases[0]!, { ...facts.bases[0]!, memberIds: ['m-moeder'] }] };
    expect(granted(decideRead(anna, twice, today)).basis).toBe(
      'regisseur van het huishouden; JEUGD: WETTELIJKE_TAAK (art. 7.4.4 Jeugdwet)',
    );
  });

  it('gives the functioneel beheerder the registration only', () => {
    expect(granted(decideRead(beheerder, facts, today))).toMatchObject({ level: 'administrative', domains: [] });
  });

  it.each([
    ['a regisseur of another household', bram],
    ['the auditor', auditor],
    ['anyone of another gemeente', { ...anna, gemeente: '0599' }],
    ['a caller without a gemeente', { ...anna, gemeente: undefined }],
  ])('denies %s', (_label, actor) => {
    expect(isDenied(decideRead(actor, facts, today))).toBe(true);
  });

  it('denies a household that does not exist exactly like one of another gemeente', () => {
    expect(isDenied(decideRead(anna, undefined, today))).toBe(true);
  });

  it('lets the noodprocedure through with a reason, flagged, but never across gemeenten or for the auditor', () => {
    const reason = 'Crisismelding Veilig Thuis, regisseur onbereikbaar';
    const grant = granted(decideRead(bram, facts, today, reason));
    expect(grant).toMatchObject({ level: 'care', emergencyReason: reason, noteDomains: ['HOUSEHOLD'] });
    expect(grant.basis).toContain('noodprocedure');
    expect(isDenied(decideRead(bram, facts, today, 'even kijken'.slice(0, 5)))).toBe(true);
    expect(isDenied(decideRead({ ...bram, gemeente: '0599' }, facts, today, reason))).toBe(true);
    expect(isDenied(decideRead(auditor, facts, today, reason))).toBe(true);
  });
});

describe('decideWrite', () => {
  const write = (actor: Actor, events: EventToWrite[], household: AccessFacts | undefined = facts) =>
    decideWrite(actor, { household, newGemeente: household ? undefined : '0363' }, events);
  const event = (type: string, domain = 'HOUSEHOLD'): EventToWrite => ({
    type,
    domain,
    rule: HOUSEHOLD_WRITERS[type] ?? 'domain',
  });

  it('lets the beheerder register a household in the own gemeente only', () => {
    expect(write(beheerder, [event(T.registered)], undefined)).toBeUndefined();
    expect(write({ ...beheerder, gemeente: '0599' }, [event(T.registered)], undefined)).toBeDefined();
    expect(write(anna, [event(T.registered)], undefined)).toBeDefined();
  });

  it('lets only the current regisseur write the plan', () => {
    expect(write(anna, [event(T.planGoalSet)])).toBeUndefined();
    expect(write(bram, [event(T.planGoalSet)])).toBeDefined();
    expect(write(beheerder, [event(T.planGoalSet)])).toBeDefined();
  });

  it('lets a domeinmedewerker post the own domain only, and record the basis that shares it', () => {
    expect(write(wiWorker, [event('werkInkomen.BijstandAangevraagd', 'WERK_EN_INKOMEN')])).toBeUndefined();
    expect(write(wiWorker, [event('jeugd.ToewijzingVastgelegd', 'JEUGD')])).toBeDefined();
    expect(
      write(wiWorker, [{ type: T.sharingBasisRecorded, domain: 'WERK_EN_INKOMEN', rule: 'domain' }]),
    ).toBeUndefined();
    expect(write(wiWorker, [{ type: T.sharingBasisRecorded, domain: 'JEUGD', rule: 'domain' }])).toBeDefined();
    expect(write(anna, [event('jeugd.ToewijzingVastgelegd', 'JEUGD')])).toBeDefined();
  });

  it('fails closed: an event type without a rule is written by no one', () => {
    for (const actor of [anna, wiWorker, beheerder, auditor]) {
      expect(write(actor, [{ type: 'household.Unknown', domain: 'HOUSEHOLD', rule: undefined }])).toBeDefined();
    }
  });

  it('denies any write across gemeenten and any write by the auditor', () => {
    expect(write({ ...anna, gemeente: '0599' }, [event(T.planGoalSet)])).toBeDefined();
    for (const type of Object.keys(HOUSEHOLD_WRITERS)) expect(write(auditor, [event(type)])).toBeDefined();
  });
});
