/**
 * The demo household loaded on a first start of the embedded store: Familie De Vries, two parents and two children,
 * with Jeugd, Wmo and Werk & Inkomen involved. Everything goes through the public GraphQL mutations, so the demo
 * exercises the same validation and deciders as real use.
 */
export const DEMO_HOUSEHOLD_ID = 'de000000-0000-4000-8000-000000000001';
/** CBS code of the demo household's gemeente (Rotterdam); every demo user works there. */
export const DEMO_GEMEENTE = '0599';
export const DEMO_REGISSEUR = { userId: 'u-regisseur-anna', name: 'Anna Bakker', role: 'regisseur' };

export const DEMO_PROVIDERS = [
  { agbCode: '30000001', name: 'Jeugdhulp Noord', domains: ['JEUGD'] },
  { agbCode: '30000002', name: 'GGZ Jong Rijnmond', domains: ['JEUGD'] },
  { agbCode: '30000003', name: 'Thuiszorg De Linde', domains: ['WMO'] },
  { agbCode: '30000004', name: 'Dagbesteding Het Anker', domains: ['WMO'] },
  { agbCode: '30000005', name: 'Kredietbank Rijnmond', domains: ['WERK_EN_INKOMEN'] },
  { agbCode: '30000006', name: 'Werkfit Rotterdam', domains: ['WERK_EN_INKOMEN'] },
];

