import { randomUUID } from 'node:crypto';
import { DOMAINS, STAFF, type Domain } from './actors';
import {
  ladderWithoutSufficientRung,
  LAW,
  newBsn,
  PROVIDERS,
  spendInput,
  unique,
  type Kit,
  type MatrixClient,
} from './fixtures';
import type { WriteRule } from './rules';

// One row per household-scoped mutation (and per domain where the input names one): who may write it, and how to
// make a VALID request for a given household, creating whatever must exist first (a toewijzing to start, a goal to
// evaluate). `prepare` runs on the household the case is sent to; only authorisation may refuse the request.

export interface WriteRow {
  /** Row label in the report, e.g. `recordSharingBasis(WMO)`. */
  readonly label: string;
  /** The Mutation field. */
  readonly field: string;
  readonly rule: WriteRule;
  /** The deny cases need a household of their own (the prerequisite changes the life cycle). */
  readonly isolated?: boolean;
  readonly prepare: (client: MatrixClient, kit: Kit) => Promise<Record<string, unknown>>;
}

const worker = (kit: Kit, domain: Domain) => STAFF[kit.gemeente]!.workers[domain];
const first = (recorded: { eventIds: string[] }) => recorded.eventIds[0]!;

const domainRule = (domain: Domain): WriteRule => ({ domain });

/** An entry of `domain` that may be corrected, and a valid change of it. */
async function correctable(client: MatrixClient, kit: Kit, domain: Domain) {
  switch (domain) {
    case 'JEUGD':
      return {
        entryId: first(await client.jeugdToewijzing(kit, unique('JC'))),
        changes: { einddatum: '2026-08-31', redenWijziging: '05' },
      };
    case 'WMO':
      return {
        entryId: first(await client.wmoToewijzing(kit, 'a', unique('WC'))),
        changes: { einddatum: '2026-11-30' },
      };
    case 'WERK_EN_INKOMEN':
      return {
        entryId: first(await client.schuldsignaal(kit, 'Energieleverancier Correctie', 'ELEKTRICITEIT')),
        changes: { bedragAchterstand: 100_000 },
      };
    case 'WONEN':
      return {
        entryId: first(await client.huurachterstand(kit, 'Woonstad Correctie')),
        changes: { bedragAchterstandCents: 82_000, maandenAchterstand: 1 },
      };
  }
}

async function withdrawable(client: MatrixClient, kit: Kit, domain: Domain): Promise<string> {
  switch (domain) {
    case 'JEUGD':
      return first(await client.jeugdContactmoment(kit, 'Per abuis vastgelegd contactmoment'));
    case 'WMO':
      return first(await client.wmoMelding(kit, 'a', 'Per abuis vastgelegde melding'));
    case 'WERK_EN_INKOMEN':
      return first(await client.schuldsignaal(kit, 'Waterbedrijf Intrekking', 'DRINKWATER'));
    case 'WONEN':
      return first(await client.huurachterstand(kit, 'Woonstad Intrekking'));
  }
}

/** The huisnummer of the next address a case records. */
let addressNumber = 0;

const AFWEGING_DOMAINS: readonly Domain[] = ['JEUGD', 'WERK_EN_INKOMEN'];

/** Every domain records contactmomenten the same way (the household's shared kind), each under its own mutation. */
const contactmomentRow = (field: string, domain: Domain, member: 'a' | 'c', note: string): WriteRow => ({
  label: field,
  field,
  rule: domainRule(domain),
  prepare: async (_client, kit) => ({
    householdId: kit.id,
    memberId: kit.members[member],
    datum: '2026-04-02',
    soort: 'GESPREK',
    note,
  }),
});

