import { fixtureMembers, givenHousehold, householdRegistered, rejectionWithField } from '../testing/decider-fixture';
import {
  CONTACTMOMENT_NOTE_MAX,
  contactmomentDecider,
  describeContactmoment,
  type RecordContactmoment,
} from './contactmoment';

// The contactmoment every domain records (decided and described once), given/when/then without Nest or I/O. Each
// domain's own spec shows it under that domain's event type.

const wmoTeam = { agbCode: '87654321', name: 'Thuiszorg West', domains: ['WMO'] };
const jeugdTeam = { agbCode: '12345678', name: 'Jeugdteam Noord', domains: ['JEUGD'] };
const { zoon, moeder } = fixtureMembers;
const recordWmoContactmoment = contactmomentDecider({ domain: 'WMO', eventType: 'wmo.ContactmomentVastgelegd' });
const given = () => givenHousehold([householdRegistered()], { domains: [], providers: [wmoTeam, jeugdTeam] });

const command: RecordContactmoment = {
  memberId: moeder.memberId,
  datum: '2026-06-15',
  soort: 'TELEFONISCH',
  note: '  De traplift hapert weer.  ',
};

describe('contactmomentDecider', () => {
  it('given a member, when a contact is recorded, then the domain’s event holds it with the note trimmed', () => {
    expect(recordWmoContactmoment(command, given())).toEqual([
      {
        type: 'wmo.ContactmomentVastgelegd',
        data: {
          memberId: moeder.memberId,
          datum: '2026-06-15',
          soort: 'TELEFONISCH',
          note: 'De traplift hapert weer.',
        },
        occurredAt: '2026-06-15',
      },
    ]);
  });

  it('given a provider of the domain, when it is named, then the event holds its AGB-code', () => {
    const [draft] = recordWmoContactmoment({ ...command, providerAgb: wmoTeam.agbCode }, given());
    expect(draft!.data).toMatchObject({ providerAgb: wmoTeam.agbCode });
  });

  it.each([
    ['a member of another household', { memberId: 'm-onbekend' }, 'MEMBER_NOT_FOUND'],
    ['an unknown provider', { providerAgb: '99999999' }, 'PROVIDER_NOT_FOUND'],
    ['a provider of another domain', { providerAgb: jeugdTeam.agbCode }, 'BAD_USER_INPUT'],
    ['an impossible datum', { datum: '2026-02-30' }, 'BAD_USER_INPUT:datum'],
    ['a datum in the future', { datum: '2026-06-16' }, 'BAD_USER_INPUT:datum'],
    ['an unknown soort', { soort: 'BRIEF' }, 'BAD_USER_INPUT:soort'],
    ['an empty note', { note: '   ' }, 'BAD_USER_INPUT:note'],
    ['a note over the limit', { note: 'x'.repeat(CONTACTMOMENT_NOTE_MAX + 1) }, 'BAD_USER_INPUT:note'],
  ])('when it names %s, then it is refused and nothing is recorded', (_case, change, code) => {
    expect(rejectionWithField(() => recordWmoContactmoment({ ...command, ...change }, given()))).toBe(code);
  });
});

describe('describeContactmoment', () => {
  const names = {
    member: (id: string) => (id === zoon.memberId ? 'Noah' : undefined),
    provider: (agb: string) => (agb === jeugdTeam.agbCode ? jeugdTeam.name : undefined),
  };

  it('names the kind, the person and the provider; the note goes to the domain’s own readers only', () => {
    const data = {
      memberId: zoon.memberId,
      providerAgb: jeugdTeam.agbCode,
      datum: '2026-06-15',
      soort: 'HUISBEZOEK',
      note: 'Slaapt slecht.',
    };
    expect(describeContactmoment(data, names)).toEqual({
      summary: 'Contactmoment (huisbezoek) met Noah (Jeugdteam Noord)',
      memberId: zoon.memberId,
      providerAgb: jeugdTeam.agbCode,
      category: 'Contactmoment huisbezoek',
      note: 'Slaapt slecht.',
    });
  });

  it('reads an unknown person, provider and an older code without failing', () => {
    const data = { memberId: 'm-weg', providerAgb: '11112222', datum: '2026-06-15', soort: 'BRIEF', note: 'x' };
    expect(describeContactmoment(data, names).summary).toBe(
      'Contactmoment (BRIEF) met onbekende persoon (aanbieder met AGB-code 11112222)',
    );
  });
});
