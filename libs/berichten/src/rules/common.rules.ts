// Rules several messages share: the client's geboortedatum and naam (CS139, TR002, CS050, CS318), a date not after
// the dagtekening (TR134), unique keys within a message (TR101).
import type { Geboortedatum, IsoDate, VolledigeNaam } from '../model/common';
import { addYears } from '../schema/dates';
import { reject, type RuleContext } from './context';

/** CS139: DatumGebruik and Datum agree; TR002: not more than 120 years before the dagtekening unless unknown. */
export function checkGeboortedatum(context: RuleContext, geboortedatum: Geboortedatum, path: string): void {
  const { datum, datumGebruik } = geboortedatum;
  const consistent =
    datumGebruik === undefined ||
    (datumGebruik === '1' && datum.endsWith('-01')) ||
    (datumGebruik === '2' && datum.endsWith('-01-01')) ||
    (datumGebruik === '3' && datum === '1900-01-01');
  if (!consistent) {
    reject(context, {
      code: 'GEBOORTEDATUM_INCONSISTENT',
      rule: 'CS139',
      path: `${path}/Datum`,
      reason:
        'De geboortedatum past niet bij DatumGebruik. Is de dag onbekend (1), vul dan dag 01 in; zijn dag en maand ' +
        'onbekend (2), vul dan 01-01 in; is de hele datum onbekend (3), vul dan 1900-01-01 in.',
    });
  }
  if (datumGebruik !== '3' && datum < addYears(context.dagtekening, -120)) {
    reject(context, {
      code: 'GEBOORTEDATUM_TOO_OLD',
      rule: 'TR002',
      path: `${path}/Datum`,
      reason:
        'De geboortedatum ligt meer dan 120 jaar voor de dagtekening van het bericht. Is de datum onbekend, gebruik dan DatumGebruik 3.',
    });
  }
  notAfterDagtekening(context, datum, `${path}/Datum`, 'De geboortedatum');
}

/** CS050 (and CS318 for the client itself): which NaamGebruik fits a name with or without partnernaam. */
export function checkNaamGebruik(context: RuleContext, naam: VolledigeNaam, path: string, isClient: boolean): void {
  const allowed = naam.partnernaam ? ['1', '2', '3', '4'] : isClient ? ['1'] : ['1', '6'];
  if (allowed.includes(naam.naamGebruik)) return;
  reject(context, {
    code: 'NAAMGEBRUIK_INVALID',
    rule: isClient && !naam.partnernaam && naam.naamGebruik === '6' ? 'CS318' : 'CS050',
    path: `${path}/NaamGebruik`,
    reason: naam.partnernaam
      ? 'Er is een partnernaam ingevuld. Gebruik dan NaamGebruik 1, 2, 3 of 4.'
      : `Er is geen partnernaam ingevuld. Gebruik dan NaamGebruik ${allowed.join(' of ')}.`,
  });
}

/** TR134: a date that cannot lie after the day the message was made. */
export function notAfterDagtekening(context: RuleContext, date: IsoDate, path: string, what: string): void {
  if (date <= context.dagtekening) return;
  reject(context, {
    code: 'DATE_AFTER_DAGTEKENING',
    rule: 'TR134',
    path,
    reason: `${what} ligt na de dagtekening van het bericht. Dat kan niet: vul een datum in op of voor de dagtekening.`,
  });
}

/** TR101: within one message each item's logical key occurs once; every repeat is rejected. */
export function checkUnique<T>(
  context: RuleContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  pathOf: (index: number) => string,
  what: string,
  rule = 'TR101',
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    reject(context, {
      code: 'DUPLICATE_KEY',
      rule,
      path: pathOf(index),
      reason: `${what} komt al eerder in dit bericht voor. Een bericht mag dezelfde regel niet twee keer bevatten.`,
    });
  });
}

/** CS003/TR018: an einddatum on or after the begindatum. */
export function checkEindNaBegin(
  context: RuleContext,
  begin: IsoDate,
  end: IsoDate | undefined,
  path: string,
  names: { readonly begin: string; readonly end: string },
  rule = 'CS003',
): void {
  if (end === undefined || end >= begin) return;
  reject(context, {
    code: 'EINDDATUM_BEFORE_BEGINDATUM',
    rule,
    path,
    reason: `De ${names.end} ligt voor de ${names.begin}. De ${names.end} moet op of na de ${names.begin} liggen.`,
  });
}
