import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE, TimelineProjector } from '@regie/timeline';
import type { TestApp } from '../test-app';
import { anna, bram, carla, GEMEENTE_A, GEMEENTE_B, STAFF, type Domain, type MatrixActor } from './actors';

// Households of a known shape, built over the real api by the actors who may build them. The three read fixtures
// (H1, H2, H3) carry entries with distinctive notes; the write matrix runs on fresh copies of the same shapes.

export const RECORDED = 'householdId eventIds streamRevision position';

export interface Recorded {
  householdId: string | null;
  eventIds: string[];
  streamRevision: string;
  position: string;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string } }[];
}

export type MemberKey = 'a' | 'b' | 'c';
export type EntryDomain = Domain | 'HOUSEHOLD';

export interface BasisSpec {
  readonly domain: Domain;
  /** `all` = the whole household. */
  readonly members: 'all' | readonly MemberKey[];
}

/** H1: regisseur anna, legal bases JEUGD (whole household) and WMO (member a only). */
export type Shape = 'H1' | 'H2' | 'H3';

interface ShapeSpec {
  readonly gemeente: string;
  readonly regisseur: MatrixActor;
  readonly bases: readonly BasisSpec[];
}

export const SHAPES: Readonly<Record<Shape, ShapeSpec>> = {
  H1: {
    gemeente: GEMEENTE_A,
    regisseur: anna,
    bases: [
      { domain: 'JEUGD', members: 'all' },
      { domain: 'WMO', members: ['a'] },
    ],
  },
  H2: { gemeente: GEMEENTE_A, regisseur: bram, bases: [] },
  H3: { gemeente: GEMEENTE_B, regisseur: carla, bases: [{ domain: 'JEUGD', members: 'all' }] },
};

export interface Kit {
  readonly shape: Shape;
  readonly id: string;
  readonly name: string;
  readonly gemeente: string;
  readonly regisseur: MatrixActor;
  readonly bases: readonly BasisSpec[];
  /** Member ids: a (Sanne, the only one the H1 WMO basis covers), b (Mark), c (Noah, a child). */
  readonly members: Readonly<Record<MemberKey, string>>;
  readonly memberNames: Readonly<Record<MemberKey, string>>;
  /** Domains with an entry in the household (their staff read it at the care level). */
  readonly involved: Set<Domain>;
}

/** One entry of a read fixture and the text that must show (or must not) depending on the reader. */
export interface FixtureEntry {
  readonly label: string;
  readonly eventId: string;
  readonly domain: EntryDomain;
  readonly member: MemberKey | null;
  /** Free text that lands in `note` (and, for a goal evaluation, in the plan). */
  readonly note?: string;
  /** Other text only this entry brings into a response: an exclusive provider's name, a creditor. */
  readonly secrets: readonly string[];
}

export interface ReadFixture {
  readonly kit: Kit;
  readonly entries: readonly FixtureEntry[];
}

/** Providers of the national AGB register used by the fixtures: each used once per household. */
export const PROVIDERS = {
  jeugd: { agbCode: '21000001', name: 'Jeugdhulp Kompas Matrix', domains: ['JEUGD'] },
  wmoGedekt: { agbCode: '22000001', name: 'Thuiszorg Gedekt Matrix', domains: ['WMO'] },
  wmoOngedekt: { agbCode: '22000002', name: 'Huishoudhulp Ongedekt Matrix', domains: ['WMO'] },
  wi: { agbCode: '23000001', name: 'Werkfit Geheim Matrix', domains: ['WERK_EN_INKOMEN'] },
  wonen: { agbCode: '24000001', name: 'Woonbegeleiding Geheim Matrix', domains: ['WONEN'] },
} as const;

export const LAW: Readonly<Record<Domain, string>> = {
  JEUGD: 'art. 7.1.1 Jeugdwet',
  WMO: 'art. 5.1 Wmo 2015',
  WERK_EN_INKOMEN: 'art. 64 Participatiewet',
  WONEN: 'art. 3 Wgs; art. 12 Huisvestingswet 2014 met de huisvestingsverordening',
};

