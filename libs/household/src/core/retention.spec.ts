import { decideWithinHousehold } from './decide-context';
import type { DomainModuleDefinition } from './domain-module';
import type { DraftEvent } from './event-envelope';
import { expireRetention, forgetPerson } from './erasure.decide';
import { HouseholdEventType as T } from './household.events';
import { addYears, localDateOf, retentionOf } from './retention';
import { fixtureMembers, givenHousehold, householdRegistered, rejectionOf } from '../testing/decider-fixture';

// Fake domains whose events carry their own episode facts: `{ key, step, date }`.
const domain = (code: string, retentionYears: number, ongoing?: (state: unknown) => boolean) =>
  ({
    code,
    eventPrefix: `${code.toLowerCase()}.`,
    label: code,
    retentionYears,
    initialState: [] as DraftEvent[],
    evolve: (state: unknown, event: { type: string; data: unknown }) => [...(state as unknown[]), event],
    validateCorrection: () => undefined,
    describe: (event: { data: unknown }) => {
      const { key, step, date } = event.data as {
        key?: string;
        step?: 'TOEGEWEZEN' | 'GESTART' | 'GESTOPT';
        date: string;
      };
      return {
        summary: 'x',
        ...(key && step ? { episode: { key, step, date, kind: 'TOEWIJZING' as const, label: 'x' } } : {}),
      };
    },
    ...(ongoing ? { careOngoing: ongoing } : {}),
  }) as unknown as DomainModuleDefinition;

const jeugd = domain('JEUGD', 20);
const wmo = domain('WMO', 15);
const wi = domain('WI', 10, (state) => (state as { type: string }[]).some((event) => event.type === 'wi.Bijstand'));
const domains = [jeugd, wmo, wi];

const at = (type: string, data: Record<string, unknown>, occurredAt: string): DraftEvent => ({
  type,
  data,
  occurredAt,
});
const care = (code: string, key: string, step: string, date: string) => at(`${code}.Step`, { key, step, date }, date);
const closed = (date: string) => at(T.closed, { reason: 'klaar' }, `${date}T10:00:00.000Z`);
const given = (history: DraftEvent[], today = '2026-06-15') => givenHousehold(history, { domains, today });
const registered = householdRegistered();

const history = [
  registered,
  care('jeugd', 'J1', 'TOEGEWEZEN', '2001-02-01'),
  care('jeugd', 'J1', 'GESTOPT', '2004-06-30'),
  care('wmo', 'W1', 'TOEGEWEZEN', '2003-01-10'),
  care('wmo', 'W1', 'GESTOPT', '2005-03-31'),
  at('wi.Note', {}, '2002-05-05'),
];

