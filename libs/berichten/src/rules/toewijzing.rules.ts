// JW301/WMO301: the rules inside one toewijzingbericht.
import type { Toewijzingbericht } from '../model/toewijzing';
import { checkGeboortedatum, checkNaamGebruik, checkUnique, notAfterDagtekening } from './common.rules';
import { checkClientAddress, checkContact } from './contact.rules';
import { reject, type RuleContext } from './context';
import { checkNoOverlap } from './overlap.rules';
import { checkVariant } from './variant.rules';

const PRODUCTS = 'Client/ToegewezenProducten/ToegewezenProduct';
const CONTACTS = 'Client/Contactgegevens/Contact';
const RELATIES = 'Client/Relaties/Relatie';

export function checkToewijzing(context: RuleContext, { client }: Toewijzingbericht): void {
  checkGeboortedatum(context, client.geboortedatum, 'Client/Geboortedatum');
  checkNaamGebruik(context, client.naam, 'Client/Naam', true);
  if (client.communicatie) {
    const { vorm, taal } = client.communicatie;
    if ((vorm === '1') !== (taal !== undefined)) {
      reject(context, {
        code: 'CONDITIONAL_ELEMENT',
        rule: 'CD007',
        path: 'Client/Communicatie/Taal',
        reason:
          vorm === '1' ? 'Bij een tolk (vorm 1) hoort de taal.' : 'Vul alleen een taal in bij een tolk taal (vorm 1).',
      });
    }
  }
  client.relaties.forEach((relatie, index) => {
    const path = `${RELATIES}[${index + 1}]`;
    if (relatie.geboortedatum) checkGeboortedatum(context, relatie.geboortedatum, `${path}/Geboortedatum`);
    checkNaamGebruik(context, relatie.naam, `${path}/Naam`, false);
    checkContact(context, relatie.contact, `${path}/Contact`);
  });
  checkUnique(
    context,
    client.relaties,
    (relatie) => relatie.nummer,
    (index) => `${RELATIES}[${index + 1}]/Nummer`,
    'Dit relatienummer',
  );
  client.contactgegevens.forEach((contact, index) => checkContact(context, contact, `${CONTACTS}[${index + 1}]`));
  checkUnique(
    context,
    client.contactgegevens,
    (contact) => contact.soort,
    (index) => `${CONTACTS}[${index + 1}]/Soort`,
    'Deze soort adres',
  );
  checkClientAddress(context, client.contactgegevens, 'Client/Contactgegevens');
  checkProducts(context, client.toegewezenProducten);
}

function checkProducts(context: RuleContext, products: Toewijzingbericht['client']['toegewezenProducten']): void {
  products.forEach((product, index) => {
    const path = `${PRODUCTS}[${index + 1}]`;
    checkVariant(context, product, {
      path,
      ingangsdatum: 'Ingangsdatum',
      einddatum: 'Einddatum',
      hasProduct: true,
      omvangRule: 'CD080',
      frequentieRule: 'CS338',
    });
    if (product.redenWijziging === '13' && product.einddatum !== product.ingangsdatum) {
      reject(context, {
        code: 'REDEN_WIJZIGING_NOT_ALLOWED',
        rule: 'CS335',
        path: `${path}/RedenWijziging`,
        reason: 'Reden wijziging 13 (verwijderd) mag alleen als de einddatum gelijk is aan de ingangsdatum.',
      });
    }
    if (product.redenWijziging === '01') {
      reject(context, {
        code: 'REDEN_WIJZIGING_NOT_ALLOWED',
        rule: 'CS336',
        path: `${path}/RedenWijziging`,
        reason: 'Reden wijziging 01 (administratieve correctie, vervallen) wordt niet meer gebruikt. Gebruik 14.',
      });
    }
    notAfterDagtekening(context, product.toewijzingsdatum, `${path}/Toewijzingsdatum`, 'De toewijzingsdatum');
  });
  checkUnique(
    context,
    products,
    (product) => product.toewijzingNummer,
    (index) => `${PRODUCTS}[${index + 1}]/ToewijzingNummer`,
    'Dit toewijzingnummer',
  );
  const removed = (product: (typeof products)[number]) =>
    (product.redenWijziging === '13' || product.redenWijziging === '01') && product.einddatum === product.ingangsdatum;
  checkNoOverlap(
    context,
    products.flatMap((product, index) =>
      removed(product)
        ? []
        : [
            {
              product: product.product,
              begin: product.ingangsdatum,
              end: product.einddatum,
              path: `${PRODUCTS}[${index + 1}]`,
            },
          ],
    ),
    'TR302',
  );
}