let counter = 0;
/** A short unique token (letters and digits) for names and toewijzingnummers. */
export const unique = (prefix = 'M'): string =>
  `${prefix}${Date.now().toString(36).slice(-4)}${(++counter).toString(36)}`;

/** A random BSN that passes the elfproef. */
export function newBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    if (digits[0] === 0) continue;
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    const check = sum % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

let agbCounter = 0;
/** A fresh AGB-code for registerProvider cases (never one of PROVIDERS). */
export const newAgb = (): string =>
  `9${String(Date.now() % 1000).padStart(3, '0')}${String(++agbCounter).padStart(4, '0')}`;

export class MatrixClient {
  /** Projection failures seen while the matrix ran (diagnostics for a read-your-writes lag). */
  readonly projectorFailures: string[] = [];

  constructor(readonly api: TestApp) {
    const projector = api.app.get(TimelineProjector, { strict: false });
    const events = (projector as unknown as { events?: { on(name: string, listener: (error: Error) => void): void } })
      .events;
    events?.on?.('failed', (error) => this.projectorFailures.push(`${new Date().toISOString()} ${error.message}`));
  }

  /** Raw read-model rows of a household (diagnostics). */
  async readModelRows(id: string): Promise<unknown> {
    const db = this.api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
    const households = await db.query('select * from households where id = $1', [id]);
    const entries = await db.query(
      'select event_id, type, global_position from timeline_entries where household_id = $1',
      [id],
    );
    return { households: households.rows, entries: entries.rows };
  }

  /** Event ids of a household's entries in the read model (diagnostics). */
  async projectedEntries(householdId: string): Promise<string[]> {
    const db = this.api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
    const { rows } = await db.query<{ event_id: string }>(
      'select event_id from timeline_entries where household_id = $1',
      [householdId],
    );
    return rows.map((row) => row.event_id);
  }

  async projectorCheckpoint(): Promise<string> {
    return String(await this.api.app.get(TimelineProjector, { strict: false }).checkpoint());
  }

  get store(): EventStore {
    return this.api.app.get<EventStore>(EVENT_STORE, { strict: false });
  }

  send<T = Record<string, unknown>>(
    actor: MatrixActor,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    return this.api.graphql<T>(query, variables, actor) as Promise<GraphQLResponse<T>>;
  }

  /** Reads of the read model that only succeeded after a retry: read-your-writes did not hold. */
  readonly lagged: string[] = [];

  /** The mutation `field` with `input`, its input type as the running schema declares it. */
  mutation(field: string): string {
    const mutation = this.api.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields()[field];
    const input = mutation?.args.find((arg) => arg.name === 'input');
    if (!input) throw new Error(`Mutation.${field}(input: …) is not in the schema`);
    return `mutation($input: ${input.type.toString()}) { ${field}(input: $input) { ${RECORDED} } }`;
  }

  /** A set-up write: fails loudly when refused. */
  async write(actor: MatrixActor, field: string, input: Record<string, unknown>): Promise<Recorded> {
    const { data, errors } = await this.send<Record<string, Recorded>>(actor, this.mutation(field), { input });
    if (errors || !data?.[field]) {
      throw new Error(
        `set-up ${field} by ${actor.label} failed: ${JSON.stringify(errors)} for ${JSON.stringify(input)}`,
      );
    }
    return data[field]!;
  }

  async eventData<T>(householdId: string, eventId: string): Promise<T> {
    const event = (await this.store.readStream(`household-${householdId}`)).find((e) => e.id === eventId);
    if (!event) throw new Error(`event ${eventId} not in household-${householdId}`);
    return event.data as T;
  }

  async headPosition(): Promise<bigint> {
    return (await this.store.headPosition()) ?? -1n;
  }

  /** Each gemeente keeps its own register: both register the same providers. */
  async registerProviders(): Promise<void> {
    for (const { beheerder } of Object.values(STAFF)) {
      for (const provider of Object.values(PROVIDERS)) {
        await this.write(beheerder, 'registerProvider', { ...provider, domains: [...provider.domains] });
      }
    }
  }