export const WRITE_ROWS: readonly WriteRow[] = [
  // The household itself.
  {
    label: 'addHouseholdMember',
    field: 'addHouseholdMember',
    rule: 'regisseur-or-beheerder',
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      member: { bsn: newBsn(), name: `Lotte ${kit.name}`, birthDate: '2015-01-19', relation: 'KIND' },
    }),
  },
  {
    label: 'removeHouseholdMember',
    field: 'removeHouseholdMember',
    rule: 'regisseur-or-beheerder',
    prepare: async (_client, kit) => ({ householdId: kit.id, memberId: kit.members.c, reason: 'Verhuisd naar opa' }),
  },
  {
    label: 'recordHouseholdAddress',
    field: 'recordHouseholdAddress',
    rule: 'regisseur-or-beheerder',
    // A new huisnummer per case: recording the address the household already has is refused (INVALID_STATE).
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      address: { postcode: '3011 AB', huisnummer: (addressNumber = (addressNumber % 99_999) + 1) },
    }),
  },
  {
    label: 'assignRegisseur',
    field: 'assignRegisseur',
    rule: 'beheerder',
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      regisseurUserId: 'u-matrix-dirk',
      regisseurName: 'Dirk Nieuw',
      reason: 'Overdracht na herindeling van de wijken',
    }),
  },
  {
    label: 'releaseRegisseur',
    field: 'releaseRegisseur',
    rule: 'beheerder',
    prepare: async (_client, kit) => ({ householdId: kit.id, reason: 'Regie is niet meer nodig' }),
  },
  {
    // Not in the stated rules: taken from household-writers.ts (erasure is the functioneel beheerder's).
    label: 'forgetPerson',
    field: 'forgetPerson',
    rule: 'beheerder',
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.c,
      reason: 'Verzoek tot verwijdering (AVG art. 17)',
    }),
  },
  {
    label: 'setPlanGoal',
    field: 'setPlanGoal',
    rule: 'regisseur',
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      goalId: randomUUID(),
      title: 'Sanne houdt het huishouden weer vol',
      domains: ['WMO'],
      memberIds: [kit.members.a],
    }),
  },
  {
    label: 'evaluatePlanGoal',
    field: 'evaluatePlanGoal',
    rule: 'regisseur',
    prepare: async (client, kit) => {
      const goalId = randomUUID();
      await client.planGoal(kit, 'Noah gaat weer elke dag naar school', goalId);
      return { householdId: kit.id, goalId, outcome: 'BEREIKT', evaluatedOn: '2026-10-15', note: 'Doel gehaald' };
    },
  },
  {
    label: 'recordPlanAgreement',
    field: 'recordPlanAgreement',
    rule: 'regisseur',
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      description: 'Oma haalt de kinderen op woensdag uit school',
      party: 'NETWERK',
      partyName: 'Oma Ria',
      memberIds: [kit.members.c],
    }),
  },
  ...DOMAINS.map((domain): WriteRow => ({
    label: `recordSharingBasis(${domain})`,
    field: 'recordSharingBasis',
    rule: domainRule(domain),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      domain,
      grondslag: 'WETTELIJKE_TAAK',
      wettelijkeBepaling: LAW[domain],
      memberIds: [kit.members.b],
      validFrom: '2026-02-01',
      validUntil: '2027-06-30',
    }),
  })),
  ...DOMAINS.map((domain): WriteRow => ({
    label: `endSharingBasis(${domain})`,
    field: 'endSharingBasis',
    rule: domainRule(domain),
    prepare: async (client, kit) => {
      const recorded = await client.write(worker(kit, domain), 'recordSharingBasis', {
        householdId: kit.id,
        domain,
        grondslag: 'WETTELIJKE_VERPLICHTING',
        wettelijkeBepaling: LAW[domain],
        memberIds: [kit.members.c],
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      });
      const { basisId } = await client.eventData<{ basisId: string }>(kit.id, first(recorded));
      return { householdId: kit.id, basisId, endedOn: '2026-11-01', reason: 'Hulp in dit domein afgerond' };
    },
  })),
  {
    label: 'closeHousehold',
    field: 'closeHousehold',
    rule: 'regisseur-or-beheerder',
    prepare: async (_client, kit) => ({ householdId: kit.id, reason: 'Alle doelen bereikt' }),
  },
  {
    label: 'reopenHousehold',
    field: 'reopenHousehold',
    rule: 'regisseur-or-beheerder',
    isolated: true,
    prepare: async (client, kit) => {
      await client.write(STAFF[kit.gemeente]!.beheerder, 'closeHousehold', {
        householdId: kit.id,
        reason: 'Alle doelen bereikt',
      });
      return { householdId: kit.id, reason: 'Nieuwe hulpvraag van de school' };
    },
  },
  ...DOMAINS.map((domain): WriteRow => ({
    label: `correctEntry(${domain})`,
    field: 'correctEntry',
    rule: domainRule(domain),
    prepare: async (client, kit) => ({
      householdId: kit.id,
      reason: 'Gegevens na controle aangepast',
      ...(await correctable(client, kit, domain)),
    }),
  })),
  ...DOMAINS.map((domain): WriteRow => ({
    label: `withdrawEntry(${domain})`,
    field: 'withdrawEntry',
    rule: domainRule(domain),
    prepare: async (client, kit) => ({
      householdId: kit.id,
      entryId: await withdrawable(client, kit, domain),
      reason: 'Bij het verkeerde huishouden vastgelegd',
    }),
  })),

  // Insight (issue 8): the afweging is the handling domain's (the one named in the input; Wmo records its ladder in
  // recordWmoOnderzoek, so there is no WMO row); ZRM scores and maatwerkbudget spends are the current regisseur's.
  ...AFWEGING_DOMAINS.map((domain): WriteRow => ({
    label: `recordAfweging(${domain})`,
    field: 'recordAfweging',
    rule: domainRule(domain),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      domain,
      memberId: domain === 'JEUGD' ? kit.members.c : kit.members.b,
      requestKey: unique('VZ'),
      assessedOn: '2026-03-01',
      ...ladderWithoutSufficientRung,
      outcome: 'MAATWERK',
    }),
  })),
  {
    label: 'scoreZrm',
    field: 'scoreZrm',
    rule: 'regisseur',
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.a,
      scoredOn: '2026-04-01',
      scores: [
        { domain: 'FINANCIEN', score: 2 },
        { domain: 'HUISVESTING', score: 3 },
      ],
      note: 'Eerste meting na de intake',
    }),
  },
  {
    label: 'spendMaatwerkbudget',
    field: 'spendMaatwerkbudget',
    rule: 'regisseur',
    prepare: async (client, kit) => {
      await client.spendBudget(kit.gemeente);
      return spendInput(kit, 'Eenmalig de huur van mei betaald');
    },
  },
  {
    label: 'evaluateMaatwerkbudget',
    field: 'evaluateMaatwerkbudget',
    rule: 'regisseur',
    prepare: async (client, kit) => ({
      householdId: kit.id,
      spendId: await client.spend(kit),
      evaluatedOn: '2026-07-01',
      worked: 'JA',
      note: 'Geen huisuitzetting, betalingsregeling loopt',
    }),
  },

  // Jeugd.
  {
    label: 'recordJeugdVerzoekOmToewijzing',
    field: 'recordJeugdVerzoekOmToewijzing',
    rule: domainRule('JEUGD'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.c,
      providerAgb: PROVIDERS.jeugd.agbCode,
      productcategorie: '45',
      gewensteIngangsdatum: '2026-03-15',
      verwijzer: '02',
      note: 'Huisarts verwijst na schoolverzuim',
    }),
  },
  {
    label: 'recordJeugdToewijzing',
    field: 'recordJeugdToewijzing',
    rule: domainRule('JEUGD'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.c,
      providerAgb: PROVIDERS.jeugd.agbCode,
      toewijzingNummer: unique('JT'),
      toewijzingsdatum: '2026-03-10',
      ingangsdatum: '2026-03-15',
      einddatum: '2026-09-30',
      productcategorie: '45',
      omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      verwijzer: '02',
    }),
  },
  {
    label: 'recordJeugdZorgStart',
    field: 'recordJeugdZorgStart',
    rule: domainRule('JEUGD'),
    prepare: async (client, kit) => {
      const toewijzingNummer = unique('JS');
      await client.jeugdToewijzing(kit, toewijzingNummer);
      return { householdId: kit.id, toewijzingNummer, begindatum: '2026-03-24' };
    },
  },
  {
    label: 'recordJeugdZorgStop',
    field: 'recordJeugdZorgStop',
    rule: domainRule('JEUGD'),
    prepare: async (client, kit) => {
      const toewijzingNummer = unique('JP');
      await client.jeugdToewijzing(kit, toewijzingNummer);
      await client.jeugdZorgStart(kit, toewijzingNummer);
      return { householdId: kit.id, toewijzingNummer, einddatum: '2026-08-31', redenBeeindiging: '31' };
    },
  },
  contactmomentRow('recordJeugdContactmoment', 'JEUGD', 'c', 'Gesprek met ouders over het ochtendritme'),

  // Wmo.
  {
    label: 'recordWmoMelding',
    field: 'recordWmoMelding',
    rule: domainRule('WMO'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      meldingId: randomUUID(),
      memberId: kit.members.a,
      meldingsdatum: '2026-02-02',
      hulpvraag: 'Ik krijg het huishouden niet meer rond',
    }),
  },
  {
    label: 'recordWmoOnderzoek',
    field: 'recordWmoOnderzoek',
    rule: domainRule('WMO'),
    prepare: async (client, kit) => {
      const meldingId = randomUUID();
      await client.wmoMelding(kit, 'a', 'Hulpvraag voor het onderzoek', meldingId);
      const rung = (sufficient: string) => ({ considered: true, sufficient, toelichting: 'Besproken aan tafel' });
      return {
        householdId: kit.id,
        meldingId,
        afgerondOp: '2026-03-02',
        keukentafelgesprekOp: '2026-02-16',
        eigenKracht: rung('NEE'),
        gebruikelijkeHulp: rung('DEELS'),
        mantelzorg: rung('DEELS'),
        sociaalNetwerk: rung('NEE'),
        algemeneVoorziening: rung('NEE'),
        conclusie: 'MAATWERKVOORZIENING_NODIG',
      };
    },
  },
  {
    label: 'recordWmoBesluit',
    field: 'recordWmoBesluit',
    rule: domainRule('WMO'),
    prepare: async (client, kit) => {
      const meldingId = randomUUID();
      await client.wmoMelding(kit, 'a', 'Hulpvraag voor het besluit', meldingId);
      await client.wmoOnderzoek(kit, meldingId);
      return {
        householdId: kit.id,
        besluitId: randomUUID(),
        meldingId,
        besluitdatum: '2026-03-09',
        uitkomst: 'TOEGEKEND',
        productcategorie: '02',
        motivering: 'Alle treden overwogen; begeleiding nodig',
      };
    },
  },
  {
    label: 'recordWmoToewijzing',
    field: 'recordWmoToewijzing',
    rule: domainRule('WMO'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.a,
      providerAgb: PROVIDERS.wmoGedekt.agbCode,
      toewijzingNummer: unique('WT'),
      toewijzingsdatum: '2026-03-12',
      ingangsdatum: '2026-03-16',
      productcategorie: '01',
    }),
  },
  {
    label: 'recordWmoZorgStart',
    field: 'recordWmoZorgStart',
    rule: domainRule('WMO'),
    prepare: async (client, kit) => {
      const toewijzingNummer = unique('WS');
      await client.wmoToewijzing(kit, 'a', toewijzingNummer);
      return { householdId: kit.id, toewijzingNummer, begindatum: '2026-03-23' };
    },
  },
  {
    label: 'recordWmoZorgStop',
    field: 'recordWmoZorgStop',
    rule: domainRule('WMO'),
    prepare: async (client, kit) => {
      const toewijzingNummer = unique('WP');
      await client.wmoToewijzing(kit, 'a', toewijzingNummer);
      await client.wmoZorgStart(kit, toewijzingNummer);
      return { householdId: kit.id, toewijzingNummer, einddatum: '2026-08-31', redenBeeindiging: '19' };
    },
  },

  contactmomentRow('recordWmoContactmoment', 'WMO', 'a', 'Telefoon: de traplift hapert weer'),

  // Werk & Inkomen.
  contactmomentRow('recordWerkInkomenContactmoment', 'WERK_EN_INKOMEN', 'a', 'Gesprek over de sollicitaties'),
  {
    label: 'recordBijstandBesluit',
    field: 'recordBijstandBesluit',
    rule: domainRule('WERK_EN_INKOMEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.b,
      besluit: 'AANGEVRAAGD',
      bijstandsvorm: 'ALGEMENE_BIJSTAND',
      datum: '2026-02-10',
    }),
  },
  {
    label: 'recordSchuldsignaal',
    field: 'recordSchuldsignaal',
    rule: domainRule('WERK_EN_INKOMEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      signaalId: randomUUID(),
      memberId: kit.members.a,
      soort: 'ZORGVERZEKERING',
      ontvangenOp: '2026-10-20',
      schuldeiser: 'Zilveren Kruis',
    }),
  },
  {
    label: 'recordSchuldsignaalOpvolging',
    field: 'recordSchuldsignaalOpvolging',
    rule: domainRule('WERK_EN_INKOMEN'),
    prepare: async (client, kit) => {
      const signaalId = randomUUID();
      await client.schuldsignaal(kit, 'Gasleverancier Opvolging', 'GAS', signaalId);
      return {
        householdId: kit.id,
        signaalId,
        stap: 'CONTACT_GELEGD',
        datum: '2026-06-22',
        note: 'Huisbezoek, afspraak gemaakt',
      };
    },
  },
  {
    label: 'recordSchuldhulpTraject',
    field: 'recordSchuldhulpTraject',
    rule: domainRule('WERK_EN_INKOMEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      action: 'GESTART',
      memberId: kit.members.a,
      providerAgb: PROVIDERS.wi.agbCode,
      fase: 'STABILISATIE',
      datum: '2026-07-01',
    }),
  },
  {
    label: 'recordReintegratieTraject',
    field: 'recordReintegratieTraject',
    rule: domainRule('WERK_EN_INKOMEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      action: 'GESTART',
      memberId: kit.members.b,
      providerAgb: PROVIDERS.wi.agbCode,
      soort: 'WERKFIT',
      datum: '2026-04-01',
    }),
  },

  // Wonen.
  contactmomentRow('recordWonenContactmoment', 'WONEN', 'a', 'Huisbezoek: de huurachterstand besproken'),
  {
    label: 'recordHuurachterstand',
    field: 'recordHuurachterstand',
    rule: domainRule('WONEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      signaalId: randomUUID(),
      memberId: kit.members.a,
      verhuurder: 'Woonstad Matrix',
      verhuurderSoort: 'WONINGCORPORATIE',
      bedragAchterstandCents: 164_000,
      maandenAchterstand: 2,
      ontvangenOp: '2026-10-20',
    }),
  },
  {
    label: 'recordHuurachterstandOpvolging',
    field: 'recordHuurachterstandOpvolging',
    rule: domainRule('WONEN'),
    prepare: async (client, kit) => {
      const signaalId = randomUUID();
      await client.huurachterstand(kit, 'Woonstad Opvolging', signaalId);
      return { householdId: kit.id, signaalId, stap: 'CONTACT_GELEGD', datum: '2026-06-22', note: 'Huisbezoek' };
    },
  },
  {
    label: 'recordOntruimingsdreiging',
    field: 'recordOntruimingsdreiging',
    rule: domainRule('WONEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      memberId: kit.members.b,
      fase: 'AANZEGGING',
      datum: '2026-07-01',
      verhuurder: 'Woonstad Matrix',
      ontruimingsdatum: '2026-07-20',
    }),
  },
  {
    label: 'recordOntruimingUitkomst',
    field: 'recordOntruimingUitkomst',
    rule: domainRule('WONEN'),
    prepare: async (client, kit) => ({
      householdId: kit.id,
      ontruimingId: await client.ontruimingsdreiging(kit),
      uitkomst: 'VOORKOMEN',
      datum: '2026-07-10',
    }),
  },
  {
    label: 'recordUrgentie',
    field: 'recordUrgentie',
    rule: domainRule('WONEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      newUrgentieId: randomUUID(),
      memberId: kit.members.b,
      besluit: 'AANGEVRAAGD',
      grond: 'MEDISCH',
      datum: '2026-05-01',
    }),
  },
  {
    label: 'recordBetalingsregeling',
    field: 'recordBetalingsregeling',
    rule: domainRule('WONEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      action: 'GETROFFEN',
      memberId: kit.members.a,
      datum: '2026-07-01',
      verhuurder: 'Woonstad Matrix',
      bedragPerMaandCents: 5_000,
    }),
  },
  {
    label: 'recordWoonbegeleiding',
    field: 'recordWoonbegeleiding',
    rule: domainRule('WONEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      action: 'GESTART',
      memberId: kit.members.b,
      providerAgb: PROVIDERS.wonen.agbCode,
      soort: 'WOONBEGELEIDING',
      datum: '2026-04-01',
    }),
  },
  {
    label: 'recordLaatsteKansAfspraak',
    field: 'recordLaatsteKansAfspraak',
    rule: domainRule('WONEN'),
    prepare: async (_client, kit) => ({
      householdId: kit.id,
      action: 'GEMAAKT',
      memberId: kit.members.a,
      datum: '2026-07-15',
      soort: 'LAATSTE_KANS',
      verhuurder: 'Woonstad Matrix',
      voorwaarden: ['BUDGETBEHEER', 'WOONBEGELEIDING'],
      einddatum: '2027-07-14',
    }),
  },
];
