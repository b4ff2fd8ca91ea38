import { HouseholdEventType, rejectionOf, type DomainRejection } from '@regie/household';
import { recordWmoBesluit, recordWmoMelding, recordWmoOnderzoek, type RecordWmoOnderzoek } from './wmo.decide';
import { WmoEventType } from './wmo.events';
import {
  BESLUIT_ID,
  MELDING_ID,
  alleRungs,
  besluitGenomen,
  given,
  meldingOntvangen,
  moeder,
  onderzoekAfgerond,
  rung,
  trede,
  withdrawn,
} from './test/wmo.fixtures';

/** The rejection itself, to look at its details (which field it names). */
function rejection(decide: () => unknown): DomainRejection {
  try {
    decide();
  } catch (error) {
    return error as DomainRejection;
  }
  throw new Error('expected a rejection');
}

describe('recordWmoMelding', () => {
  const command = {
    meldingId: MELDING_ID,
    memberId: moeder.memberId,
    meldingsdatum: '2026-01-18',
    hulpvraag: '  Kan het huishouden niet meer aan  ',
  };

  it('records the melding with the deadline of the onderzoek six weeks later, on a working day (Atw)', () => {
    expect(recordWmoMelding(command, given([]))).toEqual([
      {
        type: WmoEventType.meldingOntvangen,
        data: {
          meldingId: MELDING_ID,
          memberId: moeder.memberId,
          meldingsdatum: '2026-01-18',
          // Six weeks is Sunday 1 March: the Algemene termijnenwet moves the end to Monday.
          onderzoekUiterlijk: '2026-03-02',
          hulpvraag: 'Kan het huishouden niet meer aan',
        },
        occurredAt: '2026-01-18',
      },
    ]);
  });

  it('counts the 42 days across a month end and a leap day', () => {
    const [event] = recordWmoMelding({ ...command, meldingsdatum: '2024-02-01' }, given([], '2026-06-15'));
    expect((event!.data as { onderzoekUiterlijk: string }).onderzoekUiterlijk).toBe('2024-03-14');
  });

  it('rejects a person outside the household', () => {
    expect(rejectionOf(() => recordWmoMelding({ ...command, memberId: 'm-buurman' }, given([])))).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it('rejects a meldingsdatum in the future', () => {
    expect(rejectionOf(() => recordWmoMelding({ ...command, meldingsdatum: '2026-06-16' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a meldingsdatum that is no date', () => {
    expect(rejectionOf(() => recordWmoMelding({ ...command, meldingsdatum: '2026-02-30' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects an empty hulpvraag', () => {
    expect(rejectionOf(() => recordWmoMelding({ ...command, hulpvraag: '   ' }, given([])))).toBe('BAD_USER_INPUT');
  });

  it('rejects a missing meldingId', () => {
    expect(rejectionOf(() => recordWmoMelding({ ...command, meldingId: '' }, given([])))).toBe('BAD_USER_INPUT');
  });

  it('rejects a meldingId that was used before, even by a withdrawn melding', () => {
    expect(rejectionOf(() => recordWmoMelding(command, given([meldingOntvangen()])))).toBe('INVALID_STATE');
    const history = [meldingOntvangen(), withdrawn('e2', WmoEventType.meldingOntvangen)];
    expect(rejectionOf(() => recordWmoMelding(command, given(history)))).toBe('INVALID_STATE');
  });
});

describe('recordWmoOnderzoek', () => {
  const command: RecordWmoOnderzoek = {
    meldingId: MELDING_ID,
    afgerondOp: '2026-02-12',
    keukentafelgesprekOp: '2026-02-10',
    eigenKracht: { considered: true, sufficient: 'DEELS', toelichting: ' kan lichte taken zelf ' },
    gebruikelijkeHulp: { considered: true, sufficient: 'NEE', toelichting: '' },
    mantelzorg: { considered: true, sufficient: 'NEE' },
    sociaalNetwerk: { considered: false, sufficient: 'NEE', toelichting: null },
    algemeneVoorziening: { considered: true, sufficient: 'JA', toelichting: 'schoonmaakdienst via de wijk' },
    conclusie: 'ALGEMENE_VOORZIENING',
  };

  it('records what was found on every rung of the ladder, and the conclusion', () => {
    expect(recordWmoOnderzoek(command, given([meldingOntvangen()]))).toEqual([
      {
        type: WmoEventType.onderzoekAfgerond,
        data: {
          meldingId: MELDING_ID,
          memberId: moeder.memberId,
          afgerondOp: '2026-02-12',
          keukentafelgesprekOp: '2026-02-10',
          // Copied from the melding as it was recorded (the fixture's, from before the Atw).
          onderzoekUiterlijk: '2026-03-01',
          eigenKracht: { overwogen: true, toereikend: 'DEELS', toelichting: 'kan lichte taken zelf' },
          gebruikelijkeHulp: { overwogen: true, toereikend: 'NEE' },
          mantelzorg: { overwogen: true, toereikend: 'NEE' },
          sociaalNetwerk: { overwogen: false, toereikend: 'NEE' },
          algemeneVoorziening: { overwogen: true, toereikend: 'JA', toelichting: 'schoonmaakdienst via de wijk' },
          conclusie: 'ALGEMENE_VOORZIENING',
        },
        occurredAt: '2026-02-12',
      },
    ]);
  });

  it('accepts MAATWERKVOORZIENING_NODIG when every rung was weighed and none suffices', () => {
    const maatwerk = { ...command, ...alleRungs('DEELS'), keukentafelgesprekOp: undefined };
    const [event] = recordWmoOnderzoek(
      { ...maatwerk, conclusie: 'MAATWERKVOORZIENING_NODIG' },
      given([meldingOntvangen()]),
    );
    expect(event!.data).toMatchObject({ conclusie: 'MAATWERKVOORZIENING_NODIG', mantelzorg: trede('DEELS') });
    expect(event!.data).not.toHaveProperty('keukentafelgesprekOp');
  });

  it('rejects MAATWERKVOORZIENING_NODIG when a rung was not weighed, naming the rung', () => {
    const error = rejection(() =>
      recordWmoOnderzoek({ ...command, conclusie: 'MAATWERKVOORZIENING_NODIG' }, given([meldingOntvangen()])),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'sociaalNetwerk.considered' });
    expect(error.message).toContain('sociaal netwerk');
  });

  it('rejects MAATWERKVOORZIENING_NODIG when a rung suffices, naming the rung', () => {
    const error = rejection(() =>
      recordWmoOnderzoek(
        { ...command, ...alleRungs('NEE'), mantelzorg: rung('JA'), conclusie: 'MAATWERKVOORZIENING_NODIG' },
        given([meldingOntvangen()]),
      ),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'mantelzorg.sufficient' });
    expect(error.message).toContain('mantelzorg');
  });

  it('rejects a skipped rung, naming it', () => {
    const skipped = { ...command, gebruikelijkeHulp: undefined } as unknown as RecordWmoOnderzoek;
    const error = rejection(() => recordWmoOnderzoek(skipped, given([meldingOntvangen()])));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'gebruikelijkeHulp' });
  });

  it('rejects a rung without considered', () => {
    const bad = { ...command, mantelzorg: { sufficient: 'NEE' } } as unknown as RecordWmoOnderzoek;
    expect(rejectionOf(() => recordWmoOnderzoek(bad, given([meldingOntvangen()])))).toBe('BAD_USER_INPUT');
  });

  it('rejects a sufficient that is not JA, DEELS or NEE', () => {
    const bad = { ...command, eigenKracht: { considered: true, sufficient: 'MISSCHIEN' } };
    expect(rejectionOf(() => recordWmoOnderzoek(bad, given([meldingOntvangen()])))).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown conclusie', () => {
    expect(rejectionOf(() => recordWmoOnderzoek({ ...command, conclusie: 'PGB' }, given([meldingOntvangen()])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects an unknown melding', () => {
    expect(rejectionOf(() => recordWmoOnderzoek(command, given([])))).toBe('ENTRY_NOT_FOUND');
  });

  it('rejects a withdrawn melding', () => {
    const history = [meldingOntvangen(), withdrawn('e2', WmoEventType.meldingOntvangen)];
    expect(rejectionOf(() => recordWmoOnderzoek(command, given(history)))).toBe('ENTRY_NOT_FOUND');
  });

  it('rejects a second onderzoek of the same melding', () => {
    expect(rejectionOf(() => recordWmoOnderzoek(command, given([meldingOntvangen(), onderzoekAfgerond()])))).toBe(
      'INVALID_STATE',
    );
  });

  it('accepts a new onderzoek once the earlier one was withdrawn', () => {
    const history = [meldingOntvangen(), onderzoekAfgerond(), withdrawn('e3', WmoEventType.onderzoekAfgerond)];
    expect(recordWmoOnderzoek(command, given(history))).toHaveLength(1);
  });

  it('rejects when the person left the household', () => {
    const history = [
      meldingOntvangen(),
      { type: HouseholdEventType.memberRemoved, data: { memberId: moeder.memberId, reason: 'verhuisd' } },
    ];
    expect(rejectionOf(() => recordWmoOnderzoek(command, given(history)))).toBe('MEMBER_NOT_FOUND');
  });

  it('rejects an onderzoek completed before the melding', () => {
    const early = { ...command, afgerondOp: '2026-01-17', keukentafelgesprekOp: undefined };
    expect(rejectionOf(() => recordWmoOnderzoek(early, given([meldingOntvangen()])))).toBe('BAD_USER_INPUT');
  });

  it('rejects an afgerondOp in the future', () => {
    expect(
      rejectionOf(() => recordWmoOnderzoek({ ...command, afgerondOp: '2026-06-16' }, given([meldingOntvangen()]))),
    ).toBe('BAD_USER_INPUT');
  });

  it('rejects a keukentafelgesprek after the onderzoek was done or before the melding', () => {
    const late = { ...command, keukentafelgesprekOp: '2026-02-13' };
    expect(rejectionOf(() => recordWmoOnderzoek(late, given([meldingOntvangen()])))).toBe('BAD_USER_INPUT');
    const early = { ...command, keukentafelgesprekOp: '2026-01-10' };
    expect(rejectionOf(() => recordWmoOnderzoek(early, given([meldingOntvangen()])))).toBe('BAD_USER_INPUT');
  });
});

describe('recordWmoBesluit', () => {
  const command = {
    besluitId: BESLUIT_ID,
    meldingId: MELDING_ID,
    besluitdatum: '2026-02-20',
    uitkomst: 'TOEGEKEND',
    productcategorie: '02',
    motivering: ' Begeleiding nodig bij het plannen van de dag ',
  };
  const afterOnderzoek = () => given([meldingOntvangen(), onderzoekAfgerond()]);

  it('records a toekenning', () => {
    expect(recordWmoBesluit(command, afterOnderzoek())).toEqual([
      {
        type: WmoEventType.besluitGenomen,
        data: {
          besluitId: BESLUIT_ID,
          meldingId: MELDING_ID,
          memberId: moeder.memberId,
          besluitdatum: '2026-02-20',
          uitkomst: 'TOEGEKEND',
          productcategorie: '02',
          motivering: 'Begeleiding nodig bij het plannen van de dag',
          afweging: { lowerRungsConsidered: true, alternatives: [] },
        },
        occurredAt: '2026-02-20',
      },
    ]);
  });

  it('takes the lower rungs from the onderzoek of the melding, not from a household afweging', () => {
    const skipped = onderzoekAfgerond({
      conclusie: 'GEEN_ONDERSTEUNING_NODIG',
      sociaalNetwerk: { overwogen: false, toereikend: 'NEE' },
    });
    const [event] = recordWmoBesluit(command, given([meldingOntvangen(), skipped]));
    expect(event!.data).toMatchObject({ afweging: { lowerRungsConsidered: false, alternatives: [] } });
  });

  it('needs a reason for a toekenning when the catalogue lists alternatives for the productcategorie', () => {
    const alternatives = [{ voorzieningId: 'vv-2', naam: 'Buurtkamer De Schakel' }];
    const context = given([meldingOntvangen(), onderzoekAfgerond()], undefined, alternatives);
    expect(rejectionOf(() => recordWmoBesluit(command, context))).toBe('ALTERNATIVE_REASON_REQUIRED');
    const reason = 'De buurtkamer biedt geen begeleiding aan huis';
    const [event] = recordWmoBesluit({ ...command, redenGeenAlternatief: reason }, context);
    expect(event!.data).toMatchObject({
      afweging: { lowerRungsConsidered: true, alternatives, reasonNoAlternative: reason },
    });
  });

  it('records a verwijzing naar een algemene voorziening', () => {
    const verwijzing = {
      ...command,
      uitkomst: 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING',
      productcategorie: null,
      algemeneVoorziening: ' Buurtkamer De Schakel ',
    };
    expect(recordWmoBesluit(verwijzing, afterOnderzoek())).toEqual([
      {
        type: WmoEventType.besluitGenomen,
        data: {
          besluitId: BESLUIT_ID,
          meldingId: MELDING_ID,
          memberId: moeder.memberId,
          besluitdatum: '2026-02-20',
          uitkomst: 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING',
          algemeneVoorziening: 'Buurtkamer De Schakel',
          motivering: 'Begeleiding nodig bij het plannen van de dag',
        },
        occurredAt: '2026-02-20',
      },
    ]);
  });

  it('rejects an unknown melding', () => {
    expect(rejectionOf(() => recordWmoBesluit(command, given([])))).toBe('ENTRY_NOT_FOUND');
  });

  it('rejects a melding whose onderzoek is not done', () => {
    expect(rejectionOf(() => recordWmoBesluit(command, given([meldingOntvangen()])))).toBe('INVALID_STATE');
  });

  it('rejects a melding whose onderzoek was withdrawn', () => {
    const history = [meldingOntvangen(), onderzoekAfgerond(), withdrawn('e3', WmoEventType.onderzoekAfgerond)];
    expect(rejectionOf(() => recordWmoBesluit(command, given(history)))).toBe('INVALID_STATE');
  });

  it('rejects a second besluit on the same melding', () => {
    const history = [meldingOntvangen(), onderzoekAfgerond(), besluitGenomen({ besluitId: 'ander-besluit' })];
    expect(rejectionOf(() => recordWmoBesluit(command, given(history)))).toBe('INVALID_STATE');
  });

  it('rejects a besluitId that was used before', () => {
    const history = [
      meldingOntvangen(),
      onderzoekAfgerond(),
      besluitGenomen(),
      withdrawn('e4', WmoEventType.besluitGenomen),
    ];
    expect(rejectionOf(() => recordWmoBesluit(command, given(history)))).toBe('INVALID_STATE');
    expect(recordWmoBesluit({ ...command, besluitId: 'nieuw-besluit' }, given(history))).toHaveLength(1);
  });

  it('rejects a toekenning without productcategorie', () => {
    const error = rejection(() => recordWmoBesluit({ ...command, productcategorie: undefined }, afterOnderzoek()));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'productcategorie' });
  });

  it('rejects a verwijzing that does not name the algemene voorziening', () => {
    const verwijzing = { ...command, uitkomst: 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING', algemeneVoorziening: ' ' };
    const error = rejection(() => recordWmoBesluit(verwijzing, afterOnderzoek()));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'algemeneVoorziening' });
  });

  it('rejects an unknown uitkomst', () => {
    expect(rejectionOf(() => recordWmoBesluit({ ...command, uitkomst: 'MISSCHIEN' }, afterOnderzoek()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a productcategorie outside WMO020', () => {
    expect(rejectionOf(() => recordWmoBesluit({ ...command, productcategorie: '45' }, afterOnderzoek()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a besluitdatum before the onderzoek was done, or in the future', () => {
    expect(rejectionOf(() => recordWmoBesluit({ ...command, besluitdatum: '2026-02-11' }, afterOnderzoek()))).toBe(
      'BAD_USER_INPUT',
    );
    expect(rejectionOf(() => recordWmoBesluit({ ...command, besluitdatum: '2026-06-16' }, afterOnderzoek()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a besluit without motivering', () => {
    expect(rejectionOf(() => recordWmoBesluit({ ...command, motivering: '' }, afterOnderzoek()))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
