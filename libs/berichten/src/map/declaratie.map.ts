import type { Eenheid } from '../model/common';
import type { Declaratiebericht, Prestatie } from '../model/declaratie';
import type { XmlElement } from '../xml/xml-element';
import { mapBedrag, mapPeriode } from './common.map';
import { int, itemsOf, maybe, nummer, req, text, trimmed } from './tree';

const mapPrestatie = (prestatie: XmlElement): Prestatie => {
  const referentie = req(prestatie, 'ProductReferentie');
  return {
    productReferentie: {
      referentieNummer: text(referentie, 'ReferentieNummer'),
      vorigReferentieNummer: maybe(referentie, 'VorigReferentieNummer', text),
    },
    toewijzingNummer: nummer(prestatie, 'ToewijzingNummer'),
    productCategorie: text(prestatie, 'ProductCategorie'),
    productCode: text(prestatie, 'ProductCode'),
    productPeriode: mapPeriode(req(prestatie, 'ProductPeriode')),
    geleverdVolume: int(prestatie, 'GeleverdVolume'),
    eenheid: text(prestatie, 'Eenheid') as Eenheid,
    productTarief: maybe(prestatie, 'ProductTarief', int),
    ingediendBedrag: mapBedrag(req(prestatie, 'IngediendBedrag'), 'Bedrag'),
  };
};

export function mapDeclaratie(bericht: XmlElement): Pick<Declaratiebericht, 'declaratie'> {
  const declaratie = req(bericht, 'Declaratie');
  return {
    declaratie: {
      declaratieNummer: text(declaratie, 'DeclaratieNummer'),
      declaratiePeriode: mapPeriode(req(declaratie, 'DeclaratiePeriode')),
      declaratieDagtekening: trimmed(declaratie, 'DeclaratieDagtekening'),
      totaalIngediendBedrag: mapBedrag(req(declaratie, 'TotaalIngediendBedrag'), 'TotaalBedrag'),
      clienten: itemsOf(declaratie, 'Clienten', 'Client').map((client) => ({
        bsn: text(client, 'Bsn'),
        prestaties: itemsOf(client, 'Prestaties', 'Prestatie').map(mapPrestatie),
      })),
    },
  };
}
