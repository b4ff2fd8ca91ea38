// The simple types (LDT_*) of the iJw/iWmo 3.2 basisschema: length, pattern, range and code list, with the RS/CS
// rule each rests on where the standard names one. The code lists that differ per standard are passed in.
import {
  AANDUIDING_WOONADRES,
  COMMUNICATIEVORM,
  DATUMGEBRUIK,
  DEBET_CREDIT,
  EENHEID,
  FREQUENTIE,
  GESLACHT,
  JA_NEE,
  JURIDISCHE_STATUS,
  LAND,
  NAAMGEBRUIK,
  REDEN_VERZOEK,
  SOORT_ADRES,
  SOORT_RELATIE,
  STATUS_AANLEVERING,
  VERWIJZER,
  WETTELIJKE_VERTEGENWOORDIGING,
} from '../codes/istandaard.codes';
import type { StandaardCodeLists } from '../standards';
import { passesElfproef } from './elfproef';
import { code, date, hasNonBlank, integer, text, time } from './simple-type-builders';

const digits = (count: number, rule: string, reason: string) => {
  const pattern = new RegExp(`^[0-9]{${count}}$`);
  return text({ pattern: { test: (value) => pattern.test(value), reason, rule } });
};

export const LDT = {
  AgbCode: digits(8, 'RS036', 'Een AGB-code bestaat uit precies 8 cijfers.'),
  Gemeente: digits(4, 'RS035', 'Een gemeentecode (CBS) bestaat uit precies 4 cijfers.'),
  BurgerServicenummer: text({
    pattern: {
      test: (value) => /^[0-9]{9}$/.test(value),
      reason: 'Een BSN bestaat uit precies 9 cijfers.',
      rule: 'RS037',
    },
    constraint: (value) =>
      passesElfproef(value)
        ? undefined
        : { code: 'BSN_ELFPROEF', rule: 'CS002', reason: 'Dit BSN klopt niet: het voldoet niet aan de elfproef.' },
  }),
  Bedrag: integer(0, 99_999_999),
  TotaalBedrag: integer(0, 999_999_999_999),
  Budget: integer(0, 99_999_999),
  Volume: integer(0, 99_999_999),
  Nummer: integer(0, 999_999_999),
  Huisnummer: integer(0, 99_999),
  RelatieVolgorde: integer(0, 99),
  BerichtVersie: integer(0, 99),
  BerichtCode: text({ maxLength: 3 }),
  Datum: date,
  Tijd: time,
  Commentaar: text({ pattern: { test: hasNonBlank, reason: 'Vul tekst in, niet alleen spaties.', rule: 'RS031' } }),
  IdentificatieBericht: text({ maxLength: 12 }),
  /** LDT_IdentificatieDeclaratie restricted by the 323 XSD to letters and digits (CS319). */
  DeclaratieNummer: text({
    maxLength: 12,
    pattern: {
      test: (value) => /^[a-zA-Z0-9]+$/.test(value),
      reason: 'Een declaratienummer bestaat alleen uit letters en cijfers, zonder spaties.',
      rule: 'CS319',
    },
  }),
  Naam: text({ maxLength: 200 }),
  Voorvoegsel: text({ maxLength: 10 }),
  Voorletters: text({
    maxLength: 6,
    pattern: {
      test: (value) => /^[a-zA-Z\u00C0-\u1EF3]+$/.test(value),
      reason: 'Voorletters zijn alleen letters, aaneengesloten, zonder punten of spaties.',
      rule: 'RS045',
    },
  }),
  Telefoonnummer: text({
    maxLength: 15,
    pattern: {
      test: (value) => /^[0-9]+$/.test(value),
      reason: 'Een telefoonnummer bestaat alleen uit cijfers.',
      rule: 'RS046',
    },
  }),
  Landnummer: text({ maxLength: 4 }),
  Emailadres: text({ maxLength: 80 }),
  Huisletter: text({ maxLength: 1 }),
  HuisnummerToevoeging: text({ maxLength: 4 }),
  Postcode: text({ maxLength: 8 }),
  Straatnaam: text({ maxLength: 24 }),
  Plaatsnaam: text({ maxLength: 80 }),
  Organisatienaam: text({ maxLength: 35 }),
  Persoonsid: text({ maxLength: 20 }),
  Taal: text({ maxLength: 25 }),
  NaamVerwijzer: text({ maxLength: 64 }),
  ProductCode: text({ maxLength: 5 }),
  Referentie: text({ maxLength: 36 }),
  /** LDT_ReferentieNummer has no pattern: any 1–20 characters. */
  ReferentieNummer: text({ maxLength: 20, pattern: { test: () => true, reason: '' } }),
  Versie: text({
    pattern: {
      test: (value) => /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.test(value),
      reason: 'Een versie bestaat uit drie hele getallen met punten ertussen, zoals 1.0.0.',
      rule: 'RS048',
    },
  }),
  Geslacht: code(GESLACHT),
  DatumGebruik: code(DATUMGEBRUIK),
  NaamGebruik: code(NAAMGEBRUIK),
  Communicatievorm: code(COMMUNICATIEVORM),
  AdresSoort: code(SOORT_ADRES),
  AanduidingWoonadres: code(AANDUIDING_WOONADRES),
  LandCode: code(LAND),
  SoortRelatie: code(SOORT_RELATIE),
  JuridischeStatus: code(JURIDISCHE_STATUS),
  WettelijkeVertegenwoordiging: code(WETTELIJKE_VERTEGENWOORDIGING),
  TypeVerwijzer: code(VERWIJZER),
  JaNee: code(JA_NEE),
  RedenVerzoek: code(REDEN_VERZOEK),
  Eenheid: code(EENHEID),
  Frequentie: code(FREQUENTIE),
  StatusAanlevering: code(STATUS_AANLEVERING),
  DebetCredit: code(DEBET_CREDIT),
} as const;

/** The simple types whose code list differs between iJw and iWmo. */
export const standaardTypes = (lists: StandaardCodeLists) => ({
  ProductCategorie: code(lists.productcategorie),
  RedenBeeindiging: code(lists.redenBeeindiging),
  RedenWijziging: code(lists.redenWijziging),
});