describe('retentionOf', () => {
  it('counts each domain from when its care ended, and says which terms are over', () => {
    const review = retentionOf(given(history).state, domains, '2020-04-01');
    expect(review.domains).toEqual([
      expect.objectContaining({ domain: 'JEUGD', careEndedOn: '2004-06-30', termEndsOn: '2024-06-30', expired: false }),
      expect.objectContaining({ domain: 'WMO', careEndedOn: '2005-03-31', termEndsOn: '2020-03-31', expired: true }),
      expect.objectContaining({ domain: 'WI', careEndedOn: '2002-05-05', termEndsOn: '2012-05-05', expired: true }),
    ]);
    expect(review.wholeHouseholdExpired).toBe(false);
    expect(review.memberIds).toEqual(Object.values(fixtureMembers).map((member) => member.memberId));
  });

  it('is the day the term ends that it is over', () => {
    const on = (today: string) => retentionOf(given(history).state, [wmo], today).domains[0]!.expired;
    expect(on('2020-03-30')).toBe(false);
    expect(on('2020-03-31')).toBe(true);
  });

  it('has no term while care runs in an open household; a closing ends it', () => {
    const running = [...history, care('jeugd', 'J2', 'GESTART', '2006-01-01'), at('wi.Bijstand', {}, '2003-01-01')];
    const open = retentionOf(given(running).state, domains, '2060-01-01');
    expect(open.domains.find((d) => d.domain === 'JEUGD')).toMatchObject({ ongoing: true, expired: false });
    expect(open.domains.find((d) => d.domain === 'WI')).toMatchObject({ ongoing: true, expired: false });
    const closedHousehold = retentionOf(given([...running, closed('2010-09-01')]).state, domains, '2060-01-01');
    expect(closedHousehold.closedOn).toBe('2010-09-01');
    expect(closedHousehold.domains.find((d) => d.domain === 'JEUGD')).toMatchObject({
      careEndedOn: '2010-09-01',
      termEndsOn: '2030-09-01',
    });
    expect(closedHousehold.wholeHouseholdExpired).toBe(true);
  });

  // A 307 "tijdelijk beëindigd" followed by a new 305: the care runs again, so the term has not begun.
  it('has no term while care that stopped has started again', () => {
    const restarted = [
      ...history,
      care('jeugd', 'J3', 'TOEGEWEZEN', '2006-01-01'),
      care('jeugd', 'J3', 'GESTART', '2006-01-10'),
      care('jeugd', 'J3', 'GESTOPT', '2006-03-01'),
      care('jeugd', 'J3', 'GESTART', '2006-03-06'),
    ];
    expect(retentionOf(given(restarted).state, [jeugd], '2060-01-01').domains).toEqual([
      expect.objectContaining({ domain: 'JEUGD', ongoing: true, expired: false }),
    ]);
    const stoppedAgain = [...restarted, care('jeugd', 'J3', 'GESTOPT', '2007-05-31')];
    expect(retentionOf(given(stoppedAgain).state, [jeugd], '2060-01-01').domains).toEqual([
      expect.objectContaining({ domain: 'JEUGD', ongoing: false, careEndedOn: '2007-05-31', termEndsOn: '2027-05-31' }),
    ]);
  });

  it('erases the whole household only when it is closed and every domain it involved is past its term', () => {
    expect(
      retentionOf(given([...history, closed('2005-04-01')]).state, domains, '2024-06-29').wholeHouseholdExpired,
    ).toBe(false);
    expect(
      retentionOf(given([...history, closed('2005-04-01')]).state, domains, '2024-06-30').wholeHouseholdExpired,
    ).toBe(true);
    expect(retentionOf(given(history).state, domains, '2060-01-01').wholeHouseholdExpired).toBe(false);
  });

  it('erases a closed household that never involved a domain ten years after its closing, never an open one', () => {
    const noDomain = given([registered, closed('2001-01-01')]).state;
    expect(retentionOf(noDomain, domains, '2010-12-31')).toMatchObject({
      domains: [],
      householdTermEndsOn: '2011-01-01',
      wholeHouseholdExpired: false,
    });
    expect(retentionOf(noDomain, domains, '2011-01-01').wholeHouseholdExpired).toBe(true);
    expect(retentionOf(given([registered]).state, domains, '2090-01-01')).toMatchObject({
      wholeHouseholdExpired: false,
    });
    expect(retentionOf(given([registered]).state, domains, '2090-01-01').householdTermEndsOn).toBeUndefined();
    const erased = [
      registered,
      closed('2001-01-01'),
      at(T.retentionExpired, { domains: [], wholeHousehold: true, memberIds: [] }, '2011-01-02'),
    ];
    expect(retentionOf(given(erased).state, domains, '2090-01-01')).toMatchObject({ wholeHouseholdExpired: false });
  });

  it('leaves out withdrawn entries and remembers what an earlier run erased', () => {
    const withWithdrawn = [
      ...history,
      care('wmo', 'W2', 'TOEGEWEZEN', '2010-01-01'),
      at(T.entryWithdrawn, { entryId: 'e7', entryType: 'wmo.Step', domain: 'WMO', reason: 'dubbel' }, '2010-01-02'),
    ];
    expect(retentionOf(given(withWithdrawn).state, [wmo], '2021-01-01').domains[0]).toMatchObject({
      careEndedOn: '2005-03-31',
      expired: true,
    });
    const erased = [
      ...history,
      at(T.retentionExpired, { domains: [{ domain: 'WI' }], wholeHousehold: false, memberIds: [] }, '2013-01-01'),
    ];
    expect(retentionOf(given(erased).state, [wi], '2030-01-01').domains[0]).toMatchObject({
      erased: true,
      expired: false,
    });
    const newCare = [...erased, at('wi.Note', {}, '2015-01-01')];
    expect(retentionOf(given(newCare).state, [wi], '2030-01-01').domains[0]).toMatchObject({
      careEndedOn: '2015-01-01',
      termEndsOn: '2025-01-01',
      expired: true,
    });
  });

  it('adds years to a date, 29 February included, and takes the Dutch date of a timestamp', () => {
    expect(addYears('2004-02-29', 10)).toBe('2014-02-28');
    expect(addYears('2004-02-29', 20)).toBe('2024-02-29');
    expect(localDateOf('2026-03-31T22:30:00.000Z')).toBe('2026-04-01');
    expect(localDateOf('2026-03-31')).toBe('2026-03-31');
  });
});

