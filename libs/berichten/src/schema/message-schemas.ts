// The root element of each 3.2 message (JW/WMO 301, 305, 307, 315, 317, 323), written from its XSD. iJw and iWmo
// differ only in BerichtCode, namespaces, two code lists and GezagsdragerBekend (JW315 only).
import { CODE_LISTS, type BerichtDefinitie, type BerichtNummer } from '../standards';
import { basisTypes, type BasisTypes } from './basis-types';
import { many, one, optional, sequence, type ComplexType, type ElementDecl } from './content-model';
import { fixed, quoteCode } from './simple-type-builders';
import { LDT, standaardTypes } from './simple-types';

const bericht = (children: readonly ElementDecl[]) => sequence('bericht', children);
/** A wrapper element holding one or more items, such as ToegewezenProducten/ToegewezenProduct. */
const list = (name: string, item: string, type: ComplexType): ElementDecl => one(name, bericht([many(item, type)]));

function header(definitie: BerichtDefinitie, basis: BasisTypes): ComplexType {
  const gemeenteSends = definitie.richting === 'gemeenteNaarAanbieder';
  return bericht([
    one(
      'BerichtCode',
      fixed(
        definitie.berichtCode,
        (value) => ({
          code: 'BERICHTCODE_MISMATCH',
          rule: 'RS047',
          reason: `De BerichtCode ${quoteCode(value)}past niet bij een ${definitie.type}-bericht; die heeft BerichtCode ${definitie.berichtCode}.`,
        }),
        LDT.BerichtCode,
      ),
    ),
    one('BerichtVersie', fixed('3', releaseMismatch('CS025'), LDT.BerichtVersie)),
    one('BerichtSubversie', fixed('2', releaseMismatch('CS015'), LDT.BerichtVersie)),
    one('Afzender', gemeenteSends ? LDT.Gemeente : LDT.AgbCode),
    one('Ontvanger', gemeenteSends ? LDT.AgbCode : LDT.Gemeente),
    one('BerichtIdentificatie', basis.BerichtIdentificatie),
    one('XsdVersie', basis.XsdVersie),
  ]);
}

const releaseMismatch = (rule: string) => (value: string) => ({
  code: 'VERSION_MISMATCH' as const,
  rule,
  reason: `Regie leest alleen release 3.2 (BerichtVersie 3, BerichtSubversie 2). Hier staat ${quoteCode(value) || 'iets anders '}in.`,
});

/** Bsn, Geboortedatum, Geslacht and Naam: how every message but 317 and 323 opens its Client. */
const person = (basis: BasisTypes, naam: ComplexType): ElementDecl[] => [
  one('Bsn', LDT.BurgerServicenummer),
  one('Geboortedatum', basis.Geboortedatum),
  one('Geslacht', LDT.Geslacht),
  one('Naam', naam),
];

function toewijzing(
  basis: BasisTypes,
  redenWijziging: ReturnType<typeof standaardTypes>['RedenWijziging'],
): ComplexType {
  const contact = bericht([
    one('Soort', LDT.AdresSoort),
    optional('Adres', basis.Adres),
    optional('Organisatie', LDT.Organisatienaam),
    optional('Telefoon', basis.Telefoonnummers),
    optional('Emailadres', LDT.Emailadres),
    optional('Periode', basis.OpenPeriode),
  ]);
  const relatie = bericht([
    one('Nummer', LDT.Persoonsid),
    optional('Volgorde', LDT.RelatieVolgorde),
    one('Soort', LDT.SoortRelatie),
    optional('Geboortedatum', basis.Geboortedatum),
    optional('Geslacht', LDT.Geslacht),
    one('Naam', basis.VolledigeNaam),
    one('Contact', contact),
  ]);
  const product = bericht([
    one('ToewijzingNummer', LDT.Nummer),
    optional('ReferentieAanbieder', LDT.Referentie),
    optional('Product', basis.Product),
    one('Toewijzingsdatum', LDT.Datum),
    one('Toewijzingstijd', LDT.Tijd),
    one('Ingangsdatum', LDT.Datum),
    optional('Einddatum', LDT.Datum),
    optional('RedenWijziging', redenWijziging),
    optional('Omvang', basis.Omvang),
    optional('Budget', LDT.Budget),
    optional('Commentaar', LDT.Commentaar),
  ]);
  return bericht([
    ...person(basis, basis.VolledigeNaam),
    optional('Communicatie', basis.Communicatie),
    optional('JuridischeStatus', LDT.JuridischeStatus),
    optional('WettelijkeVertegenwoordiging', LDT.WettelijkeVertegenwoordiging),
    optional('Commentaar', LDT.Commentaar),
    optional('Relaties', bericht([many('Relatie', relatie)])),
    list('Contactgegevens', 'Contact', contact),
    list('ToegewezenProducten', 'ToegewezenProduct', product),
  ]);
}

