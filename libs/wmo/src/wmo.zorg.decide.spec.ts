import { rejectionOf, rejectionWithField } from '@regie/household';
import { WmoEventType, type ToewijzingVastgelegd } from './wmo.events';
import { recordWmoToewijzing, type RecordWmoToewijzing } from './wmo.zorg.decide';
import {
  BESLUIT_ID,
  besluitGenomen,
  given,
  meldingOntvangen,
  moeder,
  onderzoekAfgerond,
  thuiszorg,
  toewijzingVastgelegd,
  vader,
  withdrawn,
} from './test/wmo.fixtures';

describe('recordWmoToewijzing', () => {
  // The command that records the fixture's toewijzing, with a productcode.
  const stored = toewijzingVastgelegd({ productcode: '01A01' }).data as ToewijzingVastgelegd;
  const command: RecordWmoToewijzing = { ...stored, budget: null, besluitId: null };
  const afterBesluit = [meldingOntvangen(), onderzoekAfgerond(), besluitGenomen()];

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

  // The rules Wmo shares with Jeugd (member, provider, dates, variant, code lists, 9332) are specified once for both
  // profiles in libs/toewijzing/test/toewijzing.spec.ts; what follows is Wmo's own: the besluit it carries out.

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
      rejectionWithField(() =>
        recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID, memberId: vader.memberId }, given(afterBesluit)),
      ),
    ).toBe('BAD_USER_INPUT:besluitId');
    expect(
      rejectionWithField(() =>
        recordWmoToewijzing({ ...command, besluitId: BESLUIT_ID, productcategorie: '02' }, given(afterBesluit)),
      ),
    ).toBe('BAD_USER_INPUT:productcategorie');
  });
});