export const DEMO_MEMBERS = [
  { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
  { bsn: '123456782', name: 'Karim de Vries', birthDate: '1985-11-02', relation: 'OUDER_VERZORGER' },
  { bsn: '856885253', name: 'Noah de Vries', birthDate: '2012-07-30', relation: 'KIND' },
  { bsn: '828492001', name: 'Lina de Vries', birthDate: '2016-01-19', relation: 'KIND' },
];

/** The demo household's woonadres (a made-up address in Rotterdam-Feijenoord), so the Zoeken screen finds it. */
export const DEMO_ADDRESS = { postcode: '3073 AB', huisnummer: 14, huisletter: 'A' };

export interface DemoStep {
  readonly mutation: string;
  readonly input: (members: Record<string, string>) => Record<string, unknown>;
  readonly actor: { userId: string; role: string; name?: string; domain?: string };
}

const household = { householdId: DEMO_HOUSEHOLD_ID };
const beheerder = { userId: 'u-beheer', role: 'functioneel_beheerder', name: 'Fatima Beheer' };
const jeugd = { userId: 'u-jeugd-joost', role: 'domeinmedewerker', name: 'Joost Jeugdteam', domain: 'JEUGD' };
const wmo = { userId: 'u-wmo-wendy', role: 'domeinmedewerker', name: 'Wendy Wmo', domain: 'WMO' };
const wi = { userId: 'u-wi-willem', role: 'domeinmedewerker', name: 'Willem Werk', domain: 'WERK_EN_INKOMEN' };
/** A rung of the ladder (a Wmo onderzoek or an afweging): considered, and how far it suffices. */
const rung = (sufficient: string, toelichting: string) => ({ considered: true, sufficient, toelichting });
/** The plan goal the ZRM scores of Sanne measure. */
const DEMO_GOAL_HUUR = 'de000000-0000-4000-8000-0000000000c1';

export const DEMO_STEPS: readonly DemoStep[] = [
  {
    mutation: 'assignRegisseur',
    actor: beheerder,
    input: () => ({
      ...household,
      regisseurUserId: DEMO_REGISSEUR.userId,
      regisseurName: DEMO_REGISSEUR.name,
      reason: 'Schulden, jeugdhulp en zorg: één regisseur',
    }),
  },
  // Each domain records the legal basis to share its data with the regisseur: the domain holds the data.
  ...(['JEUGD', 'WMO', 'WERK_EN_INKOMEN'] as const).map((domain) => ({
    mutation: 'recordSharingBasis',
    actor: { JEUGD: jeugd, WMO: wmo, WERK_EN_INKOMEN: wi }[domain],
    input: () => ({
      ...household,
      domain,
      grondslag: 'WETTELIJKE_TAAK',
      wettelijkeBepaling: { JEUGD: 'art. 7.1.1 Jeugdwet', WMO: 'art. 5.1 Wmo 2015', WERK_EN_INKOMEN: 'art. 3 Wgs' }[
        domain
      ],
      memberIds: [],
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    }),
  })),
  {
    mutation: 'setPlanGoal',
    actor: DEMO_REGISSEUR,
    input: (m) => ({
      ...household,
      goalId: DEMO_GOAL_HUUR,
      title: 'Geen huisuitzetting: huurachterstand opgelost',
      domains: ['WERK_EN_INKOMEN'],
      memberIds: [m.Sanne],
      targetDate: '2026-12-31',
    }),
  },
  // The Jeugd team climbs the ladder for Noah before it assigns ambulante jeugdhulp.
  {
    mutation: 'recordAfweging',
    actor: jeugd,
    input: (m) => ({
      ...household,
      domain: 'JEUGD',
      memberId: m.Noah,
      requestKey: 'verwijzing huisarts 2026-02',
      assessedOn: '2026-02-23',
      eigenKracht: rung('DEELS', 'Ouders houden de ochtendstructuur vast, avonden escaleren'),
      gebruikelijkeHulp: rung('NEE', 'Beide ouders overbelast'),
      mantelzorg: rung('NEE', 'Grootouders wonen in Groningen'),
      sociaalNetwerk: rung('DEELS', 'Oma Ria haalt Noah woensdag uit school'),
      algemeneVoorziening: rung('NEE', 'Opvoedsteunpunt: wachtlijst en te licht voor deze vraag'),
      outcome: 'MAATWERK',
      netwerk: 'Oma Ria (woensdagmiddag)',
    }),
  },
  {
    mutation: 'recordJeugdToewijzing',
    actor: jeugd,
    input: (m) => ({
      ...household,
      memberId: m.Noah,
      providerAgb: '30000001',
      toewijzingNummer: 'JZ2026001',
      toewijzingsdatum: '2026-03-02',
      ingangsdatum: '2026-03-09',
      einddatum: '2026-12-31',
      productcategorie: '45',
      omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      tariefPerEenheid: 8250,
      verwijzer: '02',
      redenGeenAlternatief: 'Opvoedsteunpunt en buurtgezinnen zijn te licht voor de gedragsproblemen van Noah',
    }),
  },
  {
    mutation: 'recordJeugdZorgStart',
    actor: jeugd,
    input: () => ({ ...household, toewijzingNummer: 'JZ2026001', begindatum: '2026-04-20' }),
  },
  {
    mutation: 'recordJeugdToewijzing',
    actor: jeugd,
    input: (m) => ({
      ...household,
      memberId: m.Lina,
      providerAgb: '30000002',
      toewijzingNummer: 'JZ2026002',
      toewijzingsdatum: '2026-08-03',
      ingangsdatum: '2026-08-10',
      productcategorie: '54',
      budget: 450000,
      verwijzer: '03',
      redenGeenAlternatief: 'Angstklachten vragen jeugd-ggz; schoolmaatschappelijk werk is al geprobeerd',
    }),
  },
  {
    mutation: 'recordWmoMelding',
    actor: wmo,
    input: (m) => ({
      ...household,
      meldingId: 'de000000-0000-4000-8000-0000000000a1',
      memberId: m.Karim,
      meldingsdatum: '2026-02-02',
      hulpvraag: 'Redt het huishouden niet meer na operatie',
    }),
  },
  {
    mutation: 'recordWmoOnderzoek',
    actor: wmo,
    input: () => ({
      ...household,
      meldingId: 'de000000-0000-4000-8000-0000000000a1',
      afgerondOp: '2026-03-02',
      keukentafelgesprekOp: '2026-02-16',
      eigenKracht: rung('NEE', 'Mag drie maanden niet tillen'),
      gebruikelijkeHulp: rung('DEELS', 'Partner werkt fulltime'),
      mantelzorg: rung('NEE', 'Geen familie in de buurt'),
      sociaalNetwerk: rung('DEELS', 'Buurvrouw doet boodschappen'),
      algemeneVoorziening: rung('NEE', 'Geen algemene huishoudelijke hulp in de wijk'),
      conclusie: 'MAATWERKVOORZIENING_NODIG',
    }),
  },
  {
    mutation: 'recordWmoBesluit',
    actor: wmo,
    input: () => ({
      ...household,
      besluitId: 'de000000-0000-4000-8000-0000000000b1',
      meldingId: 'de000000-0000-4000-8000-0000000000a1',
      besluitdatum: '2026-03-09',
      uitkomst: 'TOEGEKEND',
      productcategorie: '01',
      motivering: 'Tijdelijk hulp bij het huishouden',
      redenGeenAlternatief: 'De was- en strijkservice dekt schoonmaken en boodschappen niet',
    }),
  },
  {
    mutation: 'recordWmoToewijzing',
    actor: wmo,
    input: (m) => ({
      ...household,
      memberId: m.Karim,
      providerAgb: '30000003',
      toewijzingNummer: 'WMO2026001',
      toewijzingsdatum: '2026-03-09',
      ingangsdatum: '2026-03-16',
      einddatum: '2026-09-30',
      productcategorie: '01',
      omvang: { volume: 3, eenheid: '04', frequentie: '2' },
      tariefPerEenheid: 5400,
      besluitId: 'de000000-0000-4000-8000-0000000000b1',
    }),
  },
  {
    mutation: 'recordWmoZorgStart',
    actor: wmo,
    input: () => ({ ...household, toewijzingNummer: 'WMO2026001', begindatum: '2026-03-23' }),
  },
  {
    mutation: 'recordSchuldsignaal',
    actor: wi,
    input: (m) => ({
      ...household,
      memberId: m.Sanne,
      soort: 'HUUR',
      ontvangenOp: '2026-05-04',
      schuldeiser: 'Woonstad Rotterdam',
      bedragAchterstand: 124000,
    }),
  },
  {
    mutation: 'recordAfweging',
    actor: wi,
    input: (m) => ({
      ...household,
      domain: 'WERK_EN_INKOMEN',
      memberId: m.Sanne,
      requestKey: 'hulpvraag schulden 2026-05',
      assessedOn: '2026-05-11',
      eigenKracht: rung('NEE', 'Overzicht kwijt, post blijft ongeopend'),
      gebruikelijkeHulp: rung('NEE', 'Karim is zelf uit beeld bij de financiën'),
      mantelzorg: rung('NEE', 'Geen familie die kan helpen met geld'),
      sociaalNetwerk: rung('DEELS', 'Buurman opent samen met Sanne de post'),
      algemeneVoorziening: rung('DEELS', 'Formulierenbrigade helpt met toeslagen, niet met schulden'),
      outcome: 'MAATWERK',
      netwerk: 'buurman Henk',
    }),
  },
  {
    mutation: 'recordSchuldhulpTraject',
    actor: wi,
    input: (m) => ({
      ...household,
      action: 'GESTART',
      memberId: m.Sanne,
      providerAgb: '30000005',
      fase: 'STABILISATIE',
      datum: '2026-05-18',
      tarief: { perMaandCents: 45000 },
      redenGeenAlternatief: 'Twaalf schuldeisers en een dreigende ontruiming: de formulierenbrigade volstaat niet',
    }),
  },
  // Outcomes: the regisseur scores only the ZRM domains that matter for Sanne, at the start and later.
  {
    mutation: 'scoreZrm',
    actor: DEMO_REGISSEUR,
    input: (m) => ({
      ...household,
      memberId: m.Sanne,
      scoredOn: '2026-05-18',
      scores: [
        { domain: 'FINANCIEN', score: 1 },
        { domain: 'HUISVESTING', score: 2 },
      ],
      goalIds: [DEMO_GOAL_HUUR],
    }),
  },
  {
    mutation: 'scoreZrm',
    actor: DEMO_REGISSEUR,
    input: (m) => ({
      ...household,
      memberId: m.Sanne,
      scoredOn: '2026-10-01',
      scores: [
        { domain: 'FINANCIEN', score: 3 },
        { domain: 'HUISVESTING', score: 4 },
      ],
      goalIds: [DEMO_GOAL_HUUR],
      note: 'Stabilisatie gelukt, huur loopt via budgetbeheer',
    }),
  },
  {
    mutation: 'recordReintegratieTraject',
    actor: wi,
    input: (m) => ({
      ...household,
      action: 'GESTART',
      memberId: m.Karim,
      providerAgb: '30000006',
      soort: 'WERKFIT',
      datum: '2026-10-05',
      tarief: { budgetCents: 350000 },
      redenGeenAlternatief: 'Na de operatie is begeleiding op maat nodig; het werkcafé in de wijk is te vrijblijvend',
    }),
  },
];
