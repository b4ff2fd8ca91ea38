// JW323/WMO323: the rules inside one declaratie. Amounts are euro cents; debet counts up, credit down.
import type { BedragMetDebetCredit } from '../model/common';
import type { Declaratiebericht, Prestatie } from '../model/declaratie';
import { addYears, monthOf } from '../schema/dates';
import { checkEindNaBegin, checkUnique, notAfterDagtekening } from './common.rules';
import { conditional, reject, type RuleContext } from './context';

const CLIENTS = 'Declaratie/Clienten/Client';
const FIRST_PERIOD = '2021-01-01';

const signed = ({ bedrag, debetCredit }: BedragMetDebetCredit) => (debetCredit === 'D' ? bedrag : -bedrag);

export function checkDeclaratie(context: RuleContext, { declaratie }: Declaratiebericht): void {
  const periode = declaratie.declaratiePeriode;
  const month = monthOf(periode.begindatum);
  if (periode.begindatum !== month.first || periode.einddatum !== month.last) {
    reject(context, {
      code: 'PERIOD_NOT_ONE_MONTH',
      rule: 'CS340',
      path: 'Declaratie/DeclaratiePeriode',
      reason: 'De declaratieperiode is precies één hele kalendermaand: van de eerste tot en met de laatste dag.',
    });
  }
  notBefore2021(context, periode.begindatum, 'Declaratie/DeclaratiePeriode/Begindatum');
  notAfterDagtekening(
    context,
    periode.einddatum,
    'Declaratie/DeclaratiePeriode/Einddatum',
    'Het einde van de declaratieperiode',
  );
  notAfterDagtekening(
    context,
    declaratie.declaratieDagtekening,
    'Declaratie/DeclaratieDagtekening',
    'De dagtekening van de declaratie',
  );
  checkZeroIsDebet(context, declaratie.totaalIngediendBedrag, 'Declaratie/TotaalIngediendBedrag/DebetCredit');
  checkUnique(
    context,
    declaratie.clienten,
    (client) => client.bsn,
    (index) => `${CLIENTS}[${index + 1}]/Bsn`,
    'Deze cliënt (BSN)',
  );

  const lines = declaratie.clienten.flatMap((client, clientIndex) =>
    client.prestaties.map((prestatie, index) => ({
      bsn: client.bsn,
      prestatie,
      path: `${CLIENTS}[${clientIndex + 1}]/Prestaties/Prestatie[${index + 1}]`,
    })),
  );
  for (const line of lines) checkPrestatie(context, declaratie, line.prestatie, line.path);
  checkReferences(context, lines);
  checkTotal(
    context,
    declaratie,
    lines.map((line) => line.prestatie),
  );
}

function checkPrestatie(
  context: RuleContext,
  declaratie: Declaratiebericht['declaratie'],
  prestatie: Prestatie,
  path: string,
): void {
  const { begindatum, einddatum } = prestatie.productPeriode;
  const periodPath = `${path}/ProductPeriode`;
  checkEindNaBegin(
    context,
    begindatum,
    einddatum,
    `${periodPath}/Einddatum`,
    { begin: 'begindatum', end: 'einddatum' },
    'TR137',
  );
  if (einddatum >= begindatum && monthOf(begindatum).last < einddatum) {
    reject(context, {
      code: 'PERIOD_NOT_ONE_MONTH',
      rule: 'CS337',
      path: `${periodPath}/Einddatum`,
      reason: 'De productperiode valt binnen één kalendermaand: de einddatum ligt in dezelfde maand als de begindatum.',
    });
  }
  notBefore2021(context, begindatum, `${periodPath}/Begindatum`);
  notAfterDagtekening(context, einddatum, `${periodPath}/Einddatum`, 'Het einde van de productperiode');
  if (einddatum > declaratie.declaratiePeriode.einddatum) {
    reject(context, {
      code: 'PRODUCTPERIODE_AFTER_DECLARATIEPERIODE',
      retourcode: '9319',
      rule: 'TR319',
      path: periodPath,
      reason:
        'De productperiode ligt na de declaratieperiode. Declareer alleen zorg uit deze of een eerdere declaratieperiode.',
    });
  }
  if (einddatum < addYears(declaratie.declaratieDagtekening, -5)) {
    reject(context, {
      code: 'PRODUCTPERIODE_TOO_OLD',
      rule: 'TR335',
      path: `${periodPath}/Einddatum`,
      reason: 'De productperiode eindigde meer dan 5 jaar voor de dagtekening van de declaratie.',
    });
  }
  const credit = prestatie.ingediendBedrag.debetCredit === 'C';
  if (credit !== (prestatie.productReferentie.vorigReferentieNummer !== undefined)) {
    conditional(
      context,
      `${path}/ProductReferentie/VorigReferentieNummer`,
      'CD060',
      credit
        ? 'Een creditregel noemt het referentienummer van de regel die hij terugdraait (VorigReferentieNummer).'
        : 'Alleen een creditregel heeft een VorigReferentieNummer.',
    );
  }
  const euros = prestatie.eenheid === '83';
  if (euros === (prestatie.productTarief !== undefined)) {
    reject(context, {
      code: 'PRODUCTTARIEF_CONDITION',
      rule: 'CD087',
      path: `${path}/ProductTarief`,
      reason: euros
        ? "Bij de eenheid euro's (83) blijft het producttarief leeg."
        : 'Vul het producttarief in (in eurocenten per eenheid).',
    });
  }
  if (euros && prestatie.ingediendBedrag.bedrag !== prestatie.geleverdVolume) {
    reject(context, {
      code: 'BEDRAG_NOT_VOLUME',
      rule: 'CS339',
      path: `${path}/IngediendBedrag/Bedrag`,
      reason: "Bij de eenheid euro's (83) is het ingediende bedrag gelijk aan het geleverde volume.",
    });
  }
  checkZeroIsDebet(context, prestatie.ingediendBedrag, `${path}/IngediendBedrag/DebetCredit`);
}

