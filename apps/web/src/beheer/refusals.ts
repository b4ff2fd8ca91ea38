/**
 * The api's refusals in plain Dutch (B1), by the field path it names. Where the api's own text is already plain, it
 * is kept (the fallback); these replace texts that show codes or technical words.
 */
export function plainRefusal(path: string, apiMessage: string): string | undefined {
  const last = path.split('.').pop() ?? '';
  const person = /^members\.(\d+)\./.exec(path);
  const who = person ? ` van persoon ${Number(person[1]) + 1}` : '';
  if (last === 'bsn' && /andere geboortedatum/.test(apiMessage))
    return `Het BSN${who} hoort al bij iemand anders, met een andere geboortedatum. Controleer het BSN en de geboortedatum.`;
  if (last === 'bsn') return `Het BSN${who} klopt niet. Controleer de negen cijfers.`;
  if (last === 'birthDate') return `Vul de geboortedatum${who} in.`;
  if (path === 'members' && /BSN/.test(apiMessage)) return 'Twee personen hebben hetzelfde BSN. Controleer de BSN’s.';
  if (path === 'members') return 'Vul ten minste één persoon in.';
  if (last === 'agbCode') return 'Een AGB-code is acht cijfers. Controleer de code.';
  if (last === 'domains') return 'Kies ten minste één domein.';
  if (last === 'reason' || last === 'reden') return 'Vul een reden in.';
  if (last === 'regisseurUserId') return 'Vul de inlognaam van de regisseur in.';
  if (last === 'regisseurName') return 'Vul de naam van de regisseur in.';
  if (last === 'perHouseholdCents' && /total|totaal/i.test(apiMessage))
    return 'Het bedrag per huishouden mag niet hoger zijn dan het totale budget.';
  if (last === 'totalCents' && /reserv/i.test(apiMessage))
    return 'Het totale budget mag niet lager zijn dan wat al is uitgegeven of gereserveerd.';
  if (/ontbreekt$/.test(apiMessage)) return 'Vul dit in.';
  const tooLong = /langer dan (\d+) tekens/.exec(apiMessage);
  if (tooLong) return `Dit is te lang. Gebruik hoogstens ${tooLong[1]} tekens.`;
  if (/geen datum|geen geldige datum/.test(apiMessage)) return 'Vul een datum in.';
  if (/centen/.test(apiMessage)) return 'Vul een bedrag in euro in, zoals 1500 of 1500,50.';
  if (/^Ongeldige invoer:/.test(apiMessage)) return 'Dit veld klopt niet. Controleer wat u invulde.';
  return undefined;
}