describe('expireRetention', () => {
  it('records the expired domains with their dates; refuses when nothing is over', () => {
    const context = given([...history, closed('2005-04-01')]);
    const decide = () =>
      decideWithinHousehold('existing-household', context, (c) => expireRetention({ today: '2021-01-01' }, c));
    expect(decide()).toEqual([
      {
        type: T.retentionExpired,
        data: {
          domains: [
            { domain: 'WMO', careEndedOn: '2005-03-31', termEndedOn: '2020-03-31' },
            { domain: 'WI', careEndedOn: '2002-05-05', termEndedOn: '2012-05-05' },
          ],
          wholeHousehold: false,
          memberIds: ['m-moeder', 'm-vader', 'm-zoon', 'm-dochter'],
        },
      },
    ]);
    expect(rejectionOf(() => expireRetention({ today: '2006-01-01' }, context))).toBe('INVALID_STATE');
  });

  it('records the whole household of a closed household without a domain once its own term is over', () => {
    const context = given([registered, closed('2001-01-01')]);
    const decide = (today: string) =>
      decideWithinHousehold('existing-household', context, (c) => expireRetention({ today }, c));
    expect(decide('2011-01-01')).toEqual([
      {
        type: T.retentionExpired,
        data: { domains: [], wholeHousehold: true, memberIds: ['m-moeder', 'm-vader', 'm-zoon', 'm-dochter'] },
      },
    ]);
    expect(rejectionOf(() => expireRetention({ today: '2010-12-31' }, context))).toBe('INVALID_STATE');
  });
});

describe('forgetPerson', () => {
  const { zoon } = fixtureMembers;
  it('erases a member or former member of an open or closed household; the member leaves the household', () => {
    const context = given([registered, closed('2020-01-01')]);
    const events = decideWithinHousehold('existing-household', context, (c) =>
      forgetPerson({ memberId: zoon.memberId, reason: 'verzoek AVG art. 17' }, c),
    );
    expect(events).toEqual([
      { type: T.personErased, data: { memberId: zoon.memberId, reason: 'verzoek AVG art. 17' } },
    ]);
    const after = given([registered, closed('2020-01-01'), ...events]);
    expect(after.state.core.members.has(zoon.memberId)).toBe(false);
    // Asking again is allowed: the keys are destroyed again.
    expect(forgetPerson({ memberId: zoon.memberId, reason: 'opnieuw' }, after)).toHaveLength(1);
  });
  it('refuses someone who never was a member, and a request without a reason', () => {
    expect(rejectionOf(() => forgetPerson({ memberId: 'm-niemand', reason: 'x' }, given([registered])))).toBe(
      'MEMBER_NOT_FOUND',
    );
    expect(rejectionOf(() => forgetPerson({ memberId: zoon.memberId, reason: ' ' }, given([registered])))).toBe(
      'BAD_USER_INPUT',
    );
    expect(rejectionOf(() => decideWithinHousehold('existing-household', given([]), () => []))).toBe(
      'HOUSEHOLD_NOT_FOUND',
    );
  });
});
