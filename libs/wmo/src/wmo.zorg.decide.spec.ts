import { rejectionOf } from '@regie/household';
import { WmoEventType } from './wmo.events';
import {
  recordWmoToewijzing,
  recordWmoZorgStart,
  recordWmoZorgStop,
  type RecordWmoToewijzing,
} from './wmo.zorg.decide';
import {
  BESLUIT_ID,
  besluitGenomen,
  given,
  jeugdteam,
  meldingOntvangen,
  moeder,
  onderzoekAfgerond,
  thuiszorg,
  toewijzingVastgelegd,
  vader,
  withdrawn,
  zorgGestart,
  zorgGestopt,
} from './test/wmo.fixtures';

describe('recordWmoToewijzing', () => {
  const command: RecordWmoToewijzing = {
    memberId: moeder.memberId,
    providerAgb: thuiszorg.agbCode,
    toewijzingNummer: 'W1001',
    toewijzingsdatum: '2026-03-01',
    ingangsdatum: '2026-03-01',
    einddatum: '2026-12-31',
    productcategorie: '01',
    productcode: '01A01',
    omvang: { volume: 3, eenheid: '04', frequentie: '2' },
    budget: null,
    besluitId: null,
  };
  const afterBesluit = [meldingOntvangen(), onderzoekAfgerond(), besluitGenomen()];

  it('stores the price per eenheid with an omvang, and refuses it with a budget', () => {
    const [event] = recordWmoToewijzing({ ...command, tariefPerEenheid: 5_400 }, given([]));
    expect(event!.data).toMatchObject({ tariefPerEenheidCents: 5_400 });
    const budget = { ...command, omvang: null, budget: 120_000, tariefPerEenheid: 5_400 };
    expect(rejectionOf(() => recordWmoToewijzing(budget, given([])))).toBe('BAD_USER_INPUT');
  });

  it('records a specific toewijzing (as WMO301)', () => {
    expect(recordWmoToewijzing(command, given([]))).toEqual([
      {
        type: WmoEventType.toewijzingVastgelegd,
        data: {
          memberId: moeder.memberId,
          providerAgb: thuiszorg.agbCode,
          toewijzingNummer: 'W1001',
          toewijzingsdatum: '2026-03-01',
          ingangsdatum: '2026-03-01',
          einddatum: '2026-12-31',
          productcategorie: '01',
          productcode: '01A01',
          omvang: { volume: 3, eenheid: '04', frequentie: '2' },
        },
        occurredAt: '2026-03-01',
      },
    ]);
  });

  it('records an aspecific toewijzing with a budget that carries out a toekenning', () => {
    const budget = {
      ...command,
      einddatum: undefined,
      productcode: undefined,
      omvang: undefined,
      budget: 125_000,
      besluitId: BESLUIT_ID,
    };
    expect(recordWmoToewijzing(budget, given(afterBesluit))).toEqual([
      {
        type: WmoEventType.toewijzingVastgelegd,
        data: {
          memberId: moeder.memberId,
          providerAgb: thuiszorg.agbCode,
          toewijzingNummer: 'W1001',
          toewijzingsdatum: '2026-03-01',
          ingangsdatum: '2026-03-01',
          productcategorie: '01',
          budget: 125_000,
          besluitId: BESLUIT_ID,
        },
        occurredAt: '2026-03-01',
      },
    ]);
  });

  it('rejects a person outside the household', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, memberId: 'm-buurman' }, given([])))).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it('rejects an unknown provider', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, providerAgb: '11111111' }, given([])))).toBe(
      'PROVIDER_NOT_FOUND',
    );
  });

  it('rejects a provider that is not registered for Wmo', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, providerAgb: jeugdteam.agbCode }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a badly formed toewijzingNummer', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, toewijzingNummer: 'W-1' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a toewijzingsdatum in the future', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, toewijzingsdatum: '2026-06-16' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects an einddatum before the ingangsdatum', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, einddatum: '2026-02-28' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a productcategorie outside WMO020 and a malformed productcode', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, productcategorie: '45' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, productcode: '01A' }, given([])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects both an omvang and a budget', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, budget: 10_000 }, given([])))).toBe('BAD_USER_INPUT');
  });

  it('rejects an omvang with an eenheid outside WJ756 or a frequentie outside WMO757', () => {
    const eenheid = { ...command, omvang: { volume: 3, eenheid: '99', frequentie: '2' } };
    expect(rejectionOf(() => recordWmoToewijzing(eenheid, given([])))).toBe('BAD_USER_INPUT');
    const frequentie = { ...command, omvang: { volume: 3, eenheid: '04', frequentie: '3' } };
    expect(rejectionOf(() => recordWmoToewijzing(frequentie, given([])))).toBe('BAD_USER_INPUT');
  });

  it('rejects a weekly omvang without einddatum', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, einddatum: null }, given([])))).toBe('BAD_USER_INPUT');
  });

  it('rejects a toewijzingNummer used before within Wmo, even by a withdrawn toewijzing (iWmo 9332)', () => {
    expect(rejectionOf(() => recordWmoToewijzing(command, given([toewijzingVastgelegd()])))).toBe(
      'DUPLICATE_TOEWIJZINGNUMMER',
    );
    const history = [toewijzingVastgelegd(), withdrawn('e2', WmoEventType.toewijzingVastgelegd)];
    expect(rejectionOf(() => recordWmoToewijzing(command, given(history)))).toBe('DUPLICATE_TOEWIJZINGNUMMER');
  });

  it('rejects an unknown or withdrawn besluit', () => {
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID }, given([])))).toBe(
      'ENTRY_NOT_FOUND',
    );
    const history = [...afterBesluit, withdrawn('e4', WmoEventType.besluitGenomen)];
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID }, given(history)))).toBe(
      'ENTRY_NOT_FOUND',
    );
  });

  it('rejects a besluit that did not grant anything', () => {
    const history = [meldingOntvangen(), onderzoekAfgerond(), besluitGenomen({ uitkomst: 'AFGEWEZEN' })];
    expect(rejectionOf(() => recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID }, given(history)))).toBe(
      'INVALID_STATE',
    );
  });

  it('rejects a besluit for another person or another productcategorie', () => {
    expect(
      rejectionOf(() =>
        recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID, memberId: vader.memberId }, given(afterBesluit)),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      rejectionOf(() =>
        recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID, productcategorie: '02' }, given(afterBesluit)),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('recordWmoZorgStart', () => {
  const command = { toewijzingNummer: 'W1001', begindatum: '2026-03-09' };

  it('records the start (as WMO305) with member, provider and product of the toewijzing', () => {
    expect(recordWmoZorgStart(command, given([toewijzingVastgelegd({ productcode: '01A01' })]))).toEqual([
      {
        type: WmoEventType.zorgGestart,
        data: {
          toewijzingNummer: 'W1001',
          memberId: moeder.memberId,
          providerAgb: thuiszorg.agbCode,
          productcategorie: '01',
          productcode: '01A01',
          begindatum: '2026-03-09',
        },
        occurredAt: '2026-03-09',
      },
    ]);
  });

  it('rejects an unknown toewijzing', () => {
    expect(rejectionOf(() => recordWmoZorgStart(command, given([])))).toBe('TOEWIJZING_NOT_FOUND');
  });

  it('rejects a withdrawn toewijzing', () => {
    const history = [toewijzingVastgelegd(), withdrawn('e2', WmoEventType.toewijzingVastgelegd)];
    expect(rejectionOf(() => recordWmoZorgStart(command, given(history)))).toBe('TOEWIJZING_NOT_FOUND');
  });

  it('rejects a second start of running support', () => {
    expect(rejectionOf(() => recordWmoZorgStart(command, given([toewijzingVastgelegd(), zorgGestart()])))).toBe(
      'INVALID_STATE',
    );
  });

  it('accepts a new period after a stop, but not one that overlaps it', () => {
    const history = [toewijzingVastgelegd(), zorgGestart(), zorgGestopt()];
    expect(recordWmoZorgStart({ ...command, begindatum: '2026-06-01' }, given(history))).toHaveLength(1);
    expect(rejectionOf(() => recordWmoZorgStart({ ...command, begindatum: '2026-05-31' }, given(history)))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a begindatum outside the toewijzing (iWmo 9307/9308)', () => {
    expect(
      rejectionOf(() => recordWmoZorgStart({ ...command, begindatum: '2026-02-28' }, given([toewijzingVastgelegd()]))),
    ).toBe('BAD_USER_INPUT');
    const ended = toewijzingVastgelegd({ omvang: undefined, einddatum: '2026-04-30' });
    expect(rejectionOf(() => recordWmoZorgStart({ ...command, begindatum: '2026-05-01' }, given([ended])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a begindatum in the future', () => {
    expect(
      rejectionOf(() => recordWmoZorgStart({ ...command, begindatum: '2026-06-16' }, given([toewijzingVastgelegd()]))),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('recordWmoZorgStop', () => {
  const command = { toewijzingNummer: 'W1001', einddatum: '2026-05-31', redenBeeindiging: '19' };
  const running = [toewijzingVastgelegd(), zorgGestart()];

  it('records the stop (as WMO307) of the running period', () => {
    expect(recordWmoZorgStop(command, given(running))).toEqual([
      {
        type: WmoEventType.zorgGestopt,
        data: {
          toewijzingNummer: 'W1001',
          memberId: moeder.memberId,
          providerAgb: thuiszorg.agbCode,
          productcategorie: '01',
          begindatum: '2026-03-09',
          einddatum: '2026-05-31',
          redenBeeindiging: '19',
        },
        occurredAt: '2026-05-31',
      },
    ]);
  });

  it('rejects an unknown toewijzing', () => {
    expect(rejectionOf(() => recordWmoZorgStop(command, given([])))).toBe('TOEWIJZING_NOT_FOUND');
  });

  it('rejects a stop of support that has not started', () => {
    expect(rejectionOf(() => recordWmoZorgStop(command, given([toewijzingVastgelegd()])))).toBe('INVALID_STATE');
  });

  it('rejects a stop whose start was withdrawn', () => {
    const history = [...running, withdrawn('e3', WmoEventType.zorgGestart)];
    expect(rejectionOf(() => recordWmoZorgStop(command, given(history)))).toBe('INVALID_STATE');
  });

  it('rejects a second stop', () => {
    expect(rejectionOf(() => recordWmoZorgStop(command, given([...running, zorgGestopt()])))).toBe('INVALID_STATE');
  });

  it('rejects an einddatum before the begindatum, after the toewijzing, or in the future', () => {
    expect(rejectionOf(() => recordWmoZorgStop({ ...command, einddatum: '2026-03-08' }, given(running)))).toBe(
      'BAD_USER_INPUT',
    );
    const short = [toewijzingVastgelegd({ einddatum: '2026-04-30' }), zorgGestart()];
    expect(rejectionOf(() => recordWmoZorgStop(command, given(short)))).toBe('BAD_USER_INPUT');
    expect(rejectionOf(() => recordWmoZorgStop({ ...command, einddatum: '2026-06-16' }, given(running)))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a redenBeeindiging outside WMO588', () => {
    expect(rejectionOf(() => recordWmoZorgStop({ ...command, redenBeeindiging: '32' }, given(running)))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
