import type {
  Achternaam,
  BedragMetDebetCredit,
  BerichtHeader,
  ClientPersoon,
  DebetCredit,
  Eenheid,
  Frequentie,
  Geboortedatum,
  Omvang,
  Periode,
  Product,
  VerkorteNaam,
  VolledigeNaam,
} from '../model/common';
import type { XmlElement } from '../xml/xml-element';
import { int, maybe, maybeGroup, req, text, trimmed } from './tree';

export function mapHeader(bericht: XmlElement): BerichtHeader {
  const header = req(bericht, 'Header');
  const identificatie = req(header, 'BerichtIdentificatie');
  const xsd = req(header, 'XsdVersie');
  return {
    berichtCode: text(header, 'BerichtCode'),
    berichtVersie: int(header, 'BerichtVersie'),
    berichtSubversie: int(header, 'BerichtSubversie'),
    afzender: text(header, 'Afzender'),
    ontvanger: text(header, 'Ontvanger'),
    berichtIdentificatie: {
      identificatie: text(identificatie, 'Identificatie'),
      dagtekening: trimmed(identificatie, 'Dagtekening'),
    },
    xsdVersie: {
      basisschemaXsdVersie: text(xsd, 'BasisschemaXsdVersie'),
      berichtXsdVersie: text(xsd, 'BerichtXsdVersie'),
    },
  };
}

export const mapGeboortedatum = (element: XmlElement): Geboortedatum => ({
  datum: trimmed(element, 'Datum'),
  datumGebruik: maybe(element, 'DatumGebruik', text),
});

const mapAchternaam = (element: XmlElement): Achternaam => ({
  achternaam: text(element, 'Achternaam'),
  voorvoegsel: maybe(element, 'Voorvoegsel', text),
});

export const mapVerkorteNaam = (element: XmlElement): VerkorteNaam => ({
  geslachtsnaam: mapAchternaam(req(element, 'Geslachtsnaam')),
  voornamen: maybe(element, 'Voornamen', text),
  voorletters: maybe(element, 'Voorletters', text),
});

export const mapVolledigeNaam = (element: XmlElement): VolledigeNaam => ({
  ...mapVerkorteNaam(element),
  partnernaam: maybeGroup(element, 'Partnernaam', mapAchternaam),
  naamGebruik: text(element, 'NaamGebruik'),
});

export function mapPersoon<Naam extends VerkorteNaam>(
  client: XmlElement,
  naam: (element: XmlElement) => Naam,
): ClientPersoon<Naam> {
  return {
    bsn: text(client, 'Bsn'),
    geboortedatum: mapGeboortedatum(req(client, 'Geboortedatum')),
    geslacht: text(client, 'Geslacht'),
    naam: naam(req(client, 'Naam')),
  };
}

export const mapProduct = (element: XmlElement): Product => ({
  categorie: text(element, 'Categorie'),
  code: maybe(element, 'Code', text),
});

export const mapOmvang = (element: XmlElement): Omvang => ({
  volume: int(element, 'Volume'),
  eenheid: text(element, 'Eenheid') as Eenheid,
  frequentie: text(element, 'Frequentie') as Frequentie,
});

export const mapPeriode = (element: XmlElement): Periode => ({
  begindatum: trimmed(element, 'Begindatum'),
  einddatum: trimmed(element, 'Einddatum'),
});

export const mapBedrag = (element: XmlElement, amount: 'Bedrag' | 'TotaalBedrag'): BedragMetDebetCredit => ({
  bedrag: int(element, amount),
  debetCredit: text(element, 'DebetCredit') as DebetCredit,
});