  /** A household of `shape`: registered, its regisseur assigned, its legal bases recorded by the domains. */
  async kit(shape: Shape, tag = unique('K')): Promise<Kit> {
    const spec = SHAPES[shape];
    const staff = STAFF[spec.gemeente]!;
    const name = `Familie ${tag}`;
    const memberNames: Record<MemberKey, string> = {
      a: `Sanne ${tag}`,
      b: `Mark ${tag}`,
      c: `Noah ${tag}`,
    };
    const registered = await this.write(staff.beheerder, 'registerHousehold', {
      gemeente: spec.gemeente,
      name,
      members: [
        { bsn: newBsn(), name: memberNames.a, birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
        { bsn: newBsn(), name: memberNames.b, birthDate: '1986-11-02', relation: 'OUDER_VERZORGER' },
        { bsn: newBsn(), name: memberNames.c, birthDate: '2012-07-30', relation: 'KIND' },
      ],
    });
    const id = registered.householdId!;
    const read = () =>
      this.send<{ household: { members: { id: string; name: string }[] } }>(
        staff.beheerder,
        'query($id: ID!) { household(id: $id) { members { id name } } }',
        { id },
      );
    let { data, errors } = await read();
    for (let attempt = 1; errors && attempt <= 20; attempt++) {
      // The mutation returned, yet the read model does not show the household: note it and wait for the projector.
      if (attempt === 1) this.lagged.push(`registerHousehold ${id} at ${registered.position}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      ({ data, errors } = await read());
    }
    if (errors) {
      const stream = await this.store.readStream(`household-${id}`);
      throw new Error(
        `members of ${name} (${id}, registered at ${registered.position}) not readable after 5 s: ${JSON.stringify(errors)}; ` +
          `stream ${JSON.stringify(stream.map((event) => `${event.type}@${event.position}`))}, projector checkpoint ` +
          `${await this.projectorCheckpoint()}, store head ${await this.headPosition()}, read model row ` +
          `${JSON.stringify(await this.readModelRows(id))}, projector failures ` +
          JSON.stringify(this.projectorFailures),
      );
    }
    const byName = new Map(data!.household.members.map((member) => [member.name, member.id]));
    const members = { a: byName.get(memberNames.a)!, b: byName.get(memberNames.b)!, c: byName.get(memberNames.c)! };
    await this.write(staff.beheerder, 'assignRegisseur', {
      householdId: id,
      regisseurUserId: spec.regisseur.userId,
      regisseurName: spec.regisseur.name,
      reason: 'Aanmelding via het wijkteam',
    });
    const kit: Kit = {
      shape,
      id,
      name,
      gemeente: spec.gemeente,
      regisseur: spec.regisseur,
      bases: spec.bases,
      members,
      memberNames,
      involved: new Set(),
    };
    for (const basis of spec.bases) {
      await this.write(staff.workers[basis.domain], 'recordSharingBasis', {
        householdId: id,
        domain: basis.domain,
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: LAW[basis.domain],
        toestemmingVastgelegdOp: '2026-01-20',
        memberIds: basis.members === 'all' ? [] : basis.members.map((key) => members[key]),
        validFrom: '2026-01-15',
        validUntil: '2027-12-31',
      });
    }
    return kit;
  }

  // Entries used by the read fixtures and as prerequisites of write cases.

  jeugdToewijzing(kit: Kit, toewijzingNummer: string, extra: Record<string, unknown> = {}) {
    return this.write(STAFF[kit.gemeente]!.workers.JEUGD, 'recordJeugdToewijzing', {
      householdId: kit.id,
      memberId: kit.members.c,
      providerAgb: PROVIDERS.jeugd.agbCode,
      toewijzingNummer,
      toewijzingsdatum: '2026-03-10',
      ingangsdatum: '2026-03-15',
      einddatum: '2026-09-30',
      productcategorie: '45',
      omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      verwijzer: '02',
      ...extra,
    });
  }

  jeugdZorgStart(kit: Kit, toewijzingNummer: string) {
    return this.write(STAFF[kit.gemeente]!.workers.JEUGD, 'recordJeugdZorgStart', {
      householdId: kit.id,
      toewijzingNummer,
      begindatum: '2026-03-24',
    });
  }

  jeugdContactmoment(kit: Kit, note: string, member: MemberKey = 'c') {
    return this.write(STAFF[kit.gemeente]!.workers.JEUGD, 'recordJeugdContactmoment', {
      householdId: kit.id,
      memberId: kit.members[member],
      datum: '2026-04-02',
      soort: 'HUISBEZOEK',
      note,
    });
  }

  wmoMelding(kit: Kit, member: MemberKey, hulpvraag: string, meldingId = randomUUID()) {
    return this.write(STAFF[kit.gemeente]!.workers.WMO, 'recordWmoMelding', {
      householdId: kit.id,
      meldingId,
      memberId: kit.members[member],
      meldingsdatum: '2026-02-02',
      hulpvraag,
    });
  }

  wmoOnderzoek(kit: Kit, meldingId: string) {
    const rung = (sufficient: string, toelichting: string) => ({ considered: true, sufficient, toelichting });
    return this.write(STAFF[kit.gemeente]!.workers.WMO, 'recordWmoOnderzoek', {
      householdId: kit.id,
      meldingId,
      afgerondOp: '2026-03-02',
      keukentafelgesprekOp: '2026-02-16',
      eigenKracht: rung('NEE', 'Vermoeidheidsklachten'),
      gebruikelijkeHulp: rung('DEELS', 'Partner werkt fulltime'),
      mantelzorg: rung('DEELS', 'Oma helpt op woensdag'),
      sociaalNetwerk: rung('NEE', 'Weinig netwerk in de buurt'),
      algemeneVoorziening: rung('NEE', 'Wachtlijst bij het buurthuis'),
      conclusie: 'MAATWERKVOORZIENING_NODIG',
    });
  }

  wmoToewijzing(
    kit: Kit,
    member: MemberKey,
    toewijzingNummer: string,
    providerAgb: string = PROVIDERS.wmoGedekt.agbCode,
  ) {
    return this.write(STAFF[kit.gemeente]!.workers.WMO, 'recordWmoToewijzing', {
      householdId: kit.id,
      memberId: kit.members[member],
      providerAgb,
      toewijzingNummer,
      toewijzingsdatum: '2026-03-12',
      ingangsdatum: '2026-03-16',
      einddatum: '2026-12-31',
      productcategorie: '02',
    });
  }

  wmoZorgStart(kit: Kit, toewijzingNummer: string) {
    return this.write(STAFF[kit.gemeente]!.workers.WMO, 'recordWmoZorgStart', {
      householdId: kit.id,
      toewijzingNummer,
      begindatum: '2026-03-23',
    });
  }

  schuldsignaal(kit: Kit, schuldeiser: string, soort = 'HUUR', signaalId = randomUUID()) {
    return this.write(STAFF[kit.gemeente]!.workers.WERK_EN_INKOMEN, 'recordSchuldsignaal', {
      householdId: kit.id,
      signaalId,
      memberId: kit.members.a,
      soort,
      ontvangenOp: '2026-06-15',
      schuldeiser,
      bedragAchterstand: 184_500,
    });
  }

  huurachterstand(kit: Kit, verhuurder: string, signaalId = randomUUID()) {
    return this.write(STAFF[kit.gemeente]!.workers.WONEN, 'recordHuurachterstand', {
      householdId: kit.id,
      signaalId,
      memberId: kit.members.a,
      verhuurder,
      verhuurderSoort: 'WONINGCORPORATIE',
      bedragAchterstandCents: 164_000,
      maandenAchterstand: 2,
      ontvangenOp: '2026-06-15',
    });
  }

  /** A threatened eviction of Sanne at its first step (a dagvaarding); its ontruimingId. */
  async ontruimingsdreiging(kit: Kit, ontruimingId = randomUUID()): Promise<string> {
    await this.write(STAFF[kit.gemeente]!.workers.WONEN, 'recordOntruimingsdreiging', {
      householdId: kit.id,
      newOntruimingId: ontruimingId,
      memberId: kit.members.a,
      fase: 'DAGVAARDING',
      datum: '2026-07-01',
      verhuurder: 'Woonstad Matrix',
    });
    return ontruimingId;
  }

  planGoal(kit: Kit, title: string, goalId = randomUUID()) {
    return this.write(kit.regisseur, 'setPlanGoal', {
      householdId: kit.id,
      goalId,
      title,
      domains: ['JEUGD'],
      memberIds: [kit.members.c],
    });
  }

  /** A set-up request whose answer is not a household's RecordedPayload: fails loudly when refused. */
  async call<T>(actor: MatrixActor, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const { data, errors } = await this.send<Record<string, T>>(actor, query, variables);
    if (errors || !data?.[field]) {
      throw new Error(
        `set-up ${field} by ${actor.label} failed: ${JSON.stringify(errors)} for ${JSON.stringify(variables)}`,
      );
    }
    return data[field]!;
  }

  /** The gemeente's maatwerkbudget for SPEND_YEAR, ample for every spend of the matrix (the same figures again: no event). */
  spendBudget(gemeente: string): Promise<void> {
    // Once per gemeente: concurrent writers of one budget stream would only collide.
    const known = this.budgets.get(gemeente);
    if (known) return known;
    const set = this.setSpendBudget(gemeente);
    this.budgets.set(gemeente, set);
    return set;
  }

  private readonly budgets = new Map<string, Promise<void>>();

  private async setSpendBudget(gemeente: string): Promise<void> {
    await this.call(
      STAFF[gemeente]!.beheerder,
      'mutation($input: SetMaatwerkbudgetInput!) { setMaatwerkbudget(input: $input) { year } }',
      { input: { year: SPEND_YEAR, totalCents: 500_000_000, perHouseholdCents: 2_000_000 } },
      'setMaatwerkbudget',
    );
  }

  /** A maatwerkbudget spend by the household's regisseur (the budget set first); its spendId. */
  async spend(kit: Kit, purpose = 'Huurachterstand van april betaald'): Promise<string> {
    await this.spendBudget(kit.gemeente);
    const spent = await this.call<{ spendId: string }>(
      kit.regisseur,
      'mutation($input: SpendMaatwerkbudgetInput!) { spendMaatwerkbudget(input: $input) { spendId } }',
      { input: spendInput(kit, purpose) },
      'spendMaatwerkbudget',
    );
    return spent.spendId;
  }

  /** An algemene voorziening in the gemeente's catalogue, registered by its beheerder; its voorzieningId. */
  async voorziening(gemeente: string): Promise<string> {
    const registered = await this.call<{ voorzieningId: string }>(
      STAFF[gemeente]!.beheerder,
      'mutation($input: RegisterAlgemeneVoorzieningInput!) { registerAlgemeneVoorziening(input: $input) { voorzieningId } }',
      { input: voorzieningInput(gemeente) },
      'registerAlgemeneVoorziening',
    );
    return registered.voorzieningId;
  }

  /** A household of `shape` with entries in every domain whose texts tell who saw what. */
  async readFixture(shape: Shape): Promise<ReadFixture> {
    const kit = await this.kit(shape, `${shape}x${unique('')}`);
    const entries: FixtureEntry[] = [];
    const add = (entry: FixtureEntry) => {
      entries.push(entry);
      if (entry.domain !== 'HOUSEHOLD') kit.involved.add(entry.domain);
    };
    const first = (recorded: Recorded) => recorded.eventIds[0]!;
    const staff = STAFF[kit.gemeente]!;

    if (shape === 'H1') {
      add({
        label: 'JEUGD toewijzing (Noah)',
        eventId: first(await this.jeugdToewijzing(kit, 'JH1001', { note: 'NOTITIE-JEUGD-H1-TOEWIJZING' })),
        domain: 'JEUGD',
        member: 'c',
        note: 'NOTITIE-JEUGD-H1-TOEWIJZING',
        secrets: [PROVIDERS.jeugd.name],
      });
    }
    add({
      label: 'JEUGD contactmoment (Noah)',
      eventId: first(await this.jeugdContactmoment(kit, `NOTITIE-JEUGD-${shape}`)),
      domain: 'JEUGD',
      member: 'c',
      note: `NOTITIE-JEUGD-${shape}`,
      secrets: [],
    });
    const covered = shape === 'H1' ? 'GEDEKT' : 'A';
    add({
      label: 'WMO melding (Sanne)',
      eventId: first(await this.wmoMelding(kit, 'a', `NOTITIE-WMO-${shape}-${covered}`)),
      domain: 'WMO',
      member: 'a',
      note: `NOTITIE-WMO-${shape}-${covered}`,
      secrets: [],
    });
    if (shape === 'H1') {
      add({
        label: 'WMO melding (Mark, not covered by the WMO basis)',
        eventId: first(await this.wmoMelding(kit, 'b', 'NOTITIE-WMO-H1-ONGEDEKT')),
        domain: 'WMO',
        member: 'b',
        note: 'NOTITIE-WMO-H1-ONGEDEKT',
        secrets: [],
      });
      add({
        label: 'WMO toewijzing (Sanne)',
        eventId: first(await this.wmoToewijzing(kit, 'a', 'WH1001', PROVIDERS.wmoGedekt.agbCode)),
        domain: 'WMO',
        member: 'a',
        secrets: [PROVIDERS.wmoGedekt.name],
      });
      add({
        label: 'WMO toewijzing (Mark, not covered)',
        eventId: first(await this.wmoToewijzing(kit, 'b', 'WH1002', PROVIDERS.wmoOngedekt.agbCode)),
        domain: 'WMO',
        member: 'b',
        secrets: [PROVIDERS.wmoOngedekt.name],
      });
    }
    const signaalId = randomUUID();
    const schuldeiser = `Schuldeiser GEHEIM-WI-${shape}`;
    add({
      label: 'W&I vroegsignaal (Sanne)',
      eventId: first(await this.schuldsignaal(kit, schuldeiser, 'HUUR', signaalId)),
      domain: 'WERK_EN_INKOMEN',
      member: 'a',
      secrets: [schuldeiser],
    });
    add({
      label: 'W&I opvolging (Sanne)',
      eventId: first(
        await this.write(staff.workers.WERK_EN_INKOMEN, 'recordSchuldsignaalOpvolging', {
          householdId: kit.id,
          signaalId,
          stap: 'CONTACT_GELEGD',
          datum: '2026-06-22',
          note: `NOTITIE-WI-${shape}`,
        }),
      ),
      domain: 'WERK_EN_INKOMEN',
      member: 'a',
      note: `NOTITIE-WI-${shape}`,
      secrets: [],
    });
    if (shape === 'H1') {
      add({
        label: 'W&I re-integratie (Mark)',
        eventId: first(
          await this.write(staff.workers.WERK_EN_INKOMEN, 'recordReintegratieTraject', {
            householdId: kit.id,
            action: 'GESTART',
            memberId: kit.members.b,
            providerAgb: PROVIDERS.wi.agbCode,
            soort: 'WERKFIT',
            datum: '2026-04-01',
          }),
        ),
        domain: 'WERK_EN_INKOMEN',
        member: 'b',
        secrets: [PROVIDERS.wi.name],
      });
    }
    // The afweging is the domain's data, not the household's: W&I's ladder for Sanne, under no basis in H1 and H2.
    const afwegingRequest = `AFWEGING-WI-${shape}`;
    add({
      label: 'W&I afweging (Sanne)',
      eventId: first(
        await this.write(staff.workers.WERK_EN_INKOMEN, 'recordAfweging', {
          householdId: kit.id,
          domain: 'WERK_EN_INKOMEN',
          memberId: kit.members.a,
          requestKey: afwegingRequest,
          assessedOn: '2026-05-01',
          ...ladderWithoutSufficientRung,
          outcome: 'MAATWERK',
        }),
      ),
      domain: 'WERK_EN_INKOMEN',
      member: 'a',
      secrets: [afwegingRequest],
    });
    // ZRM scores and maatwerkbudget spends are the household's (the regisseur's), like the plan.
    add({
      label: 'HOUSEHOLD ZRM (Sanne)',
      eventId: first(
        await this.write(kit.regisseur, 'scoreZrm', {
          householdId: kit.id,
          memberId: kit.members.a,
          scoredOn: '2026-04-01',
          scores: [{ domain: 'FINANCIEN', score: 2 }],
          note: `NOTITIE-ZRM-${shape}`,
        }),
      ),
      domain: 'HOUSEHOLD',
      member: 'a',
      note: `NOTITIE-ZRM-${shape}`,
      secrets: [],
    });
    await this.spendBudget(kit.gemeente);
    const spent = await this.call<Recorded & { spendId: string }>(
      kit.regisseur,
      `mutation($input: SpendMaatwerkbudgetInput!) { spendMaatwerkbudget(input: $input) { ${RECORDED} spendId } }`,
      { input: spendInput(kit, `NOTITIE-BESTEDING-${shape}`) },
      'spendMaatwerkbudget',
    );
    add({
      label: 'HOUSEHOLD maatwerkbudget spend (Sanne)',
      eventId: first(spent),
      domain: 'HOUSEHOLD',
      member: 'a',
      note: `NOTITIE-BESTEDING-${shape}`,
      secrets: [spent.spendId],
    });
    const goalId = randomUUID();
    await this.planGoal(kit, `Doel ${shape}: Noah gaat weer naar school`, goalId);
    add({
      label: 'HOUSEHOLD goal evaluation',
      eventId: first(
        await this.write(kit.regisseur, 'evaluatePlanGoal', {
          householdId: kit.id,
          goalId,
          outcome: 'DEELS_BEREIKT',
          evaluatedOn: '2026-10-15',
          note: `NOTITIE-HUISHOUDEN-${shape}`,
        }),
      ),
      domain: 'HOUSEHOLD',
      member: null,
      note: `NOTITIE-HUISHOUDEN-${shape}`,
      secrets: [],
    });
    return { kit, entries };
  }
}

export const otherGemeente = (gemeente: string): string => (gemeente === GEMEENTE_A ? GEMEENTE_B : GEMEENTE_A);

/** The budget year of the matrix's spends (a spend is not dated in the future). */
export const SPEND_YEAR = 2026;

export const spendInput = (kit: Kit, purpose: string) => ({
  householdId: kit.id,
  amountCents: 45_000,
  spentOn: '2026-05-04',
  purpose,
  prevents: 'HUISUITZETTING',
  memberIds: [kit.members.a],
});

/** A valid new entry of the gemeente's voorliggend-veld catalogue (names are unique among offered entries). */
export const voorzieningInput = (gemeente: string) => ({
  gemeente,
  naam: `Buurtkamer ${unique('V')}`,
  omschrijving: 'Inloop voor ouders, koffie en een luisterend oor',
  organisatie: 'Stichting Welzijn Matrix',
  replaces: [{ domain: 'WMO', category: '02' }],
  voorwaarden: 'Gratis, zonder aanmelding',
  contact: { telefoon: '020-1234567' },
  geldigVanaf: '2026-01-01',
});

/** Every rung of the afwegingsladder considered and none sufficient: the outcome is MAATWERK. */
export const ladderWithoutSufficientRung = Object.fromEntries(
  ['eigenKracht', 'gebruikelijkeHulp', 'mantelzorg', 'sociaalNetwerk', 'algemeneVoorziening'].map((rung) => [
    rung,
    { considered: true, sufficient: 'NEE', toelichting: 'Besproken met het gezin' },
  ]),
);
