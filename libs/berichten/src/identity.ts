// A message's identity for idempotency: who sent it (afzender), which message type, and its BerichtIdentificatie
// (Identificatie + Dagtekening). Part 2 answers "already received" for a key it has seen.
import type { BerichtIdentiteit, IsoDate } from './model/common';
import { trimXsdWhitespace } from './schema/validate-structure';
import { LDT } from './schema/simple-types';
import type { BerichtDefinitie } from './standards';
import { childNamed, type XmlElement } from './xml/xml-element';

export function berichtIdentiteit(
  definitie: BerichtDefinitie,
  afzender: string,
  identificatie: string,
  dagtekening: IsoDate,
): BerichtIdentiteit {
  const identificatieKey = [definitie.standaard, definitie.type, afzender, identificatie]
    .map(encodeURIComponent)
    .join('/');
  return {
    standaard: definitie.standaard,
    berichtType: definitie.type,
    afzender,
    identificatie,
    dagtekening,
    key: `${identificatieKey}/${dagtekening}`,
    identificatieKey,
  };
}

/** The identity of a message whose structure failed, when its header still names it validly; else undefined. */
export function identityFromTree(root: XmlElement, definitie: BerichtDefinitie): BerichtIdentiteit | undefined {
  const header = childNamed(root, 'Header');
  const afzender = header && childNamed(header, 'Afzender')?.text;
  const berichtIdentificatie = header && childNamed(header, 'BerichtIdentificatie');
  const identificatie = berichtIdentificatie && childNamed(berichtIdentificatie, 'Identificatie')?.text;
  const dagtekeningText = berichtIdentificatie && childNamed(berichtIdentificatie, 'Dagtekening')?.text;
  if (afzender === undefined || identificatie === undefined || dagtekeningText === undefined) return undefined;
  const dagtekening = trimXsdWhitespace(dagtekeningText);
  const afzenderType = definitie.richting === 'gemeenteNaarAanbieder' ? LDT.Gemeente : LDT.AgbCode;
  const valid =
    !afzenderType.check(afzender) && !LDT.IdentificatieBericht.check(identificatie) && !LDT.Datum.check(dagtekening);
  return valid ? berichtIdentiteit(definitie, afzender, identificatie, dagtekening) : undefined;
}
