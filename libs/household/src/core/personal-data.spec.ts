import { HouseholdPersonalDataPolicy } from '../application/personal-data-policy';
import { FIXTURE_HOUSEHOLD_ID as H, fixtureMembers } from '../testing/decider-fixture';
import type { DomainModuleDefinition } from './domain-module';
import { HouseholdEventType as T } from './household.events';
import {
  householdSubject,
  locatePersonalData,
  memberSubject,
  personalDataFieldsOf,
  personalDataProblems,
  type PersonalDataSpec,
} from './personal-data';

const { moeder, zoon } = fixtureMembers;
const jeugd = {
  code: 'JEUGD',
  eventPrefix: 'jeugd.',
  personalData: {
    'jeugd.ContactmomentVastgelegd': [{ memberId: 'memberId', fields: { note: 'text' } }],
    'jeugd.Onderzoek': [{ memberId: 'memberId', fields: { 'trede.toelichting': 'text' } }],
  } satisfies PersonalDataSpec,
};
const fieldsOf = (type: string) => personalDataFieldsOf(type, [jeugd]);
const metadata = (domain = 'HOUSEHOLD') => ({ householdId: H, domain });
const locate = (type: string, data: unknown, domain?: string) =>
  locatePersonalData({ type, data, metadata: metadata(domain) }, fieldsOf).map(
    ({ path, subject, kind }) => `${path.join('.')} ${subject} ${kind}`,
  );

describe('declared personal data', () => {
  it('seals each member of a registration as that member, and the household name as the household', () => {
    expect(
      locate(T.registered, { householdId: H, gemeente: '0363', name: 'Familie De Vries', members: [moeder, zoon] }),
    ).toEqual([
      `name household:${H} name`,
      `members.0.bsn member:m-moeder bsn`,
      `members.0.name member:m-moeder name`,
      `members.0.birthDate member:m-moeder date`,
      `members.1.bsn member:m-zoon bsn`,
      `members.1.name member:m-zoon name`,
      `members.1.birthDate member:m-zoon date`,
    ]);
    expect(locate(T.memberAdded, { member: zoon })).toEqual([
      'member.bsn member:m-zoon bsn',
      'member.name member:m-zoon name',
      'member.birthDate member:m-zoon date',
    ]);
  });

  it('seals the woonadres as the household, at registration and when recorded later', () => {
    const address = { postcode: '1234AB', huisnummer: 12, huisletter: 'A', huisnummertoevoeging: '2' };
    expect(
      locate(T.registered, { householdId: H, gemeente: '0363', name: 'Familie De Vries', members: [], address }),
    ).toEqual([
      `name household:${H} name`,
      `address.postcode household:${H} text`,
      `address.huisnummer household:${H} amount`,
      `address.huisletter household:${H} text`,
      `address.huisnummertoevoeging household:${H} text`,
    ]);
    expect(locate(T.addressRecorded, { address: { postcode: '1234AB', huisnummer: 12 } })).toEqual([
      `address.postcode household:${H} text`,
      `address.huisnummer household:${H} amount`,
    ]);
  });

  it("seals a domain's free text about a member as that member's data of the domain, nested fields too", () => {
    expect(locate('jeugd.ContactmomentVastgelegd', { memberId: 'm-zoon', note: 'x' }, 'JEUGD')).toEqual([
      'note member:m-zoon:JEUGD text',
    ]);
    expect(locate('jeugd.Onderzoek', { memberId: 'm-zoon', trede: { toelichting: 'x' } }, 'JEUGD')).toEqual([
      'trede.toelichting member:m-zoon:JEUGD text',
    ]);
    // No member: the household's data of the domain. Absent and null values are not listed.
    expect(locate('jeugd.ContactmomentVastgelegd', { note: 'x' }, 'JEUGD')).toEqual([`note household:${H}:JEUGD text`]);
    expect(locate('jeugd.ContactmomentVastgelegd', { memberId: 'm-zoon', note: null }, 'JEUGD')).toEqual([]);
    expect(locate('jeugd.Unknown', { note: 'x' }, 'JEUGD')).toEqual([]);
  });

  it("seals a correction's reason and its changed values as the corrected entry declares them", () => {
    const correction = {
      entryId: 'e2',
      entryType: 'jeugd.ContactmomentVastgelegd',
      domain: 'JEUGD',
      reason: 'typfout',
      changes: { note: 'nieuwe tekst', datum: '2026-01-01' },
      memberId: 'm-zoon',
    };
    expect(locate(T.entryCorrected, correction, 'JEUGD')).toEqual([
      'reason member:m-zoon:JEUGD text',
      'changes.note member:m-zoon:JEUGD text',
    ]);
  });

  it("seals the afweging's findings, network and request key and the ZRM scores as the member's, spends as the household's", () => {
    const rungs = {
      EIGEN_KRACHT: { considered: true, sufficient: 'NEE', toelichting: 'x' },
      MANTELZORG: { considered: false },
    };
    expect(
      locate(T.afwegingRecorded, {
        memberId: 'm-zoon',
        domain: 'JEUGD',
        requestKey: 'verzoek Daan',
        rungs,
        netwerk: 'buurvrouw Els',
      }),
    ).toEqual([
      'rungs.EIGEN_KRACHT.toelichting member:m-zoon text',
      'netwerk member:m-zoon name',
      'requestKey member:m-zoon text',
    ]);
    const scores = [
      { domain: 'FINANCIEN', score: 2 },
      { domain: 'HUISVESTING', score: 3 },
    ];
    expect(locate(T.zrmScored, { memberId: 'm-moeder', scores, goalIds: [], note: 'n' })).toEqual([
      'scores.0.score member:m-moeder amount',
      'scores.1.score member:m-moeder amount',
      'note member:m-moeder text',
    ]);
    expect(locate(T.maatwerkbudgetSpent, { spendId: 's', purpose: 'Huur maart', memberIds: ['m-moeder'] })).toEqual([
      `purpose household:${H} text`,
    ]);
    expect(locate(T.maatwerkbudgetEvaluated, { spendId: 's', note: 'n' })).toEqual([`note household:${H} text`]);
  });

  it('fails closed on household data without a household to seal it for', () => {
    expect(() => locatePersonalData({ type: T.closed, data: { reason: 'x' } }, fieldsOf)).toThrow(/household/);
    expect(
      locatePersonalData({ type: T.closed, data: { reason: 'x' }, streamId: `household-${H}` }, fieldsOf),
    ).toHaveLength(1);
  });

  it('names subjects so a person or a domain can be erased as a whole', () => {
    expect(memberSubject('m1')).toBe('member:m1');
    expect(memberSubject('m1', 'HOUSEHOLD')).toBe('member:m1');
    expect(memberSubject('m1', 'WMO')).toBe('member:m1:WMO');
    expect(householdSubject('h1', 'WMO')).toBe('household:h1:WMO');
  });

  it('reports declarations outside the domain', () => {
    expect(personalDataProblems({ code: 'JEUGD', eventPrefix: 'jeugd.', personalData: jeugd.personalData })).toEqual(
      [],
    );
    expect(
      personalDataProblems({ code: 'WMO', eventPrefix: 'wmo.', personalData: { 'jeugd.X': [{ fields: {} }] } }),
    ).toEqual([
      'WMO: personal data declared for jeugd.X, which is not one of its event types',
      'WMO: jeugd.X declares no fields',
    ]);
  });
});

