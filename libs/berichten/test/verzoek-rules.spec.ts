// 315/317 message-internal rules.
import { fixture } from './fixtures/files';
import { rejectionsOf } from './rejections';
import { withDuplicate, withElementAfter, withText, without } from './xml-tree';

const JW315 = fixture('jw315-verzoek-om-toewijzing.xml');
const WMO315 = fixture('wmo315-verzoek-om-toewijzing.xml');
const JW317 = fixture('jw317-verzoek-om-wijziging.xml');
const WMO317 = fixture('wmo317-verzoek-om-wijziging.xml');
const A1 = 'Client/AangevraagdeProducten/AangevraagdProduct[1]';
const A2 = 'Client/AangevraagdeProducten/AangevraagdProduct[2]';
const VERZOEK = 'Client/Verzoek';
const TE_WIJZIGEN = `${VERZOEK}/TeWijzigenProducten/TeWijzigenProduct[1]`;
const NIEUW = `${VERZOEK}/NieuweProducten/NieuwProduct[1]`;

describe('315 verzoek om toewijzing', () => {
  it('uses its own element names in the variant rules (CD076 on ToewijzingEinddatum, CS003)', () => {
    expect(rejectionsOf(without(JW315, `${A1}/ToewijzingEinddatum`))).toEqual([
      { code: 'EINDDATUM_REQUIRED', path: `${A1}/ToewijzingEinddatum`, rule: 'CD076' },
    ]);
    expect(rejectionsOf(withText(JW315, `${A1}/ToewijzingEinddatum`, '2026-03-01'))).toEqual([
      { code: 'EINDDATUM_BEFORE_BEGINDATUM', path: `${A1}/ToewijzingEinddatum`, rule: 'CS003' },
    ]);
  });

  it('CD095 and CS343: its own rule ids for omvang without code and the frequentie', () => {
    expect(rejectionsOf(without(JW315, `${A1}/Product/Code`))).toEqual([
      { code: 'OMVANG_NOT_ALLOWED', path: `${A1}/Omvang`, rule: 'CD095' },
    ]);
    const perDay = withText(withText(WMO315, `${A1}/Omvang/Eenheid`, '14'), `${A1}/Omvang/Frequentie`, '1');
    expect(rejectionsOf(perDay)).toEqual([
      { code: 'FREQUENTIE_NOT_ALLOWED', path: `${A1}/Omvang/Frequentie`, rule: 'CS343' },
    ]);
  });

  it('CD043: a beschikkingnummer goes with its ingangsdatum', () => {
    expect(rejectionsOf(withElementAfter(JW315, `${A1}/ReferentieAanbieder`, 'BeschikkingNummer', '2026001'))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${A1}/BeschikkingIngangsdatum`, rule: 'CD043' },
    ]);
    expect(rejectionsOf(withElementAfter(JW315, `${A1}/Product`, 'BeschikkingIngangsdatum', '2026-03-01'))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${A1}/BeschikkingIngangsdatum`, rule: 'CD043' },
    ]);
  });

  it('CD066, CD067, CD068: naam or zorgverlenercode of the verwijzer', () => {
    const verwijzer = `${A1}/Verwijzer`;
    expect(rejectionsOf(withElementAfter(JW315, `${verwijzer}/Type`, 'Naam', 'Dokter Visser'))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${verwijzer}/Naam`, rule: 'CD066' },
    ]);
    expect(rejectionsOf(without(JW315, `${verwijzer}/ZorgverlenerCode`))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${verwijzer}/Naam`, rule: 'CD067' },
    ]);
    expect(rejectionsOf(withElementAfter(WMO315, `${verwijzer}/Naam`, 'ZorgverlenerCode', '01234567'))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${verwijzer}/ZorgverlenerCode`, rule: 'CD068' },
    ]);
  });

  it('TR383: each referentie of the aanbieder once; TR386: no overlapping requests for the same product', () => {
    const twice = withDuplicate(JW315, A1);
    expect(rejectionsOf(twice)).toEqual([
      { code: 'DUPLICATE_KEY', path: `${A2}/ReferentieAanbieder`, rule: 'TR383' },
      { code: 'PRODUCT_PERIODS_OVERLAP', path: A1, rule: 'TR386' },
      { code: 'PRODUCT_PERIODS_OVERLAP', path: A2, rule: 'TR386' },
    ]);
    expect(rejectionsOf(withText(twice, `${A2}/ReferentieAanbieder`, 'VOT-2026-0043'))).toHaveLength(2);
  });
});

describe('317 verzoek om wijziging', () => {
  it('TR352: names the current toewijzingen; TR353: asks for some change', () => {
    expect(
      rejectionsOf(without(without(JW317, `${VERZOEK}/OngewijzigdeProducten`), `${VERZOEK}/TeWijzigenProducten`)),
    ).toEqual([
      { code: 'VERZOEK_EMPTY', path: VERZOEK, rule: 'TR352' },
      { code: 'VERZOEK_EMPTY', path: VERZOEK, rule: 'TR353' },
    ]);
    expect(rejectionsOf(without(WMO317, `${VERZOEK}/NieuweProducten`))).toEqual([
      { code: 'VERZOEK_EMPTY', path: VERZOEK, rule: 'TR353' },
    ]);
  });

  it('checks a TeWijzigenProduct: omvang or budget, einddatum after the gewenste ingangsdatum', () => {
    expect(rejectionsOf(withElementAfter(JW317, `${TE_WIJZIGEN}/Omvang`, 'Budget', '500'))).toEqual([
      { code: 'OMVANG_AND_BUDGET', path: `${TE_WIJZIGEN}/Budget`, rule: 'CD078' },
    ]);
    expect(rejectionsOf(withText(JW317, `${TE_WIJZIGEN}/Einddatum`, '2026-05-31'))).toEqual([
      { code: 'EINDDATUM_BEFORE_BEGINDATUM', path: `${TE_WIJZIGEN}/Einddatum`, rule: 'CS003' },
    ]);
  });

  it('checks a NieuwProduct (CD096, CD076) and overlaps between new products (TR410)', () => {
    expect(rejectionsOf(without(WMO317, `${NIEUW}/Product/Code`))).toEqual([
      { code: 'OMVANG_NOT_ALLOWED', path: `${NIEUW}/Omvang`, rule: 'CD096' },
    ]);
    expect(rejectionsOf(without(WMO317, `${NIEUW}/Einddatum`))).toEqual([
      { code: 'EINDDATUM_REQUIRED', path: `${NIEUW}/Einddatum`, rule: 'CD076' },
    ]);
    const overlapping = withText(
      withDuplicate(WMO317, NIEUW),
      `${VERZOEK}/NieuweProducten/NieuwProduct[2]/GewensteIngangsdatum`,
      '2026-08-01',
    );
    expect(rejectionsOf(overlapping)).toEqual([
      { code: 'PRODUCT_PERIODS_OVERLAP', path: NIEUW, rule: 'TR410' },
      { code: 'PRODUCT_PERIODS_OVERLAP', path: `${VERZOEK}/NieuweProducten/NieuwProduct[2]`, rule: 'TR410' },
    ]);
  });

  it('TR101: each toewijzingnummer once among the unchanged and once among the changed products', () => {
    expect(
      rejectionsOf(
        withText(WMO317, `${VERZOEK}/OngewijzigdeProducten/OngewijzigdProduct[2]/ToewijzingNummer`, '7000311'),
      ),
    ).toEqual([
      {
        code: 'DUPLICATE_KEY',
        path: `${VERZOEK}/OngewijzigdeProducten/OngewijzigdProduct[2]/ToewijzingNummer`,
        rule: 'TR101',
      },
    ]);
    expect(rejectionsOf(withDuplicate(JW317, TE_WIJZIGEN))).toEqual([
      {
        code: 'DUPLICATE_KEY',
        path: `${VERZOEK}/TeWijzigenProducten/TeWijzigenProduct[2]/ToewijzingNummer`,
        rule: 'TR101',
      },
    ]);
  });
});
