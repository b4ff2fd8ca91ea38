import type {
  AangevraagdProduct,
  GewenstProduct,
  VerzoekOmToewijzingbericht,
  VerzoekOmWijzigingbericht,
} from '../model/verzoek';
import type { XmlElement } from '../xml/xml-element';
import { mapOmvang, mapPersoon, mapProduct, mapVerkorteNaam } from './common.map';
import { int, itemsOf, maybe, maybeGroup, nummer, req, text, trimmed } from './tree';

const mapAangevraagd = (product: XmlElement): AangevraagdProduct => {
  const verwijzer = req(product, 'Verwijzer');
  return {
    referentieAanbieder: text(product, 'ReferentieAanbieder'),
    beschikkingNummer: maybe(product, 'BeschikkingNummer', nummer),
    product: maybeGroup(product, 'Product', mapProduct),
    beschikkingIngangsdatum: maybe(product, 'BeschikkingIngangsdatum', trimmed),
    toewijzingIngangsdatum: trimmed(product, 'ToewijzingIngangsdatum'),
    toewijzingEinddatum: maybe(product, 'ToewijzingEinddatum', trimmed),
    omvang: maybeGroup(product, 'Omvang', mapOmvang),
    budget: maybe(product, 'Budget', int),
    verwijzer: {
      type: text(verwijzer, 'Type'),
      naam: maybe(verwijzer, 'Naam', text),
      zorgverlenerCode: maybe(verwijzer, 'ZorgverlenerCode', text),
    },
    raamcontract: maybe(product, 'Raamcontract', text),
    commentaar: maybe(product, 'Commentaar', text),
  };
};

export function mapVerzoekOmToewijzing(bericht: XmlElement): Pick<VerzoekOmToewijzingbericht, 'client'> {
  const client = req(bericht, 'Client');
  return {
    client: {
      ...mapPersoon(client, mapVerkorteNaam),
      gezagsdragerBekend: maybe(client, 'GezagsdragerBekend', text),
      commentaar: maybe(client, 'Commentaar', text),
      aangevraagdeProducten: itemsOf(client, 'AangevraagdeProducten', 'AangevraagdProduct').map(mapAangevraagd),
    },
  };
}

const mapGewenst = (product: XmlElement): GewenstProduct => ({
  gewensteIngangsdatum: trimmed(product, 'GewensteIngangsdatum'),
  einddatum: maybe(product, 'Einddatum', trimmed),
  omvang: maybeGroup(product, 'Omvang', mapOmvang),
  budget: maybe(product, 'Budget', int),
});

export function mapVerzoekOmWijziging(bericht: XmlElement): Pick<VerzoekOmWijzigingbericht, 'client'> {
  const client = req(bericht, 'Client');
  const verzoek = req(client, 'Verzoek');
  return {
    client: {
      bsn: text(client, 'Bsn'),
      verzoek: {
        referentieAanbieder: text(verzoek, 'ReferentieAanbieder'),
        redenVerzoek: text(verzoek, 'RedenVerzoek'),
        ongewijzigdeProducten: itemsOf(verzoek, 'OngewijzigdeProducten', 'OngewijzigdProduct').map((product) => ({
          toewijzingNummer: nummer(product, 'ToewijzingNummer'),
        })),
        teWijzigenProducten: itemsOf(verzoek, 'TeWijzigenProducten', 'TeWijzigenProduct').map((product) => ({
          toewijzingNummer: nummer(product, 'ToewijzingNummer'),
          ...mapGewenst(product),
        })),
        nieuweProducten: itemsOf(verzoek, 'NieuweProducten', 'NieuwProduct').map((product) => ({
          product: maybeGroup(product, 'Product', mapProduct),
          ...mapGewenst(product),
        })),
      },
    },
  };
}