describe('HouseholdPersonalDataPolicy.erasureOf', () => {
  const policy = new HouseholdPersonalDataPolicy({ all: [jeugd as unknown as DomainModuleDefinition] });
  const at = (type: string, data: unknown) => ({ streamId: `household-${H}`, type, data, metadata: metadata() });

  it('forgets a person for good: their key and every domain key below it', () => {
    expect(policy.erasureOf(at(T.personErased, { memberId: 'm-zoon', reason: 'AVG' }))).toEqual([
      { subjects: ['member:m-zoon'], final: true },
    ]);
  });

  it("erases an expired domain's keys, and with the whole household the members' and the household's", () => {
    const domainOnly = { domains: [{ domain: 'JEUGD' }], wholeHousehold: false, memberIds: ['m1', 'm2'] };
    expect(policy.erasureOf(at(T.retentionExpired, domainOnly))).toEqual([
      { subjects: [`household:${H}:JEUGD`, 'member:m1:JEUGD', 'member:m2:JEUGD'], final: false },
    ]);
    const whole = { domains: [], wholeHousehold: true, memberIds: ['m1'] };
    expect(policy.erasureOf(at(T.retentionExpired, whole))).toEqual([
      { subjects: [`household:${H}`], final: false },
      { subjects: ['member:m1'], final: true },
    ]);
    expect(policy.erasureOf(at(T.closed, { reason: 'x' }))).toEqual([]);
  });
});
