import type { StatusAanlevering } from '../model/common';
import type { StartProduct, StartZorgbericht, StopProduct, StopZorgbericht } from '../model/zorg';
import type { XmlElement } from '../xml/xml-element';
import { mapPersoon, mapProduct, mapVerkorteNaam } from './common.map';
import { itemsOf, maybe, maybeGroup, nummer, req, text, trimmed } from './tree';

const mapStart = (product: XmlElement): StartProduct => ({
  toewijzingNummer: maybe(product, 'ToewijzingNummer', nummer),
  product: maybeGroup(product, 'Product', mapProduct),
  toewijzingIngangsdatum: maybe(product, 'ToewijzingIngangsdatum', trimmed),
  begindatum: trimmed(product, 'Begindatum'),
  // 2 and 9 pass the XSD but not CS058; the rules reject them before a model is returned.
  statusAanlevering: text(product, 'StatusAanlevering') as StatusAanlevering,
});

const mapStop = (product: XmlElement): StopProduct => ({
  ...mapStart(product),
  redenBeeindiging: text(product, 'RedenBeeindiging'),
  einddatum: trimmed(product, 'Einddatum'),
});

export function mapStartZorg(bericht: XmlElement): Pick<StartZorgbericht, 'client'> {
  const client = req(bericht, 'Client');
  return {
    client: {
      ...mapPersoon(client, mapVerkorteNaam),
      startProducten: itemsOf(client, 'StartProducten', 'StartProduct').map(mapStart),
    },
  };
}

export function mapStopZorg(bericht: XmlElement): Pick<StopZorgbericht, 'client'> {
  const client = req(bericht, 'Client');
  return {
    client: {
      ...mapPersoon(client, mapVerkorteNaam),
      stopProducten: itemsOf(client, 'StopProducten', 'StopProduct').map(mapStop),
    },
  };
}
