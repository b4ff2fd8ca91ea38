// JW301/WMO301 message-internal rules: given a valid fixture, when one element changes, then exactly this rejection.
import { fixture } from './fixtures/files';
import { rejectionsOf } from './rejections';
import { withDuplicate, withElementAfter, withText, without } from './xml-tree';

const JW301 = fixture('jw301-toewijzing.xml');
const WMO301 = fixture('wmo301-toewijzing.xml');
const P1 = 'Client/ToegewezenProducten/ToegewezenProduct[1]';
const P2 = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
const CONTACT = 'Client/Contactgegevens/Contact[1]';

describe('301: product, omvang, budget and einddatum fit together', () => {
  it('CS003: Einddatum not before Ingangsdatum', () => {
    expect(rejectionsOf(withText(JW301, `${P1}/Einddatum`, '2026-03-15'))).toEqual([
      { code: 'EINDDATUM_BEFORE_BEGINDATUM', path: `${P1}/Einddatum`, rule: 'CS003' },
    ]);
  });

  it('CD076: a weekly omvang needs an einddatum', () => {
    expect(rejectionsOf(without(JW301, `${P1}/Einddatum`))).toEqual([
      { code: 'EINDDATUM_REQUIRED', path: `${P1}/Einddatum`, rule: 'CD076' },
    ]);
  });

  it('CD076 does not apply to a monthly omvang', () => {
    expect(rejectionsOf(without(withText(JW301, `${P1}/Omvang/Frequentie`, '4'), `${P1}/Einddatum`))).toEqual([]);
  });

  it('CD075: a budget needs an einddatum', () => {
    expect(rejectionsOf(without(JW301, `${P2}/Einddatum`))).toEqual([
      { code: 'EINDDATUM_REQUIRED', path: `${P2}/Einddatum`, rule: 'CD075' },
    ]);
  });

  it('CD077/CD078: omvang or budget, not both', () => {
    expect(rejectionsOf(withElementAfter(JW301, `${P1}/Omvang`, 'Budget', '1000'))).toEqual([
      { code: 'OMVANG_AND_BUDGET', path: `${P1}/Budget`, rule: 'CD078' },
    ]);
  });

  it('CD041: a product code needs an omvang', () => {
    expect(rejectionsOf(without(JW301, `${P1}/Omvang`))).toEqual([
      { code: 'OMVANG_REQUIRED', path: `${P1}/Omvang`, rule: 'CD041' },
    ]);
  });

  it('CD080: no product code, no omvang (aspecific) — for toewijzingen ending after 2020', () => {
    const aspecific = without(JW301, `${P1}/Product/Code`);
    expect(rejectionsOf(aspecific)).toEqual([{ code: 'OMVANG_NOT_ALLOWED', path: `${P1}/Omvang`, rule: 'CD080' }]);
    const old = withText(withText(aspecific, `${P1}/Ingangsdatum`, '2020-01-01'), `${P1}/Einddatum`, '2020-12-31');
    expect(rejectionsOf(old)).toEqual([]);
  });

  /** Toewijzing 4100022 moved after 4100021, so a product-less one overlaps nothing (TR302). */
  const P2_LATER = withText(JW301, `${P2}/Ingangsdatum`, '2026-09-16');

  it('CD079: without a budget the product is required', () => {
    expect(rejectionsOf(without(without(P2_LATER, `${P2}/Budget`), `${P2}/Product`))).toEqual([
      { code: 'PRODUCT_REQUIRED', path: `${P2}/Product`, rule: 'CD079' },
    ]);
  });

  it('a generic toewijzing (budget only, no product) is valid, but overlaps no other product (TR302)', () => {
    expect(rejectionsOf(without(P2_LATER, `${P2}/Product`))).toEqual([]);
    expect(rejectionsOf(without(JW301, `${P2}/Product`))).toEqual([
      { code: 'PRODUCT_PERIODS_OVERLAP', path: P2, rule: 'TR302' },
    ]);
  });

  it('CS338: etmaal, dagdeel, euro or stuks go per week, per month or in total', () => {
    const perDay = withText(withText(JW301, `${P1}/Omvang/Eenheid`, '16'), `${P1}/Omvang/Frequentie`, '1');
    expect(rejectionsOf(perDay)).toEqual([
      { code: 'FREQUENTIE_NOT_ALLOWED', path: `${P1}/Omvang/Frequentie`, rule: 'CS338' },
    ]);
    expect(rejectionsOf(withText(JW301, `${P1}/Omvang/Frequentie`, '1'))).toEqual([]);
  });
});