function startOfStop(
  basis: BasisTypes,
  stop: ReturnType<typeof standaardTypes>['RedenBeeindiging'] | undefined,
): ComplexType {
  const product = bericht([
    optional('ToewijzingNummer', LDT.Nummer),
    optional('Product', basis.Product),
    optional('ToewijzingIngangsdatum', LDT.Datum),
    one('Begindatum', LDT.Datum),
    ...(stop ? [one('RedenBeeindiging', stop), one('Einddatum', LDT.Datum)] : []),
    one('StatusAanlevering', LDT.StatusAanlevering),
  ]);
  return bericht([
    ...person(basis, basis.VerkorteNaam),
    stop ? list('StopProducten', 'StopProduct', product) : list('StartProducten', 'StartProduct', product),
  ]);
}

function verzoekOmToewijzing(basis: BasisTypes, jeugd: boolean): ComplexType {
  const product = bericht([
    one('ReferentieAanbieder', LDT.Referentie),
    optional('BeschikkingNummer', LDT.Nummer),
    optional('Product', basis.Product),
    optional('BeschikkingIngangsdatum', LDT.Datum),
    one('ToewijzingIngangsdatum', LDT.Datum),
    optional('ToewijzingEinddatum', LDT.Datum),
    optional('Omvang', basis.Omvang),
    optional('Budget', LDT.Budget),
    one('Verwijzer', basis.Verwijzer),
    optional('Raamcontract', LDT.JaNee),
    optional('Commentaar', LDT.Commentaar),
  ]);
  return bericht([
    ...person(basis, basis.VerkorteNaam),
    ...(jeugd ? [optional('GezagsdragerBekend', LDT.JaNee)] : []),
    optional('Commentaar', LDT.Commentaar),
    list('AangevraagdeProducten', 'AangevraagdProduct', product),
  ]);
}

function verzoekOmWijziging(basis: BasisTypes): ComplexType {
  const change = (first: ElementDecl) =>
    bericht([
      first,
      one('GewensteIngangsdatum', LDT.Datum),
      optional('Einddatum', LDT.Datum),
      optional('Omvang', basis.Omvang),
      optional('Budget', LDT.Budget),
    ]);
  const verzoek = bericht([
    one('ReferentieAanbieder', LDT.Referentie),
    one('RedenVerzoek', LDT.RedenVerzoek),
    optional(
      'OngewijzigdeProducten',
      bericht([many('OngewijzigdProduct', bericht([one('ToewijzingNummer', LDT.Nummer)]))]),
    ),
    optional('TeWijzigenProducten', bericht([many('TeWijzigenProduct', change(one('ToewijzingNummer', LDT.Nummer)))])),
    optional('NieuweProducten', bericht([many('NieuwProduct', change(optional('Product', basis.Product)))])),
  ]);
  return bericht([one('Bsn', LDT.BurgerServicenummer), one('Verzoek', verzoek)]);
}

function declaratie(basis: BasisTypes, categorie: ReturnType<typeof standaardTypes>['ProductCategorie']): ComplexType {
  const prestatie = bericht([
    one('ProductReferentie', basis.Referentie),
    one('ToewijzingNummer', LDT.Nummer),
    one('ProductCategorie', categorie),
    one('ProductCode', LDT.ProductCode),
    one('ProductPeriode', basis.GeslotenPeriode),
    one('GeleverdVolume', LDT.Volume),
    one('Eenheid', LDT.Eenheid),
    optional('ProductTarief', LDT.Bedrag),
    one('IngediendBedrag', basis.BedragMetDC),
  ]);
  const client = bericht([one('Bsn', LDT.BurgerServicenummer), list('Prestaties', 'Prestatie', prestatie)]);
  return bericht([
    one('DeclaratieNummer', LDT.DeclaratieNummer),
    one('DeclaratiePeriode', basis.GeslotenPeriode),
    one('DeclaratieDagtekening', LDT.Datum),
    one('TotaalIngediendBedrag', basis.TotaalBedragMetDC),
    list('Clienten', 'Client', client),
  ]);
}

function body(nummer: BerichtNummer, definitie: BerichtDefinitie, basis: BasisTypes): ElementDecl {
  const types = standaardTypes(CODE_LISTS[definitie.standaard]);
  switch (nummer) {
    case '301':
      return one('Client', toewijzing(basis, types.RedenWijziging));
    case '305':
      return one('Client', startOfStop(basis, undefined));
    case '307':
      return one('Client', startOfStop(basis, types.RedenBeeindiging));
    case '315':
      return one('Client', verzoekOmToewijzing(basis, definitie.standaard === 'iJw'));
    case '317':
      return one('Client', verzoekOmWijziging(basis));
    case '323':
      return one('Declaratie', declaratie(basis, types.ProductCategorie));
  }
}

const schemas = new Map<BerichtDefinitie, ElementDecl>();

/** The `Bericht` root element of a message, as its 3.2 XSD declares it (built once per message type). */
export function messageSchema(definitie: BerichtDefinitie): ElementDecl {
  let schema = schemas.get(definitie);
  if (!schema) {
    const basis = basisTypes(CODE_LISTS[definitie.standaard]);
    schema = one(
      'Bericht',
      bericht([one('Header', header(definitie, basis)), body(definitie.nummer, definitie, basis)]),
    );
    schemas.set(definitie, schema);
  }
  return schema;
}
