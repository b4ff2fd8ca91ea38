// The conditions on a Contact in a 301 (CD005, CD009, CD025, CD034, CS003, CS089, TR006) and the client's
// address (TR061).
import type { Contact } from '../model/toewijzing';
import { checkEindNaBegin } from './common.rules';
import { conditional, reject, type RuleContext } from './context';

const DUTCH_POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

export function checkContact(context: RuleContext, contact: Contact, path: string): void {
  const adres = contact.adres;
  if (adres) {
    const adresPath = `${path}/Adres`;
    if (adres.landCode === 'NL' && !adres.huis) {
      conditional(
        context,
        `${adresPath}/Huis`,
        'CD025',
        'Het adres ligt in Nederland. Vul dan ook het huisnummer in (Huis).',
      );
    }
    if ((contact.soort === '01' || contact.soort === '03') && adres.postcode === undefined) {
      conditional(context, `${adresPath}/Postcode`, 'CD034', 'Bij een BRP-adres of verblijfadres hoort een postcode.');
    }
    if (adres.postcode !== undefined && adres.landCode === undefined) {
      conditional(
        context,
        `${adresPath}/LandCode`,
        'CD005',
        'Er is een postcode ingevuld. Vul dan ook de landcode in.',
      );
    }
    if (adres.postcode === undefined && adres.landCode !== undefined) {
      conditional(
        context,
        `${adresPath}/LandCode`,
        'CD005',
        'Er is geen postcode ingevuld. Laat de landcode dan leeg.',
      );
    }
    if (adres.landCode === 'NL' && adres.postcode !== undefined && !DUTCH_POSTCODE.test(adres.postcode)) {
      reject(context, {
        code: 'POSTCODE_INVALID',
        rule: 'CS089',
        path: `${adresPath}/Postcode`,
        reason: 'Een Nederlandse postcode is 4 cijfers en 2 hoofdletters, zonder spatie, zoals 1234AB.',
      });
    }
  }
  if (contact.periode && contact.soort !== '04') {
    conditional(
      context,
      `${path}/Periode`,
      'CD009',
      'Een periode hoort alleen bij een tijdelijk verblijfadres (soort 04).',
    );
  }
  if (contact.periode?.begindatum !== undefined) {
    checkEindNaBegin(context, contact.periode.begindatum, contact.periode.einddatum, `${path}/Periode/Einddatum`, {
      begin: 'begindatum',
      end: 'einddatum',
    });
  }
  if (!contact.telefoon && !(adres?.huis && adres.postcode !== undefined)) {
    reject(context, {
      code: 'CONTACT_INCOMPLETE',
      rule: 'TR006',
      path,
      reason: 'Een contact heeft een telefoonnummer, of een adres met huisnummer en postcode, of allebei.',
    });
  }
}

/** TR061: the client has at least one address of soort 01 (BRP), 02 (correspondentie) or 03 (verblijf). */
export function checkClientAddress(context: RuleContext, contacts: readonly Contact[], path: string): void {
  if (contacts.some((contact) => ['01', '02', '03'].includes(contact.soort) && contact.adres)) return;
  reject(context, {
    code: 'CLIENT_ADDRESS_MISSING',
    rule: 'TR061',
    path,
    reason:
      'De cliënt heeft minstens één adres nodig van soort 01 (BRP-adres), 02 (correspondentieadres) of 03 (verblijfadres).',
  });
}
