import type { Contact, Relatie, ToegewezenProduct, Toewijzingbericht } from '../model/toewijzing';
import type { XmlElement } from '../xml/xml-element';
import { mapGeboortedatum, mapOmvang, mapPersoon, mapProduct, mapVolledigeNaam } from './common.map';
import { all, int, itemsOf, maybe, maybeGroup, nummer, req, text, trimmed } from './tree';

const mapContact = (contact: XmlElement): Contact => ({
  soort: text(contact, 'Soort'),
  adres: maybeGroup(contact, 'Adres', (adres) => ({
    huis: maybeGroup(adres, 'Huis', (huis) => ({
      huisnummer: int(huis, 'Huisnummer'),
      huisletter: maybe(huis, 'Huisletter', text),
      huisnummerToevoeging: maybe(huis, 'HuisnummerToevoeging', text),
      aanduidingWoonadres: maybe(huis, 'AanduidingWoonadres', text),
    })),
    postcode: maybe(adres, 'Postcode', text),
    straatnaam: maybe(adres, 'Straatnaam', text),
    plaatsnaam: maybe(adres, 'Plaatsnaam', text),
    landCode: maybe(adres, 'LandCode', text),
  })),
  organisatie: maybe(contact, 'Organisatie', text),
  telefoon: maybeGroup(contact, 'Telefoon', (telefoon) =>
    [...all(telefoon, 'Telefoon01'), ...all(telefoon, 'Telefoon02')].map((nummer) => ({
      telefoonnummer: text(nummer, 'Telefoonnummer'),
      landnummer: text(nummer, 'Landnummer'),
    })),
  ),
  emailadres: maybe(contact, 'Emailadres', text),
  periode: maybeGroup(contact, 'Periode', (periode) => ({
    begindatum: maybe(periode, 'Begindatum', trimmed),
    einddatum: maybe(periode, 'Einddatum', trimmed),
  })),
});

const mapRelatie = (relatie: XmlElement): Relatie => ({
  nummer: text(relatie, 'Nummer'),
  volgorde: maybe(relatie, 'Volgorde', int),
  soort: text(relatie, 'Soort'),
  geboortedatum: maybeGroup(relatie, 'Geboortedatum', mapGeboortedatum),
  geslacht: maybe(relatie, 'Geslacht', text),
  naam: mapVolledigeNaam(req(relatie, 'Naam')),
  contact: mapContact(req(relatie, 'Contact')),
});

const mapToegewezenProduct = (product: XmlElement): ToegewezenProduct => ({
  toewijzingNummer: nummer(product, 'ToewijzingNummer'),
  referentieAanbieder: maybe(product, 'ReferentieAanbieder', text),
  product: maybeGroup(product, 'Product', mapProduct),
  toewijzingsdatum: trimmed(product, 'Toewijzingsdatum'),
  toewijzingstijd: trimmed(product, 'Toewijzingstijd'),
  ingangsdatum: trimmed(product, 'Ingangsdatum'),
  einddatum: maybe(product, 'Einddatum', trimmed),
  redenWijziging: maybe(product, 'RedenWijziging', text),
  omvang: maybeGroup(product, 'Omvang', mapOmvang),
  budget: maybe(product, 'Budget', int),
  commentaar: maybe(product, 'Commentaar', text),
});

export function mapToewijzing(bericht: XmlElement): Pick<Toewijzingbericht, 'client'> {
  const client = req(bericht, 'Client');
  return {
    client: {
      ...mapPersoon(client, mapVolledigeNaam),
      communicatie: maybeGroup(client, 'Communicatie', (communicatie) => ({
        vorm: text(communicatie, 'Vorm'),
        taal: maybe(communicatie, 'Taal', text),
      })),
      juridischeStatus: maybe(client, 'JuridischeStatus', text),
      wettelijkeVertegenwoordiging: maybe(client, 'WettelijkeVertegenwoordiging', text),
      commentaar: maybe(client, 'Commentaar', text),
      relaties: itemsOf(client, 'Relaties', 'Relatie').map(mapRelatie),
      contactgegevens: itemsOf(client, 'Contactgegevens', 'Contact').map(mapContact),
      toegewezenProducten: itemsOf(client, 'ToegewezenProducten', 'ToegewezenProduct').map(mapToegewezenProduct),
    },
  };
}
