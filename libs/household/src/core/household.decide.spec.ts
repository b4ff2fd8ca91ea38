import type { DomainModuleDefinition } from './domain-module';
import { decideWithinHousehold } from './decide-context';
import * as decide from './household.decide';
import { DomainRejection } from './rejection';
import { HouseholdEventType as T } from './household.events';
import {
  FIXTURE_HOUSEHOLD_ID,
  fixtureMembers,
  givenHousehold,
  householdRegistered,
  rejectionOf,
  rejectionWithField,
} from '../testing/decider-fixture';

// A minimal domain so domain codes, corrections and withdrawals have something to refer to.
const jeugd: DomainModuleDefinition<null> = {
  code: 'JEUGD',
  eventPrefix: 'jeugd.',
  label: 'Jeugd',
  retentionYears: 20,
  initialState: null,
  evolve: (state) => state,
  validateCorrection: (_entry, changes) =>
    'ingangsdatum' in changes ? undefined : 'Alleen de ingangsdatum is te corrigeren',
  describe: () => ({ summary: 'x' }),
};
const domains = [jeugd];
const provider = { agbCode: '12345678', name: 'Jeugdhulp Noord', domains: ['JEUGD'] };
const { moeder, vader, zoon, dochter } = fixtureMembers;
const given = (...history: Parameters<typeof givenHousehold>[0]) =>
  givenHousehold(history, { domains, providers: [provider] });
const registered = householdRegistered();
const newMember = {
  memberId: 'm-oma',
  bsn: '542374341',
  name: 'Oma Jansen',
  birthDate: '1950-05-05',
  relation: 'OVERIG' as const,
};

describe('registerHousehold', () => {
  const command = {
    householdId: FIXTURE_HOUSEHOLD_ID,
    gemeente: '0363',
    name: 'Familie De Vries',
    members: [moeder, vader, zoon, dochter],
  };

  it('registers the household with its members', () => {
    expect(decide.registerHousehold(command, given())).toEqual([registered]);
  });
  it('rejects a BSN that fails the elfproef', () => {
    const members = [{ ...moeder, bsn: '111222334' }];
    expect(rejectionOf(() => decide.registerHousehold({ ...command, members }, given()))).toBe('BAD_USER_INPUT');
  });
  it('rejects the same BSN twice', () => {
    expect(rejectionOf(() => decide.registerHousehold({ ...command, members: [moeder, moeder] }, given()))).toBe(
      'BAD_USER_INPUT',
    );
  });
  it('rejects a household without members, a bad gemeente code and a birth date in the future', () => {
    expect(rejectionOf(() => decide.registerHousehold({ ...command, members: [] }, given()))).toBe('BAD_USER_INPUT');
    expect(rejectionOf(() => decide.registerHousehold({ ...command, gemeente: '363' }, given()))).toBe(
      'BAD_USER_INPUT',
    );
    const unborn = [{ ...zoon, birthDate: '2027-01-01' }];
    expect(rejectionOf(() => decide.registerHousehold({ ...command, members: unborn }, given()))).toBe(
      'BAD_USER_INPUT',
    );
  });
  it('cannot register the same household twice', () => {
    const decider = () =>
      decideWithinHousehold('creates-household', given(registered), (c) => decide.registerHousehold(command, c));
    expect(rejectionOf(decider)).toBe('HOUSEHOLD_EXISTS');
  });
});

describe('members', () => {
  it('adds a member', () => {
    expect(decide.addMember(newMember, given(registered))).toEqual([
      { type: T.memberAdded, data: { member: newMember } },
    ]);
  });
  it('rejects adding someone already in the household', () => {
    expect(rejectionOf(() => decide.addMember({ ...newMember, bsn: moeder.bsn }, given(registered)))).toBe(
      'BAD_USER_INPUT',
    );
  });
  it('removes a member with a reason', () => {
    expect(decide.removeMember({ memberId: vader.memberId, reason: 'verhuisd' }, given(registered))).toEqual([
      { type: T.memberRemoved, data: { memberId: vader.memberId, reason: 'verhuisd' } },
    ]);
  });
  it('rejects removing someone who is not a member (any more)', () => {
    const removed = { type: T.memberRemoved, data: { memberId: vader.memberId, reason: 'verhuisd' } };
    expect(
      rejectionOf(() => decide.removeMember({ memberId: vader.memberId, reason: 'x' }, given(registered, removed))),
    ).toBe('MEMBER_NOT_FOUND');
  });
});

