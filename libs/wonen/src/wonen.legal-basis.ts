import type { DomainProcessingActivity } from '@regie/household';

/**
 * The legal basis of the Wonen domain, as data for the register of verwerkingsactiviteiten (libs/audit) and the
 * plug. Wonen has no law of its own, unlike Jeugd (Jeugdwet), Wmo (Wmo 2015) and Werk & Inkomen (Participatiewet,
 * Wgs): its basis is borrowed and WEAKER than theirs.
 * - Rent arrears and their follow-up: the Wgs (the college's task, art. 2 and 3; the verhuurder's duty to signal in
 *   the Besluit gemeentelijke schuldhulpverlening, which lets the gemeente process the signal);
 * - threatened eviction and Laatste kans-afspraken: the same Wgs task (a threatened eviction is the typical
 *   threatening situation the Wgs asks fast help for) plus local agreements between gemeente, corporaties and
 *   deurwaarders (convenanten), which are no legal basis on their own;
 * - urgentie: the Huisvestingswet 2014 (art. 12) and the gemeente's huisvestingsverordening;
 * - woonbegeleiding, beschermd wonen, uitstroom: the Wmo 2015 (beschermd wonen is a Wmo provision).
 * A gemeente without a huisvestingsverordening with an urgentieregeling has no basis for the urgentie records.
 * Per household, sharing Wonen data with the regisseur still needs its own recorded basis (recordSharingBasis with
 * domain WONEN), as for every domain.
 */
export const wonenLegalBasis = {
  gdpr: 'OfficialAuthorityOfController',
  article: 'AVG art. 6 lid 1 sub e en c',
  law:
    'Wet gemeentelijke schuldhulpverlening art. 2 en 3 met het Besluit gemeentelijke schuldhulpverlening ' +
    '(huurachterstand, dreigende ontruiming); Huisvestingswet 2014 art. 12 met de huisvestingsverordening van de ' +
    'gemeente (urgentie); Wmo 2015 (woonbegeleiding, beschermd wonen). Geen eigen wet: zwakker dan de andere domeinen.',
  /** What a domeinmedewerker typically writes as `wettelijkeBepaling` when sharing Wonen data with the regisseur. */
  exampleWettelijkeBepaling: 'art. 3 Wgs; art. 12 Huisvestingswet 2014 met de huisvestingsverordening',
} as const;

/**
 * Retention: no statutory term for Wonen. We chose 10 years after the last Wonen record closed, the term the
 * register already uses for Werk & Inkomen (Participatiewet and Wgs client files, Selectielijst gemeenten), because
 * the core of Wonen (arrears signals, eviction prevention, betalingsregelingen) rests on the same Wgs task and is
 * read together with schuldhulp. The gemeente's archivist must check it against the category of the Selectielijst
 * gemeenten en intergemeentelijke organen it applies (we could not verify the exact category number here); the
 * urgentie records may have a shorter term under the gemeente's own huisvestingsverordening.
 */
export const WONEN_RETENTION_YEARS = 10;

/** Wonen's entry in the register of verwerkingsactiviteiten (the plug adds it; id, term and actions derived). */
export const wonenProcessingActivity: DomainProcessingActivity = {
  version: 1,
  validFrom: '2026-01-01',
  name: 'Wonen: huurachterstand, dreigende ontruiming, urgentie, betalingsregeling, woonbegeleiding en Laatste kans-afspraken',
  purpose:
    'Huisuitzetting voorkomen en wonen en begeleiding samen regelen: signalen van huurachterstand opvolgen, een ' +
    'dreigende ontruiming op tijd zien, urgentie en uitstroom uit beschermd wonen volgen.',
  legalBasis: {
    gdpr: wonenLegalBasis.gdpr,
    article: wonenLegalBasis.article,
    law:
      'Geen eigen wet (zwakker dan de andere domeinen): Wet gemeentelijke schuldhulpverlening art. 2 en 3 met het ' +
      'Besluit gemeentelijke schuldhulpverlening (huurachterstand, dreigende ontruiming); Huisvestingswet 2014 art. 12 ' +
      'met de huisvestingsverordening van de gemeente (urgentie); Wmo 2015 (woonbegeleiding, beschermd wonen)',
  },
  dataSubjects: ['Citizen', 'VulnerableHuman'],
  personalDataCategories: [
    'huurachterstand: verhuurder, bedrag en maanden, opvolging',
    'dreigende ontruiming: stappen, ontruimingsdatum en uitkomst',
    'urgentie, betalingsregeling, woonbegeleiding en Laatste kans-afspraken',
  ],
  retention: {
    from: 'het einde van de laatste registratie Wonen',
    basis:
      'Geen wettelijke termijn; gekozen: 10 jaar zoals de Wgs-dossiers waarop het rust (Selectielijst gemeenten, als ' +
      'Werk & Inkomen); de archivaris van de gemeente toetst de categorie (libs/wonen/src/wonen.legal-basis.ts)',
  },
  processingOperations: ['Obtain', 'Store', 'Use', 'Disclose', 'Remove'],
};
