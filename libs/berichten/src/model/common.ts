// Parts every message model shares. Field names follow the iStandaard elements (camelCase), so each can be checked
// against the specification; amounts are whole euro cents as in the messages.
import type { IsoDate } from '../schema/dates';
import type { BerichtDefinitie, BerichtSoort, BerichtType, Standaard } from '../standards';

export type { IsoDate };

export type DebetCredit = 'D' | 'C';
/** WJ756. */
export type Eenheid = '01' | '04' | '14' | '16' | '82' | '83' | '84';
/** WMO757. */
export type Frequentie = '1' | '2' | '4' | '6';
/** COD467 as CS058 allows it in a 305/307: 1 eerste aanlevering, 3 verwijderen aanlevering. */
export type StatusAanlevering = '1' | '3';

export interface BerichtHeader {
  readonly berichtCode: string;
  readonly berichtVersie: number;
  readonly berichtSubversie: number;
  /** CBS gemeentecode (301) or AGB-code of the aanbieder (the others). */
  readonly afzender: string;
  readonly ontvanger: string;
  readonly berichtIdentificatie: { readonly identificatie: string; readonly dagtekening: IsoDate };
  readonly xsdVersie: { readonly basisschemaXsdVersie: string; readonly berichtXsdVersie: string };
}

/** Who a message identifies itself as; the key for idempotency (see identity.ts). */
export interface BerichtIdentiteit {
  readonly standaard: Standaard;
  readonly berichtType: BerichtType;
  readonly afzender: string;
  readonly identificatie: string;
  readonly dagtekening: IsoDate;
  /** standaard, type, afzender, identificatie and dagtekening in one string: the same message gives the same key. */
  readonly key: string;
  /**
   * Without the dagtekening: TR056 makes Identificatie unique per berichtsoort and sender on its own, so a second
   * message with this key but another dagtekening is a reuse the receiver rejects (retourcode 9056).
   */
  readonly identificatieKey: string;
}

/** What every message model carries besides its content. */
export interface BerichtBasis {
  readonly type: BerichtType;
  readonly standaard: Standaard;
  readonly soort: BerichtSoort;
  readonly header: BerichtHeader;
  /** The CBS code of the gemeente in this exchange (sender of a 301, receiver of the others). */
  readonly gemeente: string;
  /** The AGB-code of the aanbieder in this exchange. */
  readonly aanbieder: string;
  readonly identiteit: BerichtIdentiteit;
}

export const basisOf = (definitie: BerichtDefinitie, header: BerichtHeader, identiteit: BerichtIdentiteit) => {
  const gemeenteSends = definitie.richting === 'gemeenteNaarAanbieder';
  return {
    standaard: definitie.standaard,
    header,
    gemeente: gemeenteSends ? header.afzender : header.ontvanger,
    aanbieder: gemeenteSends ? header.ontvanger : header.afzender,
    identiteit,
  };
};

/** CDT_Geboortedatum. */
export interface Geboortedatum {
  readonly datum: IsoDate;
  /** COD170: 1 dag onbekend, 2 dag en maand onbekend, 3 datum onbekend. */
  readonly datumGebruik?: string;
}

export interface Achternaam {
  readonly achternaam: string;
  readonly voorvoegsel?: string;
}

/** CDT_VerkorteNaam (305, 307, 315). */
export interface VerkorteNaam {
  readonly geslachtsnaam: Achternaam;
  readonly voornamen?: string;
  readonly voorletters?: string;
}

/** CDT_VolledigeNaam (301). */
export interface VolledigeNaam extends VerkorteNaam {
  readonly partnernaam?: Achternaam;
  /** COD700. */
  readonly naamGebruik: string;
}

/** The client as 301, 305, 307 and 315 name them. */
export interface ClientPersoon<Naam extends VerkorteNaam = VerkorteNaam> {
  readonly bsn: string;
  readonly geboortedatum: Geboortedatum;
  /** COD046. */
  readonly geslacht: string;
  readonly naam: Naam;
}

/** CDT_Product: a category (JZ020/WMO020) and, for a specific toewijzing, a code from the contract. */
export interface Product {
  readonly categorie: string;
  readonly code?: string;
}

/** CDT_Omvang: so many `eenheid` per `frequentie`. */
export interface Omvang {
  readonly volume: number;
  readonly eenheid: Eenheid;
  readonly frequentie: Frequentie;
}

export interface Periode {
  readonly begindatum: IsoDate;
  readonly einddatum: IsoDate;
}

/** CDT_BedragMetDC / CDT_TotaalBedragMetDC. */
export interface BedragMetDebetCredit {
  /** Euro cents. */
  readonly bedrag: number;
  readonly debetCredit: DebetCredit;
}