describe('301: reden wijziging, dates and keys', () => {
  it('CS335: reden 13 (verwijderd) only with einddatum equal to ingangsdatum', () => {
    expect(rejectionsOf(withElementAfter(JW301, `${P2}/Einddatum`, 'RedenWijziging', '13'))).toEqual([
      { code: 'REDEN_WIJZIGING_NOT_ALLOWED', path: `${P2}/RedenWijziging`, rule: 'CS335' },
    ]);
  });

  it('CS336: reden 01 is no longer used', () => {
    expect(rejectionsOf(withElementAfter(JW301, `${P1}/Einddatum`, 'RedenWijziging', '01'))).toEqual([
      { code: 'REDEN_WIJZIGING_NOT_ALLOWED', path: `${P1}/RedenWijziging`, rule: 'CS336' },
    ]);
  });

  it('TR134: the toewijzingsdatum is not after the dagtekening', () => {
    expect(rejectionsOf(withText(JW301, `${P1}/Toewijzingsdatum`, '2026-03-10'))).toEqual([
      { code: 'DATE_AFTER_DAGTEKENING', path: `${P1}/Toewijzingsdatum`, rule: 'TR134' },
    ]);
  });

  it('TR101: a toewijzingnummer occurs once per message', () => {
    expect(rejectionsOf(withText(JW301, `${P2}/ToewijzingNummer`, '04100021'))).toEqual([
      { code: 'DUPLICATE_KEY', path: `${P2}/ToewijzingNummer`, rule: 'TR101' },
    ]);
  });

  it('TR302: the same product twice only when the periods do not overlap', () => {
    const twice = withText(withDuplicate(JW301, P1), `${P2}/ToewijzingNummer`, '4100023');
    expect(rejectionsOf(twice)).toEqual([
      { code: 'PRODUCT_PERIODS_OVERLAP', path: P1, rule: 'TR302' },
      { code: 'PRODUCT_PERIODS_OVERLAP', path: P2, rule: 'TR302' },
    ]);
    const later = withText(withText(twice, `${P2}/Ingangsdatum`, '2026-09-16'), `${P2}/Einddatum`, '2027-03-15');
    expect(rejectionsOf(later)).toEqual([]);
  });

  it('TR302: a removed toewijzing (reden 13) does not count', () => {
    const removed = withElementAfter(
      withText(
        withText(withDuplicate(JW301, P1), `${P2}/ToewijzingNummer`, '4100023'),
        `${P2}/Einddatum`,
        '2026-03-16',
      ),
      `${P2}/Einddatum`,
      'RedenWijziging',
      '13',
    );
    expect(rejectionsOf(removed)).toEqual([]);
  });

  it('TR302: without a code the category counts', () => {
    const sameCategory = withText(JW301, `${P2}/Product/Categorie`, '45');
    expect(rejectionsOf(sameCategory)).toEqual([{ code: 'PRODUCT_PERIODS_OVERLAP', path: P2, rule: 'TR302' }]);
  });
});

