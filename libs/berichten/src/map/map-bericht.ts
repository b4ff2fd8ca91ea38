import type { Bericht } from '../model/bericht';
import { basisOf, type BerichtHeader, type BerichtIdentiteit } from '../model/common';
import type { BerichtDefinitie } from '../standards';
import type { XmlElement } from '../xml/xml-element';
import { mapDeclaratie } from './declaratie.map';
import { mapToewijzing } from './toewijzing.map';
import { mapVerzoekOmToewijzing, mapVerzoekOmWijziging } from './verzoek.map';
import { mapStartZorg, mapStopZorg } from './zorg.map';

/** The typed message of a tree that passed validateStructure. */
export function mapBericht(
  root: XmlElement,
  definitie: BerichtDefinitie,
  header: BerichtHeader,
  identiteit: BerichtIdentiteit,
): Bericht {
  const basis = { type: definitie.type, ...basisOf(definitie, header, identiteit) };
  switch (definitie.soort) {
    case 'toewijzing':
      return { ...basis, soort: 'toewijzing', ...mapToewijzing(root) };
    case 'startZorg':
      return { ...basis, soort: 'startZorg', ...mapStartZorg(root) };
    case 'stopZorg':
      return { ...basis, soort: 'stopZorg', ...mapStopZorg(root) };
    case 'verzoekOmToewijzing':
      return { ...basis, soort: 'verzoekOmToewijzing', ...mapVerzoekOmToewijzing(root) };
    case 'verzoekOmWijziging':
      return { ...basis, soort: 'verzoekOmWijziging', ...mapVerzoekOmWijziging(root) };
    case 'declaratie':
      return { ...basis, soort: 'declaratie', ...mapDeclaratie(root) };
  }
}
