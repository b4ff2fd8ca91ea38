import { rejectionOf, type DomainRejection } from '@regie/household';
import { endVoorziening, registerVoorziening, updateVoorziening } from './catalogue.decide';
import { evolve } from './catalogue.state';
import { VoorliggendVeldEventType as T } from './voorziening.events';
import {
  BUDGETCOACH_ID,
  KNOWN,
  TAALCAFE_ID,
  beeindigd,
  budgetcoach,
  given,
  opgenomen,
} from './test/catalogue.fixtures';

function rejection(decide: () => unknown): DomainRejection {
  try {
    decide();
  } catch (error) {
    return error as DomainRejection;
  }
  throw new Error('expected a rejection');
}

describe('registerVoorziening', () => {
  it('records the entry with trimmed text and de-duplicated replaces', () => {
    const events = registerVoorziening(
      given([]),
      {
        ...budgetcoach,
        naam: '  Budgetcoach ',
        replaces: [...budgetcoach.replaces, { domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }],
        contact: { telefoon: ' 030 700 1234 ', email: '' },
        capaciteit: { plaatsen: 8, per: 'MAAND' },
        wachttijdDagen: 21,
      },
      KNOWN,
    );
    expect(events).toEqual([
      {
        type: T.opgenomen,
        data: {
          ...budgetcoach,
          naam: 'Budgetcoach',
          contact: { telefoon: '030 700 1234' },
          capaciteit: { plaatsen: 8, per: 'MAAND' },
          wachttijdDagen: 21,
        },
      },
    ]);
  });

  it('accepts Jeugd and Wmo categories of two digits and both Werk & Inkomen trajectories', () => {
    const replaces = [
      { domain: 'JEUGD', category: '45' },
      { domain: 'WMO', category: '07' },
      { domain: 'WERK_EN_INKOMEN', category: 'REINTEGRATIE' },
    ];
    const [event] = registerVoorziening(given([]), { ...budgetcoach, replaces }, KNOWN);
    expect((event!.data as { replaces: unknown }).replaces).toEqual(replaces);
  });

  it.each([
    ['an unknown domain', [{ domain: 'WONEN', category: '01' }], 'replaces.domain'],
    ['a Wmo category that is not two digits', [{ domain: 'WMO', category: '1' }], 'replaces.category'],
    ['a Jeugd category that is a word', [{ domain: 'JEUGD', category: 'AMBULANT' }], 'replaces.category'],
    [
      'an unknown Werk & Inkomen trajectory',
      [{ domain: 'WERK_EN_INKOMEN', category: 'BIJSTAND' }],
      'replaces.category',
    ],
    ['nothing it replaces', [], 'replaces'],
  ])('rejects %s', (_case, replaces, field) => {
    const refused = rejection(() => registerVoorziening(given([]), { ...budgetcoach, replaces }, KNOWN));
    expect([refused.code, refused.details.field]).toEqual(['BAD_USER_INPUT', field]);
  });

  it('rejects a naam already offered in the gemeente, ignoring case and spaces', () => {
    const refused = rejection(() =>
      registerVoorziening(
        given([opgenomen()]),
        { ...budgetcoach, voorzieningId: TAALCAFE_ID, naam: ' budgetCOACH' },
        KNOWN,
      ),
    );
    expect([refused.code, refused.details.field]).toEqual(['BAD_USER_INPUT', 'naam']);
  });

  it('allows the naam of an ended entry again', () => {
    const events = registerVoorziening(
      given([opgenomen(), beeindigd()]),
      { ...budgetcoach, voorzieningId: TAALCAFE_ID },
      KNOWN,
    );
    expect(events).toHaveLength(1);
  });

  it('rejects an id that is already in the catalogue', () => {
    expect(rejectionOf(() => registerVoorziening(given([opgenomen()]), { ...budgetcoach, naam: 'Ander' }, KNOWN))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it.each([
    ['no contact', { contact: {} }, 'contact'],
    ['a bad e-mail address', { contact: { email: 'geen-adres' } }, 'contact.email'],
    ['an empty naam', { naam: '   ' }, 'naam'],
    ['empty voorwaarden', { voorwaarden: '' }, 'voorwaarden'],
    ['geldigVanaf that is no date', { geldigVanaf: '2026-02-30' }, 'geldigVanaf'],
    ['zero plaatsen', { capaciteit: { plaatsen: 0, per: 'WEEK' as const } }, 'capaciteit.plaatsen'],
    ['a negative wachttijd', { wachttijdDagen: -1 }, 'wachttijdDagen'],
  ])('rejects %s', (_case, change, field) => {
    const refused = rejection(() => registerVoorziening(given([]), { ...budgetcoach, ...change }, KNOWN));
    expect([refused.code, refused.details.field]).toEqual(['BAD_USER_INPUT', field]);
  });
});

describe('updateVoorziening', () => {
  it('records only the fields that change', () => {
    const events = updateVoorziening(
      given([opgenomen()]),
      { voorzieningId: BUDGETCOACH_ID, naam: 'Budgetcoach', voorwaarden: 'Alleen op afspraak.', wachttijdDagen: 7 },
      KNOWN,
    );
    expect(events).toEqual([
      {
        type: T.gewijzigd,
        data: { voorzieningId: BUDGETCOACH_ID, voorwaarden: 'Alleen op afspraak.', wachttijdDagen: 7 },
      },
    ]);
  });

  it('clears an optional field with null, and the fold drops it', () => {
    const state = given([opgenomen({ ...budgetcoach, capaciteit: { plaatsen: 5, per: 'WEEK' } })]);
    const events = updateVoorziening(state, { voorzieningId: BUDGETCOACH_ID, capaciteit: null }, KNOWN);
    expect(events).toEqual([{ type: T.gewijzigd, data: { voorzieningId: BUDGETCOACH_ID, capaciteit: null } }]);
    const after = evolve(state, events[0]!).entries.get(BUDGETCOACH_ID)!;
    expect('capaciteit' in after).toBe(false);
    expect(after.naam).toBe('Budgetcoach');
  });

  it('rejects a change that changes nothing', () => {
    expect(
      rejectionOf(() =>
        updateVoorziening(given([opgenomen()]), { voorzieningId: BUDGETCOACH_ID, naam: 'Budgetcoach' }, KNOWN),
      ),
    ).toBe('INVALID_STATE');
  });

  it('rejects renaming to the naam of another entry', () => {
    const state = given([opgenomen(), opgenomen({ ...budgetcoach, voorzieningId: TAALCAFE_ID, naam: 'Taalcafé' })]);
    expect(
      rejectionOf(() => updateVoorziening(state, { voorzieningId: TAALCAFE_ID, naam: 'budgetcoach' }, KNOWN)),
    ).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown entry', () => {
    expect(rejectionOf(() => updateVoorziening(given([]), { voorzieningId: BUDGETCOACH_ID, naam: 'X' }, KNOWN))).toBe(
      'ENTRY_NOT_FOUND',
    );
  });

  it('rejects a change to an ended entry', () => {
    expect(
      rejectionOf(() =>
        updateVoorziening(given([opgenomen(), beeindigd()]), { voorzieningId: BUDGETCOACH_ID, naam: 'X' }, KNOWN),
      ),
    ).toBe('INVALID_STATE');
  });

  it('validates new replaces like a registration', () => {
    expect(
      rejectionOf(() =>
        updateVoorziening(
          given([opgenomen()]),
          { voorzieningId: BUDGETCOACH_ID, replaces: [{ domain: 'WMO', category: 'huishouden' }] },
          KNOWN,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('endVoorziening', () => {
  it('records the end with its reason', () => {
    expect(
      endVoorziening(given([opgenomen()]), {
        voorzieningId: BUDGETCOACH_ID,
        beeindigdPer: '2026-07-01',
        reden: ' Subsidie gestopt ',
      }),
    ).toEqual([beeindigd()]);
  });

  it('rejects ending an entry twice', () => {
    expect(
      rejectionOf(() =>
        endVoorziening(given([opgenomen(), beeindigd()]), {
          voorzieningId: BUDGETCOACH_ID,
          beeindigdPer: '2026-08-01',
          reden: 'Nogmaals',
        }),
      ),
    ).toBe('INVALID_STATE');
  });

  it('rejects an end before geldigVanaf', () => {
    const refused = rejection(() =>
      endVoorziening(given([opgenomen()]), { voorzieningId: BUDGETCOACH_ID, beeindigdPer: '2025-12-31', reden: 'x' }),
    );
    expect([refused.code, refused.details.field]).toEqual(['BAD_USER_INPUT', 'beeindigdPer']);
  });

  it('rejects an end without a reason', () => {
    expect(
      rejectionOf(() =>
        endVoorziening(given([opgenomen()]), { voorzieningId: BUDGETCOACH_ID, beeindigdPer: '2026-07-01', reden: ' ' }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('evolve', () => {
  it('folds a registration, a change and an end into one entry', () => {
    const state = given([
      opgenomen(),
      { type: T.gewijzigd, data: { voorzieningId: BUDGETCOACH_ID, organisatie: 'Humanitas Utrecht' } },
      beeindigd(),
    ]);
    expect(state.entries.get(BUDGETCOACH_ID)).toEqual({
      ...budgetcoach,
      organisatie: 'Humanitas Utrecht',
      beeindigdPer: '2026-07-01',
      reden: 'Subsidie gestopt',
    });
  });
});