describe('301: the client, relaties and contacts', () => {
  it('CS139: DatumGebruik and Datum agree', () => {
    const dayUnknown = withElementAfter(JW301, 'Client/Geboortedatum/Datum', 'DatumGebruik', '1');
    expect(rejectionsOf(dayUnknown)).toEqual([
      { code: 'GEBOORTEDATUM_INCONSISTENT', path: 'Client/Geboortedatum/Datum', rule: 'CS139' },
    ]);
    expect(rejectionsOf(withText(dayUnknown, 'Client/Geboortedatum/Datum', '2014-05-01'))).toEqual([]);
  });

  it('TR002: a geboortedatum more than 120 years back, unless it is unknown (DatumGebruik 3)', () => {
    const old = withText(JW301, 'Client/Geboortedatum/Datum', '1900-01-01');
    expect(rejectionsOf(old)).toEqual([
      { code: 'GEBOORTEDATUM_TOO_OLD', path: 'Client/Geboortedatum/Datum', rule: 'TR002' },
    ]);
    expect(rejectionsOf(withElementAfter(old, 'Client/Geboortedatum/Datum', 'DatumGebruik', '3'))).toEqual([]);
  });

  it('CS050 and CS318: NaamGebruik fits the name', () => {
    expect(rejectionsOf(withText(JW301, 'Client/Naam/NaamGebruik', '2'))).toEqual([
      { code: 'NAAMGEBRUIK_INVALID', path: 'Client/Naam/NaamGebruik', rule: 'CS050' },
    ]);
    expect(rejectionsOf(withText(JW301, 'Client/Naam/NaamGebruik', '6'))).toEqual([
      { code: 'NAAMGEBRUIK_INVALID', path: 'Client/Naam/NaamGebruik', rule: 'CS318' },
    ]);
    expect(rejectionsOf(withText(WMO301, 'Client/Naam/NaamGebruik', '6'))).toEqual([
      { code: 'NAAMGEBRUIK_INVALID', path: 'Client/Naam/NaamGebruik', rule: 'CS050' },
    ]);
    expect(rejectionsOf(withText(JW301, 'Client/Relaties/Relatie[1]/Naam/NaamGebruik', '6'))).toEqual([]);
  });

  it('CD007: a tolk taal needs the language, other forms none', () => {
    const tolk = withElementAfter(JW301, 'Client/Naam', 'Communicatie', [['Vorm', '1']]);
    expect(rejectionsOf(tolk)).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: 'Client/Communicatie/Taal', rule: 'CD007' },
    ]);
    const doventolk = withElementAfter(JW301, 'Client/Naam', 'Communicatie', [
      ['Vorm', '2'],
      ['Taal', 'Pools'],
    ]);
    expect(rejectionsOf(doventolk)).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: 'Client/Communicatie/Taal', rule: 'CD007' },
    ]);
  });

  it('CD025, CD034, CD005 and CS089: a Dutch address is complete', () => {
    expect(rejectionsOf(without(JW301, `${CONTACT}/Adres/Huis`))).toEqual(
      [
        { code: 'CONDITIONAL_ELEMENT', path: `${CONTACT}/Adres/Huis`, rule: 'CD025' },
        { code: 'CONTACT_INCOMPLETE', path: CONTACT, rule: 'TR006' },
      ].slice(0, 1),
    );
    expect(rejectionsOf(without(JW301, `${CONTACT}/Adres/Postcode`))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${CONTACT}/Adres/Postcode`, rule: 'CD034' },
      { code: 'CONDITIONAL_ELEMENT', path: `${CONTACT}/Adres/LandCode`, rule: 'CD005' },
    ]);
    expect(rejectionsOf(without(JW301, `${CONTACT}/Adres/LandCode`))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${CONTACT}/Adres/LandCode`, rule: 'CD005' },
    ]);
    expect(rejectionsOf(withText(JW301, `${CONTACT}/Adres/Postcode`, '3011 AB'))).toEqual([
      { code: 'POSTCODE_INVALID', path: `${CONTACT}/Adres/Postcode`, rule: 'CS089' },
    ]);
  });

  it('CD009: a periode only with a tijdelijk verblijfadres', () => {
    const periode = withElementAfter(JW301, `${CONTACT}/Telefoon`, 'Periode', [['Begindatum', '2026-01-01']]);
    expect(rejectionsOf(periode)).toEqual([{ code: 'CONDITIONAL_ELEMENT', path: `${CONTACT}/Periode`, rule: 'CD009' }]);
  });

  it('TR006: a contact has a phone number or a house number with postcode', () => {
    expect(rejectionsOf(without(JW301, 'Client/Relaties/Relatie[1]/Contact/Telefoon'))).toEqual([
      { code: 'CONTACT_INCOMPLETE', path: 'Client/Relaties/Relatie[1]/Contact', rule: 'TR006' },
    ]);
  });

  it('TR061: the client has a BRP, correspondence or residence address', () => {
    expect(rejectionsOf(withText(JW301, `${CONTACT}/Soort`, '04'))).toEqual([
      { code: 'CLIENT_ADDRESS_MISSING', path: 'Client/Contactgegevens', rule: 'TR061' },
    ]);
  });

  it('TR101: each soort adres and each relatienummer once', () => {
    expect(rejectionsOf(withDuplicate(JW301, CONTACT))).toEqual([
      { code: 'DUPLICATE_KEY', path: 'Client/Contactgegevens/Contact[2]/Soort', rule: 'TR101' },
    ]);
    expect(rejectionsOf(withDuplicate(JW301, 'Client/Relaties/Relatie[1]'))).toEqual([
      { code: 'DUPLICATE_KEY', path: 'Client/Relaties/Relatie[2]/Nummer', rule: 'TR101' },
    ]);
  });
});
