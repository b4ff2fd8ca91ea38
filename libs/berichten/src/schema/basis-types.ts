// The complex types (CDT_*) of the 3.2 basisschema. Their children are in the basisschema namespace.
import type { StandaardCodeLists } from '../standards';
import { one, optional, sequence, type ComplexType } from './content-model';
import { LDT, standaardTypes } from './simple-types';

export interface BasisTypes {
  readonly Achternaam: ComplexType;
  readonly Adres: ComplexType;
  readonly BedragMetDC: ComplexType;
  readonly BerichtIdentificatie: ComplexType;
  readonly Communicatie: ComplexType;
  readonly Geboortedatum: ComplexType;
  readonly GeslotenPeriode: ComplexType;
  readonly Omvang: ComplexType;
  readonly OpenPeriode: ComplexType;
  readonly Product: ComplexType;
  readonly Referentie: ComplexType;
  readonly Telefoonnummers: ComplexType;
  readonly TotaalBedragMetDC: ComplexType;
  readonly VerkorteNaam: ComplexType;
  readonly Verwijzer: ComplexType;
  readonly VolledigeNaam: ComplexType;
  readonly XsdVersie: ComplexType;
}

export function basisTypes(lists: StandaardCodeLists): BasisTypes {
  const basis = (children: Parameters<typeof sequence>[1]) => sequence('basis', children);
  const Achternaam = basis([one('Achternaam', LDT.Naam), optional('Voorvoegsel', LDT.Voorvoegsel)]);
  const Huis = basis([
    one('Huisnummer', LDT.Huisnummer),
    optional('Huisletter', LDT.Huisletter),
    optional('HuisnummerToevoeging', LDT.HuisnummerToevoeging),
    optional('AanduidingWoonadres', LDT.AanduidingWoonadres),
  ]);
  const Telefoon = basis([one('Telefoonnummer', LDT.Telefoonnummer), one('Landnummer', LDT.Landnummer)]);
  return {
    Achternaam,
    Adres: basis([
      optional('Huis', Huis),
      optional('Postcode', LDT.Postcode),
      optional('Straatnaam', LDT.Straatnaam),
      optional('Plaatsnaam', LDT.Plaatsnaam),
      optional('LandCode', LDT.LandCode),
    ]),
    BedragMetDC: basis([one('Bedrag', LDT.Bedrag), one('DebetCredit', LDT.DebetCredit)]),
    BerichtIdentificatie: basis([one('Identificatie', LDT.IdentificatieBericht), one('Dagtekening', LDT.Datum)]),
    Communicatie: basis([one('Vorm', LDT.Communicatievorm), optional('Taal', LDT.Taal)]),
    Geboortedatum: basis([one('Datum', LDT.Datum), optional('DatumGebruik', LDT.DatumGebruik)]),
    GeslotenPeriode: basis([one('Begindatum', LDT.Datum), one('Einddatum', LDT.Datum)]),
    Omvang: basis([one('Volume', LDT.Volume), one('Eenheid', LDT.Eenheid), one('Frequentie', LDT.Frequentie)]),
    OpenPeriode: basis([optional('Begindatum', LDT.Datum), optional('Einddatum', LDT.Datum)]),
    Product: basis([one('Categorie', standaardTypes(lists).ProductCategorie), optional('Code', LDT.ProductCode)]),
    Referentie: basis([
      one('ReferentieNummer', LDT.ReferentieNummer),
      optional('VorigReferentieNummer', LDT.ReferentieNummer),
    ]),
    Telefoonnummers: basis([one('Telefoon01', Telefoon), optional('Telefoon02', Telefoon)]),
    TotaalBedragMetDC: basis([one('TotaalBedrag', LDT.TotaalBedrag), one('DebetCredit', LDT.DebetCredit)]),
    VerkorteNaam: basis([
      one('Geslachtsnaam', Achternaam),
      optional('Voornamen', LDT.Naam),
      optional('Voorletters', LDT.Voorletters),
    ]),
    Verwijzer: basis([
      one('Type', LDT.TypeVerwijzer),
      optional('Naam', LDT.NaamVerwijzer),
      optional('ZorgverlenerCode', LDT.AgbCode),
    ]),
    VolledigeNaam: basis([
      one('Geslachtsnaam', Achternaam),
      optional('Partnernaam', Achternaam),
      optional('Voornamen', LDT.Naam),
      optional('Voorletters', LDT.Voorletters),
      one('NaamGebruik', LDT.NaamGebruik),
    ]),
    XsdVersie: basis([one('BasisschemaXsdVersie', LDT.Versie), one('BerichtXsdVersie', LDT.Versie)]),
  };
}