interface Line {
  readonly bsn: string;
  readonly prestatie: Prestatie;
  readonly path: string;
}

/** TR101/TR314 unique ReferentieNummer, TR315 unique VorigReferentieNummer, TR316 no credit of a debet in the same message, TR416 one debet per product, period and toewijzing. */
function checkReferences(context: RuleContext, lines: readonly Line[]): void {
  const reference = (line: Line) => line.prestatie.productReferentie;
  checkUnique(
    context,
    lines,
    (line) => reference(line).referentieNummer,
    (index) => `${lines[index]!.path}/ProductReferentie/ReferentieNummer`,
    'Dit referentienummer',
  );
  const credits = lines.filter((line) => reference(line).vorigReferentieNummer !== undefined);
  checkUnique(
    context,
    credits,
    (line) => reference(line).vorigReferentieNummer!,
    (index) => `${credits[index]!.path}/ProductReferentie/VorigReferentieNummer`,
    'Dit vorige referentienummer',
    'TR315',
  );
  const here = new Set(lines.map((line) => reference(line).referentieNummer));
  for (const line of credits) {
    if (!here.has(reference(line).vorigReferentieNummer!)) continue;
    reject(context, {
      code: 'VORIG_REFERENTIENUMMER',
      rule: 'TR316',
      path: `${line.path}/ProductReferentie/VorigReferentieNummer`,
      reason:
        'Deze creditregel draait een regel uit hetzelfde bericht terug. Dat mag niet: crediteer in een volgend bericht.',
    });
  }
  const debets = lines.filter((line) => line.prestatie.ingediendBedrag.debetCredit === 'D');
  checkUnique(
    context,
    debets,
    ({ bsn, prestatie }) =>
      [
        bsn,
        prestatie.toewijzingNummer,
        prestatie.productCategorie,
        prestatie.productCode,
        prestatie.productPeriode.begindatum,
        prestatie.productPeriode.einddatum,
      ].join('\u0000'),
    (index) => debets[index]!.path,
    'Een debetregel voor dit product, deze toewijzing en deze periode',
    'TR416',
  );
}

/** TR358: TotaalIngediendBedrag is the sum of the lines, debet minus credit. */
function checkTotal(
  context: RuleContext,
  declaratie: Declaratiebericht['declaratie'],
  prestaties: readonly Prestatie[],
): void {
  const sum = prestaties.reduce((total, prestatie) => total + signed(prestatie.ingediendBedrag), 0);
  if (sum === signed(declaratie.totaalIngediendBedrag)) return;
  reject(context, {
    code: 'TOTAAL_MISMATCH',
    rule: 'TR358',
    path: 'Declaratie/TotaalIngediendBedrag',
    reason: `Het totaal klopt niet met de regels. De regels tellen op tot ${euro(sum)} (debet min credit).`,
  });
}

/** CS325: an amount of 0 is debet. */
function checkZeroIsDebet(context: RuleContext, amount: BedragMetDebetCredit, path: string): void {
  if (amount.bedrag !== 0 || amount.debetCredit === 'D') return;
  reject(context, { code: 'DEBET_CREDIT_ZERO', rule: 'CS325', path, reason: 'Een bedrag van 0 is altijd debet (D).' });
}

function notBefore2021(context: RuleContext, date: string, path: string): void {
  if (date >= FIRST_PERIOD) return;
  reject(context, {
    code: 'PERIOD_BEFORE_2021',
    rule: 'CS100',
    path,
    reason: 'Declaraties volgens release 3.x gaan over zorg vanaf 1 januari 2021.',
  });
}

/** "€ 1.234,56" (credit as "-€ …"), for a reason a person reads. */
function euro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString('nl-NL');
  return `${sign}€ ${whole},${String(abs % 100).padStart(2, '0')}`;
}
