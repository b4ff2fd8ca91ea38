import type { RegisterVoorziening } from './catalogue.decide';

export type ExampleVoorziening = Omit<RegisterVoorziening, 'voorzieningId' | 'geldigVanaf'>;

const wmo = (category: string) => ({ domain: 'WMO', category });
const jeugd = (category: string) => ({ domain: 'JEUGD', category });
const werkInkomen = (category: 'SCHULDHULP' | 'REINTEGRATIE') => ({ domain: 'WERK_EN_INKOMEN', category });

/**
 * The voorliggend veld of a middle-sized Dutch gemeente, as its sociaal team would name it at the keukentafel.
 * The organisations are the kinds every gemeente has (welzijn, bibliotheek, CJG, vrijwilligers); addresses and
 * numbers are examples.
 */
export const EXAMPLE_CATALOGUE: readonly ExampleVoorziening[] = [
  {
    naam: 'SchuldHulpMaatje',
    omschrijving:
      'Een getrainde vrijwilliger (maatje) helpt bij het op orde brengen van de administratie en het contact met schuldeisers, en begeleidt naar of naast professionele schuldhulpverlening.',
    organisatie: 'SchuldHulpMaatje, lokale vereniging',
    replaces: [werkInkomen('SCHULDHULP')],
    voorwaarden:
      'Voor inwoners met (dreigende) geldzorgen. Gratis, zonder indicatie; aanmelden zelf of via het wijkteam.',
    contact: { telefoon: '030 700 1000', website: 'https://www.schuldhulpmaatje.nl' },
    capaciteit: { plaatsen: 20, per: 'MAAND' },
    wachttijdDagen: 14,
  },
  {
    naam: 'Budgetcoach thuisadministratie',
    omschrijving:
      'Een vrijwillige budgetcoach komt thuis en leert ordenen, een budgetplan maken en post bijhouden, tot de inwoner het zelf kan (meestal een half jaar).',
    organisatie: 'Humanitas, afdeling Thuisadministratie',
    replaces: [werkInkomen('SCHULDHULP'), wmo('02')],
    voorwaarden: 'Gratis. De inwoner wil zelf leren; geen bewind of lopende schuldregeling nodig.',
    contact: { telefoon: '030 700 1234', email: 'thuisadministratie@humanitas.example.nl' },
    capaciteit: { plaatsen: 8, per: 'MAAND' },
    wachttijdDagen: 21,
  },
  {
    naam: 'Inloopspreekuur formulierenhulp',
    omschrijving:
      'Zonder afspraak hulp bij brieven, formulieren, toeslagen, DigiD en online zaken regelen met de overheid.',
    organisatie: 'Bibliotheek, Informatiepunt Digitale Overheid',
    replaces: [wmo('02'), werkInkomen('SCHULDHULP')],
    voorwaarden: 'Vrij toegankelijk op dinsdag- en donderdagochtend; neem de brieven en uw DigiD mee.',
    contact: { adres: 'Bibliotheek, Marktplein 1', telefoon: '030 700 2000' },
  },
  {
    naam: 'Vrijwilligerswerk in het buurthuis',
    omschrijving:
      'Een passende vrijwilligersplek in het buurthuis (bar, klussen, activiteiten) met een vast aanspreekpunt: dagritme, contact en werkervaring.',
    organisatie: 'Welzijnsorganisatie, Vrijwilligerscentrale',
    replaces: [wmo('07'), werkInkomen('REINTEGRATIE')],
    voorwaarden:
      'Kennismakingsgesprek met de vrijwilligerscentrale; begeleiding door een beroepskracht in het buurthuis.',
    contact: { adres: 'Buurthuis De Horizon, Dorpsstraat 12', email: 'vrijwilligers@welzijn.example.nl' },
    capaciteit: { plaatsen: 6, per: 'MAAND' },
  },
  {
    naam: 'Algemene voorziening schoonmaakondersteuning',
    omschrijving:
      'Hulp bij het schoonhouden van de woning via een gecontracteerde thuiszorgorganisatie, zonder beschikking, tegen een vast uurtarief.',
    organisatie: 'Thuiszorgorganisatie (gecontracteerd door de gemeente)',
    replaces: [wmo('01')],
    voorwaarden:
      'Zelf aanmelden bij de aanbieder; eigen bijdrage per uur (lagere bijdrage bij een inkomen tot 120% van het sociaal minimum).',
    contact: { telefoon: '030 700 3000', website: 'https://www.gemeente.example.nl/schoonmaakhulp' },
    capaciteit: { plaatsen: 40, per: 'WEEK' },
    wachttijdDagen: 10,
  },
  {
    naam: 'Boodschappendienst',
    omschrijving: 'Vrijwilligers doen wekelijks boodschappen voor of met inwoners die dat zelf niet meer kunnen.',
    organisatie: 'Welzijnsorganisatie, Vrijwillige Thuishulp',
    replaces: [wmo('01')],
    voorwaarden: 'Voor inwoners zonder netwerk dat dit kan doen; de boodschappen betaalt de inwoner zelf.',
    contact: { telefoon: '030 700 4000', email: 'thuishulp@welzijn.example.nl' },
    capaciteit: { plaatsen: 25, per: 'WEEK' },
  },
  {
    naam: 'Maaltijdservice',
    omschrijving: 'Dagelijks een warme of gekoelde maaltijd aan huis.',
    organisatie: 'Maaltijdservice via de welzijnsorganisatie',
    replaces: [wmo('01')],
    voorwaarden: 'Zelf bestellen; de maaltijd betaalt de inwoner zelf (ongeveer € 8 per maaltijd).',
    contact: { telefoon: '030 700 4100' },
  },
  {
    naam: 'Mantelzorgondersteuning en respijtzorg',
    omschrijving:
      'Steunpunt Mantelzorg: advies, lotgenotencontact en vervangende zorg door vrijwilligers, zodat de mantelzorger even vrij is.',
    organisatie: 'Steunpunt Mantelzorg',
    replaces: [wmo('04')],
    voorwaarden: 'Voor mantelzorgers in de gemeente; vervangende zorg tot één dagdeel per week, gratis.',
    contact: { telefoon: '030 700 5000', email: 'mantelzorg@welzijn.example.nl' },
    capaciteit: { plaatsen: 15, per: 'WEEK' },
    wachttijdDagen: 7,
  },
  {
    naam: 'Regiotaxi (collectief vraagafhankelijk vervoer)',
    omschrijving: 'Deur-tot-deurvervoer in de regio met een gedeelde taxi, op afroep.',
    organisatie: 'Regiotaxi, vervoerder in opdracht van de regio',
    replaces: [wmo('08')],
    voorwaarden: 'Reserveren een uur vooraf; zonder Wmo-pas het openbaar tarief, met pas een lager tarief.',
    contact: { telefoon: '0900 123 4567', website: 'https://www.regiotaxi.example.nl' },
  },
  {
    naam: 'Scootmobielpool',
    omschrijving: 'Scootmobielen in een buurtpool om per dagdeel te lenen, met een rijvaardigheidsles.',
    organisatie: 'Woonzorgcentrum De Linde',
    replaces: [wmo('12')],
    voorwaarden: 'Lid worden van de pool (kleine jaarbijdrage); reserveren via de receptie.',
    contact: { adres: 'Woonzorgcentrum De Linde, Lindelaan 3', telefoon: '030 700 6000' },
    capaciteit: { plaatsen: 4, per: 'DAG' },
  },
  {
    naam: 'Opvoedspreekuur CJG',
    omschrijving:
      'Gesprekken met een jeugdverpleegkundige of pedagoog van het Centrum voor Jeugd en Gezin over opvoeden, slapen, gedrag en puberteit; ook oudercursussen.',
    organisatie: 'Centrum voor Jeugd en Gezin',
    replaces: [jeugd('45')],
    voorwaarden: 'Voor ouders en jongeren tot 23 jaar; gratis en zonder verwijzing.',
    contact: { telefoon: '030 700 7000', email: 'info@cjg.example.nl' },
    wachttijdDagen: 5,
  },
  {
    naam: 'Jongerenwerk',
    omschrijving:
      'Jongerenwerkers op straat en in het jongerencentrum: een vertrouwd aanspreekpunt, activiteiten en hulp bij school, werk of thuis.',
    organisatie: 'Welzijnsorganisatie, Jongerenwerk',
    replaces: [jeugd('45')],
    voorwaarden: 'Vrij toegankelijk voor jongeren van 12 tot 23 jaar.',
    contact: { adres: 'Jongerencentrum De Spot, Stationsweg 8', telefoon: '030 700 7100' },
  },
  {
    naam: 'Huiswerkbegeleiding',
    omschrijving: 'Vrijwilligers helpen leerlingen twee middagen per week met plannen en huiswerk.',
    organisatie: 'Bibliotheek en Stichting Huiswerkbegeleiding',
    replaces: [jeugd('45')],
    voorwaarden:
      'Voor leerlingen van groep 7 tot en met de onderbouw; gratis bij een inkomen tot 130% van het sociaal minimum.',
    contact: { email: 'huiswerk@bibliotheek.example.nl' },
    capaciteit: { plaatsen: 30, per: 'WEEK' },
  },
  {
    naam: 'Taalcafé',
    omschrijving: 'Wekelijks Nederlands oefenen in een kleine groep met vrijwilligers, en hulp bij de weg naar werk.',
    organisatie: 'Bibliotheek, Taalhuis',
    replaces: [werkInkomen('REINTEGRATIE')],
    voorwaarden: 'Vrij toegankelijk; een intake in het Taalhuis helpt het juiste niveau te kiezen.',
    contact: { adres: 'Bibliotheek, Marktplein 1', email: 'taalhuis@bibliotheek.example.nl' },
  },
  {
    naam: 'Sportbuurtcoach',
    omschrijving: 'Beweegaanbod in de wijk en een coach die inwoners naar een passende sportvereniging begeleidt.',
    organisatie: 'Sportbedrijf, buurtsportcoaches',
    replaces: [wmo('09'), jeugd('45')],
    voorwaarden: 'Gratis kennismaking; sportfonds voor wie de contributie niet kan betalen.',
    contact: { telefoon: '030 700 8000', email: 'buurtsport@sport.example.nl' },
  },
];
