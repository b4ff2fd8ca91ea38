import { fixture } from './fixtures/files';
import { fullRejectionsOf, rejectionsOf } from './rejections';
import { withText } from './xml-tree';

const JW301 = fixture('jw301-toewijzing.xml');
const JW305 = fixture('jw305-start-zorg.xml');
const JW307 = fixture('jw307-stop-zorg.xml');
const WMO307 = fixture('wmo307-stop-zorg.xml');
const JW323 = fixture('jw323-declaratie.xml');
const PRODUCT = 'Client/ToegewezenProducten/ToegewezenProduct[1]';
const PRESTATIE = 'Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

describe('values: patterns, lengths, ranges, dates and code lists of the 3.2 basisschema', () => {
  it.each([
    ['a BSN of 8 digits', JW305, 'Client/Bsn', '99999001', 'VALUE_INVALID', 'RS037'],
    ['a BSN with letters', JW305, 'Client/Bsn', '99999001X', 'VALUE_INVALID', 'RS037'],
    ['a BSN that fails the elfproef', JW305, 'Client/Bsn', '999990018', 'BSN_ELFPROEF', 'CS002'],
    ['an AGB-code of 7 digits', JW305, 'Header/Afzender', '7575123', 'VALUE_INVALID', 'RS036'],
    ['a gemeentecode with letters', JW305, 'Header/Ontvanger', '05A9', 'VALUE_INVALID', 'RS035'],
    [
      'a date that does not exist',
      JW305,
      'Client/StartProducten/StartProduct[1]/Begindatum',
      '2026-02-30',
      'DATE_INVALID',
      'RS032',
    ],
    [
      'a date with a time zone',
      JW305,
      'Client/StartProducten/StartProduct[1]/Begindatum',
      '2026-03-18Z',
      'DATE_INVALID',
      'RS032',
    ],
    ['a Dutch date', JW305, 'Client/StartProducten/StartProduct[1]/Begindatum', '18-03-2026', 'DATE_INVALID', 'RS032'],
    ['a time without seconds', JW301, `${PRODUCT}/Toewijzingstijd`, '10:15', 'TIME_INVALID', 'RS034'],
    ['a time with a zone', JW301, `${PRODUCT}/Toewijzingstijd`, '10:15:00+01:00', 'TIME_INVALID', 'RS034'],
    ['an empty name', JW305, 'Client/Naam/Voornamen', '', 'VALUE_EMPTY', 'RS033'],
    ['a name of spaces', JW305, 'Client/Naam/Voornamen', '   ', 'VALUE_INVALID', undefined],
    ['voorletters with dots', JW305, 'Client/Naam/Voorletters', 'S.', 'VALUE_INVALID', 'RS045'],
    [
      'a product code of 6 characters',
      JW305,
      'Client/StartProducten/StartProduct[1]/Product/Code',
      '45A011',
      'VALUE_TOO_LONG',
      undefined,
    ],
    ['a negative volume', JW301, `${PRODUCT}/Omvang/Volume`, '-1', 'VALUE_OUT_OF_RANGE', undefined],
    ['a volume with a decimal', JW301, `${PRODUCT}/Omvang/Volume`, '1.5', 'VALUE_INVALID', undefined],
    ['a volume of 9 digits', JW301, `${PRODUCT}/Omvang/Volume`, '100000000', 'VALUE_OUT_OF_RANGE', undefined],
    [
      'an unknown productcategorie',
      JW305,
      'Client/StartProducten/StartProduct[1]/Product/Categorie',
      '99',
      'CODE_UNKNOWN',
      undefined,
    ],
    [
      'a Wmo productcategorie in a Jeugd message',
      JW305,
      'Client/StartProducten/StartProduct[1]/Product/Categorie',
      '02',
      'CODE_UNKNOWN',
      undefined,
    ],
    ['an unknown eenheid', JW301, `${PRODUCT}/Omvang/Eenheid`, '02', 'CODE_UNKNOWN', undefined],
    ['a code with a space', JW301, `${PRODUCT}/Omvang/Eenheid`, '04 ', 'CODE_UNKNOWN', undefined],
    [
      'an unknown StatusAanlevering',
      JW305,
      'Client/StartProducten/StartProduct[1]/StatusAanlevering',
      '4',
      'CODE_UNKNOWN',
      undefined,
    ],
    ['debet/credit in lower case', JW323, `${PRESTATIE}/IngediendBedrag/DebetCredit`, 'd', 'CODE_UNKNOWN', undefined],
    ['a declaratienummer with a dash', JW323, 'Declaratie/DeclaratieNummer', 'D-2026', 'VALUE_INVALID', 'CS319'],
    ['an XSD version of two parts', JW305, 'Header/XsdVersie/BerichtXsdVersie', '1.0', 'VALUE_INVALID', 'RS048'],
  ])('refuses %s', (_, xml, path, value, code, rule) => {
    expect(rejectionsOf(withText(xml, path, value))).toEqual([rule ? { code, path, rule } : { code, path }]);
  });

  it('trims whitespace around numbers and dates (xs:integer, xs:date) but not around codes (xs:string)', () => {
    expect(rejectionsOf(withText(JW301, `${PRODUCT}/Omvang/Volume`, '\n  2 \t'))).toEqual([]);
    expect(rejectionsOf(withText(JW305, 'Client/StartProducten/StartProduct[1]/Begindatum', ' 2026-03-18\n'))).toEqual(
      [],
    );
    expect(rejectionsOf(withText(JW305, 'Client/Bsn', ' 999990019'))).toEqual([
      { code: 'VALUE_INVALID', path: 'Client/Bsn', rule: 'RS037' },
    ]);
  });

  it('reads JZ588 for iJw and WMO588 for iWmo: 31 and 32–35 are Jeugd codes, 19 and 21–23 Wmo codes', () => {
    const jw = 'Client/StopProducten/StopProduct[1]/RedenBeeindiging';
    const wmo = 'Client/StopProducten/StopProduct[1]/RedenBeeindiging';
    for (const code of ['31', '32', '33', '34', '35', '38'])
      expect(rejectionsOf(withText(JW307, jw, code))).toEqual([]);
    for (const code of ['19', '21', '22', '23']) {
      expect(rejectionsOf(withText(JW307, jw, code))).toEqual([{ code: 'CODE_UNKNOWN', path: jw }]);
      expect(rejectionsOf(withText(WMO307, wmo, code))).toEqual([]);
    }
    for (const code of ['32', '33', '34', '35']) {
      expect(rejectionsOf(withText(WMO307, wmo, code))).toEqual([
        { code: 'CODE_UNKNOWN', path: 'Client/StopProducten/StopProduct[1]/RedenBeeindiging' },
      ]);
    }
  });

  it('accepts the 2015 Jeugd categories 31–38, still valid in 3.2', () => {
    expect(rejectionsOf(withText(JW305, 'Client/StartProducten/StartProduct[1]/Product/Categorie', '34'))).toEqual([]);
  });

  it('names the code list in the reason, and never repeats a BSN or a name', () => {
    const [code] = fullRejectionsOf(withText(JW305, 'Client/StartProducten/StartProduct[1]/Product/Categorie', '99'));
    expect(code!.reason).toBe("De productcategorie '99' staat niet in codelijst JZ020 van release 3.2.");
    const [bsn] = fullRejectionsOf(withText(JW305, 'Client/Bsn', '999990018'));
    expect(bsn!.reason).not.toMatch(/999990018/);
    const [naam] = fullRejectionsOf(withText(JW305, 'Client/Naam/Voorletters', 'Sem Jansen'));
    expect(naam!.reason).not.toMatch(/Sem|Jansen/);
  });
});