describe('the one regisseur', () => {
  const anna = { userId: 'u-anna', name: 'Anna Bakker' };
  const bram = { userId: 'u-bram', name: 'Bram Smit' };
  const assignedAnna = { type: T.regisseurAssigned, data: { regisseur: anna, reason: 'start' } };

  it('assigns a first regisseur', () => {
    expect(decide.assignRegisseur({ regisseur: anna, reason: 'start' }, given(registered))).toEqual([assignedAnna]);
  });
  it('hands over from the current regisseur, naming both', () => {
    expect(decide.assignRegisseur({ regisseur: bram, reason: 'verlof' }, given(registered, assignedAnna))).toEqual([
      { type: T.regisseurAssigned, data: { regisseur: bram, previous: anna, reason: 'verlof' } },
    ]);
  });
  it('rejects assigning the current regisseur again', () => {
    expect(
      rejectionOf(() => decide.assignRegisseur({ regisseur: anna, reason: 'x' }, given(registered, assignedAnna))),
    ).toBe('INVALID_STATE');
  });
  it('hands over while the expected regisseur is still the one', () => {
    expect(
      decide.assignRegisseur(
        { regisseur: bram, reason: 'verlof', expectedRegisseurUserId: anna.userId },
        given(registered, assignedAnna),
      ),
    ).toEqual([{ type: T.regisseurAssigned, data: { regisseur: bram, previous: anna, reason: 'verlof' } }]);
  });
  it('refuses a handover from a regisseur who is no longer the one, naming the field', () => {
    const handover = { regisseur: anna, reason: 'verlof', expectedRegisseurUserId: bram.userId };
    expect(rejectionWithField(() => decide.assignRegisseur(handover, given(registered, assignedAnna)))).toBe(
      'REGISSEUR_CHANGED:expectedRegisseurUserId',
    );
    expect(rejectionWithField(() => decide.assignRegisseur(handover, given(registered)))).toBe(
      'REGISSEUR_CHANGED:expectedRegisseurUserId',
    );
  });
  it('releases the regisseur, and rejects releasing when there is none', () => {
    expect(decide.releaseRegisseur({ reason: 'afgerond' }, given(registered, assignedAnna))).toEqual([
      { type: T.regisseurReleased, data: { regisseur: anna, reason: 'afgerond' } },
    ]);
    expect(rejectionOf(() => decide.releaseRegisseur({ reason: 'x' }, given(registered)))).toBe('INVALID_STATE');
  });
});

