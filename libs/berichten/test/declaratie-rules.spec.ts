// 323 message-internal rules. JW323: March 2026, two lines (33000 + 45000 = 78000 cents, debet).
import { fixture } from './fixtures/files';
import { fullRejectionsOf, rejectionsOf } from './rejections';
import { withDuplicate, withElementAfter, withText, without } from './xml-tree';

const JW323 = fixture('jw323-declaratie.xml');
const CREDIT = fixture('jw323-creditering.xml');
const CLIENT = 'Declaratie/Clienten/Client[1]';
const P1 = `${CLIENT}/Prestaties/Prestatie[1]`;
const P2 = `${CLIENT}/Prestaties/Prestatie[2]`;
const TOTAAL = 'Declaratie/TotaalIngediendBedrag';

describe('323: periods', () => {
  it('CS340: the declaratieperiode is one whole calendar month', () => {
    expect(rejectionsOf(withText(JW323, 'Declaratie/DeclaratiePeriode/Begindatum', '2026-03-02'))).toEqual([
      { code: 'PERIOD_NOT_ONE_MONTH', path: 'Declaratie/DeclaratiePeriode', rule: 'CS340' },
    ]);
  });

  it('CS337: a productperiode stays within one month', () => {
    expect(
      rejectionsOf(
        withText(withText(CREDIT, `${P1}/ProductPeriode/Einddatum`, '2026-04-02'), `${TOTAAL}/TotaalBedrag`, '57750'),
      ),
    ).toEqual([{ code: 'PERIOD_NOT_ONE_MONTH', path: `${P1}/ProductPeriode/Einddatum`, rule: 'CS337' }]);
  });

  it('TR137: a productperiode ends on or after it begins, and not after the dagtekening', () => {
    expect(rejectionsOf(withText(JW323, `${P1}/ProductPeriode/Einddatum`, '2026-03-15'))).toEqual([
      { code: 'EINDDATUM_BEFORE_BEGINDATUM', path: `${P1}/ProductPeriode/Einddatum`, rule: 'TR137' },
    ]);
  });

  it('TR319 (retourcode 9319): no care from after the declaratieperiode; earlier periods are fine', () => {
    const april = withText(
      withText(JW323, `${P1}/ProductPeriode/Begindatum`, '2026-04-01'),
      `${P1}/ProductPeriode/Einddatum`,
      '2026-04-05',
    );
    expect(fullRejectionsOf(april)).toEqual([
      expect.objectContaining({
        code: 'PRODUCTPERIODE_AFTER_DECLARATIEPERIODE',
        retourcode: '9319',
        rule: 'TR319',
        path: `${P1}/ProductPeriode`,
      }),
    ]);
    const february = withText(
      withText(JW323, `${P1}/ProductPeriode/Begindatum`, '2026-02-01'),
      `${P1}/ProductPeriode/Einddatum`,
      '2026-02-28',
    );
    expect(rejectionsOf(february)).toEqual([]);
  });

  it('TR134: the declaratie is not dated after the message', () => {
    expect(rejectionsOf(withText(JW323, 'Declaratie/DeclaratieDagtekening', '2026-04-07'))).toEqual([
      { code: 'DATE_AFTER_DAGTEKENING', path: 'Declaratie/DeclaratieDagtekening', rule: 'TR134' },
    ]);
  });

  const productPeriode = (begin: string, end: string) =>
    withText(withText(JW323, `${P1}/ProductPeriode/Begindatum`, begin), `${P1}/ProductPeriode/Einddatum`, end);

  it('CS100: nothing before 2021', () => {
    expect(rejectionsOf(productPeriode('2020-12-01', '2020-12-31'))).toEqual([
      { code: 'PERIOD_BEFORE_2021', path: `${P1}/ProductPeriode/Begindatum`, rule: 'CS100' },
      { code: 'PRODUCTPERIODE_TOO_OLD', path: `${P1}/ProductPeriode/Einddatum`, rule: 'TR335' },
    ]);
  });

  it('TR335: no care that ended more than 5 years before the declaratie', () => {
    expect(rejectionsOf(productPeriode('2021-03-01', '2021-03-31'))).toEqual([
      { code: 'PRODUCTPERIODE_TOO_OLD', path: `${P1}/ProductPeriode/Einddatum`, rule: 'TR335' },
    ]);
    expect(rejectionsOf(productPeriode('2021-04-01', '2021-04-30'))).toEqual([]);
  });
});