describe('the plan', () => {
  const goal = {
    goalId: 'g1',
    title: 'Schulden onder controle',
    domains: ['JEUGD'],
    memberIds: [moeder.memberId],
    targetDate: '2026-12-31',
  };
  const goalSet = {
    type: T.planGoalSet,
    data: { ...goal, version: 1, description: undefined, revisionReason: undefined },
  };

  it('sets a new goal as version 1', () => {
    expect(decide.setPlanGoal(goal, given(registered))).toEqual([goalSet]);
  });
  it('revises a goal as a new version with a reason; the first version stays in history', () => {
    const [revised] = decide.setPlanGoal(
      { ...goal, title: 'Schuldenvrij', revisionReason: 'bijgesteld' },
      given(registered, goalSet),
    );
    expect(revised).toMatchObject({
      type: T.planGoalSet,
      data: { goalId: 'g1', version: 2, title: 'Schuldenvrij', revisionReason: 'bijgesteld' },
    });
  });
  it('rejects a revision without reason, an unknown domain and an unknown member', () => {
    expect(rejectionOf(() => decide.setPlanGoal(goal, given(registered, goalSet)))).toBe('BAD_USER_INPUT');
    expect(rejectionOf(() => decide.setPlanGoal({ ...goal, domains: ['WONEN'] }, given(registered)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(rejectionOf(() => decide.setPlanGoal({ ...goal, memberIds: ['nobody'] }, given(registered)))).toBe(
      'MEMBER_NOT_FOUND',
    );
  });
  it('evaluates a goal; rejects an unknown goal and a future date', () => {
    const evaluation = {
      goalId: 'g1',
      outcome: 'DEELS_BEREIKT' as const,
      evaluatedOn: '2026-06-01',
      note: 'huur betaald',
    };
    expect(decide.evaluatePlanGoal(evaluation, given(registered, goalSet))).toEqual([
      { type: T.planGoalEvaluated, data: evaluation, occurredAt: '2026-06-01' },
    ]);
    expect(rejectionOf(() => decide.evaluatePlanGoal(evaluation, given(registered)))).toBe('GOAL_NOT_FOUND');
    expect(
      rejectionOf(() =>
        decide.evaluatePlanGoal({ ...evaluation, evaluatedOn: '2026-07-01' }, given(registered, goalSet)),
      ),
    ).toBe('BAD_USER_INPUT');
  });
  it('records agreements with the household, the network and a known provider', () => {
    const agreement = {
      agreementId: 'a1',
      goalId: 'g1',
      description: 'Buurman helpt met post',
      party: 'NETWERK' as const,
      partyName: 'buurman Piet',
      memberIds: [],
    };
    expect(decide.recordPlanAgreement(agreement, given(registered, goalSet))).toEqual([
      { type: T.planAgreementRecorded, data: agreement },
    ]);
    const byProvider = { ...agreement, party: 'AANBIEDER' as const, providerAgb: '12345678' };
    expect(decide.recordPlanAgreement(byProvider, given(registered, goalSet))).toHaveLength(1);
    expect(
      rejectionOf(() =>
        decide.recordPlanAgreement({ ...byProvider, providerAgb: '87654321' }, given(registered, goalSet)),
      ),
    ).toBe('PROVIDER_NOT_FOUND');
    expect(rejectionOf(() => decide.recordPlanAgreement(agreement, given(registered)))).toBe('GOAL_NOT_FOUND');
  });
  it('records by when an agreement is to be done; refuses a date that is not one, at dueOn', () => {
    const agreement = {
      agreementId: 'a2',
      description: 'Moeder belt de woningcorporatie',
      party: 'HUISHOUDEN' as const,
      memberIds: [],
      dueOn: '2026-07-01',
    };
    expect(decide.recordPlanAgreement(agreement, given(registered))).toEqual([
      { type: T.planAgreementRecorded, data: agreement },
    ]);
    let refused: unknown;
    try {
      decide.recordPlanAgreement({ ...agreement, dueOn: '1 juli' }, given(registered));
    } catch (error) {
      refused = error instanceof DomainRejection ? { code: error.code, field: error.details.field } : error;
    }
    expect(refused).toEqual({ code: 'BAD_USER_INPUT', field: 'dueOn' });
  });
});

describe('legal basis for sharing', () => {
  const basis = {
    basisId: 'b1',
    domain: 'JEUGD',
    grondslag: 'WETTELIJKE_TAAK' as const,
    wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
    toestemmingVastgelegdOp: '2026-05-01',
    memberIds: [zoon.memberId],
    validFrom: '2026-05-01',
    validUntil: '2027-05-01',
  };
  it('records a basis with its scope and end date', () => {
    expect(decide.recordSharingBasis(basis, given(registered))).toEqual([
      { type: T.sharingBasisRecorded, data: basis },
    ]);
  });
  it('rejects consent as the basis itself', () => {
    expect(
      rejectionOf(() => decide.recordSharingBasis({ ...basis, grondslag: 'TOESTEMMING' as never }, given(registered))),
    ).toBe('BAD_USER_INPUT');
  });
  it('rejects a missing article, an end before the start, an unknown member and an unknown domain', () => {
    expect(rejectionOf(() => decide.recordSharingBasis({ ...basis, wettelijkeBepaling: ' ' }, given(registered)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      rejectionOf(() => decide.recordSharingBasis({ ...basis, validUntil: '2026-01-01' }, given(registered))),
    ).toBe('BAD_USER_INPUT');
    expect(rejectionOf(() => decide.recordSharingBasis({ ...basis, memberIds: ['x'] }, given(registered)))).toBe(
      'MEMBER_NOT_FOUND',
    );
    expect(rejectionOf(() => decide.recordSharingBasis({ ...basis, domain: 'ONDERWIJS' }, given(registered)))).toBe(
      'BAD_USER_INPUT',
    );
  });
  it('ends a basis once', () => {
    const recorded = { type: T.sharingBasisRecorded, data: basis };
    const end = { basisId: 'b1', endedOn: '2026-06-01', reason: 'zorg beëindigd' };
    expect(decide.endSharingBasis(end, given(registered, recorded))).toEqual([
      { type: T.sharingBasisEnded, data: end },
    ]);
    expect(
      rejectionOf(() =>
        decide.endSharingBasis(end, given(registered, recorded, { type: T.sharingBasisEnded, data: end })),
      ),
    ).toBe('INVALID_STATE');
    expect(rejectionOf(() => decide.endSharingBasis(end, given(registered)))).toBe('ENTRY_NOT_FOUND');
  });
});

describe('closing and reopening', () => {
  const closed = { type: T.closed, data: { reason: 'doelen bereikt' } };
  it('accepts nothing but a reopen on a closed household', () => {
    const context = given(registered, closed);
    expect(
      rejectionOf(() => decideWithinHousehold('open-household', context, (c) => decide.addMember(newMember, c))),
    ).toBe('HOUSEHOLD_CLOSED');
    expect(
      decideWithinHousehold('reopens-household', context, (c) =>
        decide.reopenHousehold({ reason: 'nieuwe zorgen' }, c),
      ),
    ).toEqual([{ type: T.reopened, data: { reason: 'nieuwe zorgen' } }]);
  });
  it('rejects reopening an open household and anything on an unknown one', () => {
    expect(rejectionOf(() => decide.reopenHousehold({ reason: 'x' }, given(registered)))).toBe('INVALID_STATE');
    expect(
      rejectionOf(() => decideWithinHousehold('open-household', given(), () => decide.closeHousehold({ reason: 'x' }))),
    ).toBe('HOUSEHOLD_NOT_FOUND');
  });
});

describe('corrections and withdrawals (StatusAanlevering 2 and 3)', () => {
  const toewijzing = {
    type: 'jeugd.ToewijzingVastgelegd',
    data: { memberId: zoon.memberId, ingangsdatum: '2026-01-05' },
  };
  // history: e1 registered, e2 the toewijzing
  it('records a correction that refers to the entry, validated by its domain', () => {
    const command = { entryId: 'e2', reason: 'typfout', changes: { ingangsdatum: '2026-01-12' } };
    expect(decide.correctEntry(command, given(registered, toewijzing))).toEqual([
      {
        type: T.entryCorrected,
        data: {
          entryId: 'e2',
          entryType: 'jeugd.ToewijzingVastgelegd',
          domain: 'JEUGD',
          reason: 'typfout',
          changes: { ingangsdatum: '2026-01-12' },
          memberId: zoon.memberId,
        },
      },
    ]);
  });
  it('rejects a correction the domain does not allow, of an unknown entry, or of a household entry', () => {
    const context = given(registered, toewijzing);
    expect(
      rejectionOf(() =>
        decide.correctEntry({ entryId: 'e2', reason: 'x', changes: { productcategorie: '99' } }, context),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      rejectionOf(() =>
        decide.correctEntry({ entryId: 'e9', reason: 'x', changes: { ingangsdatum: '2026-01-01' } }, context),
      ),
    ).toBe('ENTRY_NOT_FOUND');
    expect(
      rejectionOf(() =>
        decide.correctEntry({ entryId: 'e1', reason: 'x', changes: { ingangsdatum: '2026-01-01' } }, context),
      ),
    ).toBe('BAD_USER_INPUT');
  });
  it('withdraws an entry once', () => {
    const withdrawn = {
      type: T.entryWithdrawn,
      data: {
        entryId: 'e2',
        entryType: 'jeugd.ToewijzingVastgelegd',
        domain: 'JEUGD',
        reason: 'dubbel',
        memberId: zoon.memberId,
      },
    };
    expect(decide.withdrawEntry({ entryId: 'e2', reason: 'dubbel' }, given(registered, toewijzing))).toEqual([
      withdrawn,
    ]);
    expect(
      rejectionOf(() => decide.withdrawEntry({ entryId: 'e2', reason: 'x' }, given(registered, toewijzing, withdrawn))),
    ).toBe('INVALID_STATE');
  });
});

describe('woonadres', () => {
  const registration = {
    householdId: FIXTURE_HOUSEHOLD_ID,
    gemeente: '0363',
    name: 'Familie De Vries',
    members: [moeder, vader, zoon, dochter],
  };
  const atHome = { postcode: '1234AB', huisnummer: 12 };
  const addressRecorded = (address: object) => ({ type: T.addressRecorded, data: { address } });

  /** The rejection a decider throws: its code and the field it names. */
  function refusal(decider: () => unknown): { code: string; field: unknown } {
    try {
      decider();
    } catch (error) {
      if (error instanceof DomainRejection) return { code: error.code, field: error.details.field };
      throw error;
    }
    throw new Error('expected the command to be rejected, but it was accepted');
  }

  it('is set at registration, normalised: postcode without space in capitals, huisletter and toevoeging too', () => {
    const address = { postcode: ' 1234 ab ', huisnummer: 12, huisletter: 'a', huisnummertoevoeging: ' bis ' };
    expect(decide.registerHousehold({ ...registration, address }, given())).toEqual([
      {
        ...registered,
        data: {
          ...(registered.data as object),
          address: { postcode: '1234AB', huisnummer: 12, huisletter: 'A', huisnummertoevoeging: 'BIS' },
        },
      },
    ]);
  });

  it('is optional at registration: without it the registration has no address', () => {
    expect(decide.registerHousehold({ ...registration, address: null }, given())).toEqual([registered]);
  });

  it('is recorded for an existing household and folds into its state; a move replaces it', () => {
    const moved = { postcode: '3011AA', huisnummer: 5, huisnummertoevoeging: '2' };
    expect(
      decide.recordAddress(
        { address: { postcode: '3011 aa', huisnummer: 5, huisnummertoevoeging: '2' } },
        given(registered),
      ),
    ).toEqual([addressRecorded(moved)]);
    expect(given(registered, addressRecorded(atHome), addressRecorded(moved)).state.core.address).toEqual(moved);
  });

  it('refuses to record the address the household already has', () => {
    expect(
      refusal(() =>
        decide.recordAddress(
          { address: { postcode: '1234 ab', huisnummer: 12 } },
          given(registered, addressRecorded(atHome)),
        ),
      ),
    ).toEqual({
      code: 'INVALID_STATE',
      field: 'address',
    });
  });

  it.each([
    ['a postcode of five digits', { postcode: '12345', huisnummer: 1 }, 'address.postcode'],
    ['a postcode starting with 0', { postcode: '0123 AB', huisnummer: 1 }, 'address.postcode'],
    ['a postcode with one letter', { postcode: '1234A', huisnummer: 1 }, 'address.postcode'],
    ['huisnummer 0', { postcode: '1234AB', huisnummer: 0 }, 'address.huisnummer'],
    ['huisnummer 100000', { postcode: '1234AB', huisnummer: 100_000 }, 'address.huisnummer'],
    ['a broken huisnummer', { postcode: '1234AB', huisnummer: 1.5 }, 'address.huisnummer'],
    ['two huisletters', { postcode: '1234AB', huisnummer: 1, huisletter: 'AB' }, 'address.huisletter'],
    ['a digit as huisletter', { postcode: '1234AB', huisnummer: 1, huisletter: '1' }, 'address.huisletter'],
    [
      'a long toevoeging',
      { postcode: '1234AB', huisnummer: 1, huisnummertoevoeging: 'HOOG3' },
      'address.huisnummertoevoeging',
    ],
    [
      'a toevoeging with a hyphen',
      { postcode: '1234AB', huisnummer: 1, huisnummertoevoeging: '-2' },
      'address.huisnummertoevoeging',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, at registration and later', (_case, address, field) => {
    expect(refusal(() => decide.registerHousehold({ ...registration, address }, given()))).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(refusal(() => decide.recordAddress({ address }, given(registered)))).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('cannot be recorded on a closed household or one that does not exist', () => {
    const command = { address: atHome };
    const closed = given(registered, { type: T.closed, data: { reason: 'Klaar' } });
    expect(
      rejectionOf(() => decideWithinHousehold('open-household', closed, (c) => decide.recordAddress(command, c))),
    ).toBe('HOUSEHOLD_CLOSED');
    expect(
      rejectionOf(() => decideWithinHousehold('open-household', given(), (c) => decide.recordAddress(command, c))),
    ).toBe('HOUSEHOLD_NOT_FOUND');
  });

  it('is gone from the state when the whole household is past its retention term', () => {
    const expired = {
      type: T.retentionExpired,
      data: { domains: [], wholeHousehold: true, memberIds: ['m-moeder'] },
    };
    expect(given(registered, addressRecorded(atHome)).state.core.address).toEqual(atHome);
    expect(given(registered, addressRecorded(atHome), expired).state.core.address).toBeUndefined();
  });

  it('an erased address (its key destroyed: placeholders) is no address', () => {
    const erased = addressRecorded({ postcode: 'gegevens verwijderd' });
    expect(given(registered, erased).state.core.address).toBeUndefined();
  });
});