describe('323: lines and amounts', () => {
  it('TR358: the total is the sum of the lines, debet minus credit', () => {
    const rejections = fullRejectionsOf(withText(JW323, `${TOTAAL}/TotaalBedrag`, '78001'));
    expect(rejections).toEqual([expect.objectContaining({ code: 'TOTAAL_MISMATCH', rule: 'TR358', path: TOTAAL })]);
    expect(rejections[0]!.reason).toMatch(/€ 780,00/);
    expect(rejectionsOf(withText(CREDIT, `${TOTAAL}/DebetCredit`, 'C'))).toEqual([
      { code: 'TOTAAL_MISMATCH', path: TOTAAL, rule: 'TR358' },
    ]);
  });

  it('CS325: an amount of 0 is debet', () => {
    const zero = withText(
      withText(fixture('wmo323-creditering.xml'), `${TOTAAL}/DebetCredit`, 'C'),
      `${TOTAAL}/TotaalBedrag`,
      '0',
    );
    expect(rejectionsOf(zero)).toEqual([{ code: 'DEBET_CREDIT_ZERO', path: `${TOTAAL}/DebetCredit`, rule: 'CS325' }]);
  });

  it('CD087: a tariff except for euros; CS339: in euros the amount is the volume', () => {
    expect(rejectionsOf(without(withText(JW323, `${TOTAAL}/TotaalBedrag`, '78000'), `${P1}/ProductTarief`))).toEqual([
      { code: 'PRODUCTTARIEF_CONDITION', path: `${P1}/ProductTarief`, rule: 'CD087' },
    ]);
    expect(rejectionsOf(withElementAfter(JW323, `${P2}/Eenheid`, 'ProductTarief', '100'))).toEqual([
      { code: 'PRODUCTTARIEF_CONDITION', path: `${P2}/ProductTarief`, rule: 'CD087' },
    ]);
    expect(rejectionsOf(withText(JW323, `${P2}/GeleverdVolume`, '44999'))).toEqual([
      { code: 'BEDRAG_NOT_VOLUME', path: `${P2}/IngediendBedrag/Bedrag`, rule: 'CS339' },
    ]);
  });

  it('CD060: a credit line names the line it cancels, a debet line does not', () => {
    expect(rejectionsOf(without(CREDIT, `${P1}/ProductReferentie/VorigReferentieNummer`))).toEqual([
      { code: 'CONDITIONAL_ELEMENT', path: `${P1}/ProductReferentie/VorigReferentieNummer`, rule: 'CD060' },
    ]);
    expect(
      rejectionsOf(withElementAfter(JW323, `${P1}/ProductReferentie/ReferentieNummer`, 'VorigReferentieNummer', 'X1')),
    ).toEqual([{ code: 'CONDITIONAL_ELEMENT', path: `${P1}/ProductReferentie/VorigReferentieNummer`, rule: 'CD060' }]);
  });

  it('TR316: a line is not credited in the message that declares it', () => {
    const same = withText(CREDIT, `${P1}/ProductReferentie/VorigReferentieNummer`, 'JHM-2026-000203');
    expect(rejectionsOf(same)).toEqual([
      { code: 'VORIG_REFERENTIENUMMER', path: `${P1}/ProductReferentie/VorigReferentieNummer`, rule: 'TR316' },
    ]);
  });

  it('TR101/TR314: a referentienummer once; TR315: a line credited once', () => {
    expect(rejectionsOf(withText(JW323, `${P2}/ProductReferentie/ReferentieNummer`, 'JHM-2026-000101'))).toEqual([
      { code: 'DUPLICATE_KEY', path: `${P2}/ProductReferentie/ReferentieNummer`, rule: 'TR101' },
    ]);
    const twoCredits = withText(
      withDuplicate(CREDIT, P1),
      `${P2}/ProductReferentie/ReferentieNummer`,
      'JHM-2026-000299',
    );
    expect(rejectionsOf(withText(twoCredits, `${TOTAAL}/TotaalBedrag`, '24750'))).toEqual([
      { code: 'DUPLICATE_KEY', path: `${P2}/ProductReferentie/VorigReferentieNummer`, rule: 'TR315' },
    ]);
  });

  it('TR416: one debet line per client, toewijzing, product and period', () => {
    const again = withText(withDuplicate(JW323, P1), `${P2}/ProductReferentie/ReferentieNummer`, 'JHM-2026-000199');
    expect(rejectionsOf(withText(again, `${TOTAAL}/TotaalBedrag`, '111000'))).toEqual([
      { code: 'DUPLICATE_KEY', path: P2, rule: 'TR416' },
    ]);
  });

  it('TR101: each client (BSN) once', () => {
    const twice = withText(
      withDuplicate(JW323, CLIENT),
      'Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductReferentie/ReferentieNummer',
      'R3',
    );
    const renumbered = withText(
      twice,
      'Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductReferentie/ReferentieNummer',
      'R4',
    );
    const rejections = rejectionsOf(withText(renumbered, `${TOTAAL}/TotaalBedrag`, '156000'));
    expect(rejections).toContainEqual({
      code: 'DUPLICATE_KEY',
      path: 'Declaratie/Clienten/Client[2]/Bsn',
      rule: 'TR101',
    });
  });
});
