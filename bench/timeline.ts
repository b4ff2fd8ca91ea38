/**
 * The read side at a given store size, on PostgreSQL in a fresh schema (dropped afterwards):
 *  1. generates N events in bulk (200 providers, households with Jeugd/Wmo/W&I histories, one HEAVY household of
 *     5,000 entries and 40 providers, one LIGHT household of 5 entries), straight into `events` and `streams`;
 *  2. projects the whole store from empty (TimelineProjector.rebuild, the path of `regie rebuild`: blue/green into a
 *     schema of its own, indexes at the end, then the switch) and measures events/s and peak RSS; then a second
 *     rebuild over two household partitions (`regie rebuild --workers 2`);
 *  3. starts the real api on that schema and measures `household { timeline(first: 50) }` over HTTP for the HEAVY
 *     and LIGHT household (first page and a deep page), and the read-model query behind a page directly.
 * Run: node --expose-gc -r @swc-node/register bench/timeline.ts --events 100000 [--json out.json] [--reps 3]
 * Progress goes to stderr; bench/run.ts runs it per size and writes bench/results/timeline.{json,md}.
 */
import './production-mode';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { signDevelopmentToken } from '@regie/access';
import { loadConfig } from '@regie/config';
import { newEventId } from '@regie/event-store';
import { DomainRegistry, PROVIDER_REGISTERED, providerStream } from '@regie/household';
import { jeugdDefinition } from '@regie/jeugd';
import {
  EmbeddedDatabase,
  migrate,
  PostgresDatabase,
  type SqlDatabase,
  type SqlExecutor,
  type TransactionOptions,
} from '@regie/sql';
import { TIMELINE_COMPONENT, timelineMigrations, TimelineProjector, TimelineReadModel } from '@regie/timeline';
import { werkInkomenDefinition } from '@regie/werk-inkomen';
import { wmoDefinition } from '@regie/wmo';
import { Client } from 'pg';
import { AppModule } from '../apps/api/src/app.module';
import { SqlEventStore } from '../libs/event-store/src/sql/sql-event-store';
import { encodeCursor } from '../libs/timeline/src/query/cursor';
import { HttpLoad, type LoadRequests } from './http-load';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PROVIDERS = 200;
const HEAVY_ENTRIES = 5000;
const HEAVY_PROVIDERS = 40;
const LIGHT_ENTRIES = 5;
const CHUNK = 5000;
const PAGE_SIZE = 50;
const SHARED_DOMAINS = ['JEUGD', 'WMO', 'WERK_EN_INKOMEN'] as const;
const SHARING_PROVISIONS: Record<(typeof SHARED_DOMAINS)[number], string> = {
  JEUGD: 'art. 7.4.4 Jeugdwet',
  WMO: 'art. 5.2.1 Wmo 2015',
  WERK_EN_INKOMEN: 'Participatiewet (bench data)',
};
/** What the heavy household's regisseur may see: every domain has a current basis for the whole household. */
const regisseurGrant = ['HOUSEHOLD', ...SHARED_DOMAINS].map((domain) => ({ domain, members: 'all' as const }));
/** Entries skipped before the deep page of the HEAVY household (the LIGHT one has only 5: after its 2nd). */
const HEAVY_DEEP_OFFSET = 4000;
const LIGHT_DEEP_OFFSET = 2;

export interface LatencyStats {
  p50: number;
  p99: number;
  mean: number;
}

export interface TimelineBenchResult {
  events: number;
  households: number;
  heavyHouseholdId: string;
  lightHouseholdId: string;
  generate: { seconds: number; eventsPerSecond: number };
  catchUp: {
    seconds: number;
    eventsPerSecond: number;
    peakRssMiB: number;
    rssBeforeMiB: number;
    /** Statements the projector sent to the read-model database, per event (each one a round trip). */
    statementsPerEvent: number;
    /** The reference: a plain `readAll` of the same store in pages of 1,000, events/s. */
    readAllEventsPerSecond?: number;
    /** Household partitions projected side by side during the bulk load (`regie rebuild --workers`). */
    workers?: number;
  };
  /** The same rebuild over two household partitions, right after the first. */
  catchUpTwoWorkers?: TimelineBenchResult['catchUp'];
  readModelRows: { timelineEntries: number; heavyEntries: number; lightEntries: number };
  latency: {
    reps: number;
    requests: number;
    warmup: number;
    /** Median over the repetitions of each repetition's p50 / p99 / mean, in ms. */
    http: Record<LatencyCase, LatencyStats>;
    /**
     * The same HTTP path with nothing to read: `{ __typename }` with the same bearer token (a client thread, Express, JWT,
     * Apollo, armor). What any GraphQL request costs here before it touches a household.
     */
    httpFloor?: LatencyStats;
    sql: Record<LatencyCase, LatencyStats>;
    /** Every repetition, for the record. */
    runs: { http: Record<LatencyCase, LatencyStats>; sql: Record<LatencyCase, LatencyStats>; floor?: LatencyStats }[];
  };
  explainHeavyDeep: string;
}

export type LatencyCase = 'heavyFirst' | 'heavyDeep' | 'lightFirst' | 'lightDeep';
export const CASES: readonly LatencyCase[] = ['heavyFirst', 'heavyDeep', 'lightFirst', 'lightDeep'];

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

/** 10k, 100k, 1M, 1m, 250000. */
export function parseCount(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text}`);
  const factor = { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

export const log = (line: string) =>
  process.stderr.write(`[timeline ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const MiB = (bytes: number) => Math.round(bytes / 2 ** 20);

// ---------------------------------------------------------------------------------------------------------------
// 1. Store generation
// ---------------------------------------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32), so every run generates the same shape of store. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
const random = prng(20260105);

type Domain = 'JEUGD' | 'WMO' | 'WERK_EN_INKOMEN';
const DOMAINS: readonly Domain[] = ['JEUGD', 'WMO', 'WERK_EN_INKOMEN'];

interface Provider {
  agbCode: string;
  name: string;
  domains: Domain[];
}

const PROVIDER_KINDS: Record<Domain, readonly string[]> = {
  JEUGD: ['Jeugdhulp', 'Kinder- en Jeugdpsychiatrie', 'Gezinsbegeleiding', 'Jeugdzorg'],
  WMO: ['Thuiszorg', 'Huishoudelijke Hulp', 'Dagbesteding', 'Begeleid Wonen'],
  WERK_EN_INKOMEN: ['Schuldhulp', 'Re-integratie', 'Werkfit', 'Budgetbeheer'],
};
const PLACES = ['Amsterdam', 'Utrecht', 'Zaanstreek', 'Amstelland', 'Gooi', 'Waterland', 'IJmond', 'Kennemerland'];

function makeProviders(): Provider[] {
  return Array.from({ length: PROVIDERS }, (_, i) => {
    const domain = DOMAINS[i % DOMAINS.length]!;
    const domains: Domain[] = i % 10 === 9 ? [domain, DOMAINS[(i + 1) % DOMAINS.length]!] : [domain];
    return {
      agbCode: `${domain === 'WERK_EN_INKOMEN' ? '98' : domain === 'WMO' ? '75' : '73'}${String(100000 + i).slice(1)}0`,
      name: `${random.pick(PROVIDER_KINDS[domain])} ${random.pick(PLACES)} ${i + 1}`,
      domains,
    };
  });
}

const FIRST_NAMES = ['Sanne', 'Daan', 'Noor', 'Milan', 'Fenna', 'Sem', 'Yara', 'Luuk', 'Amira', 'Bram', 'Lotte', 'Mo'];
const LAST_NAMES = ['de Vries', 'Jansen', 'Bakker', 'El Idrissi', 'Visser', 'Smit', 'Yilmaz', 'de Boer', 'Mulder'];

interface Draft {
  type: string;
  domain: string;
  data: Record<string, unknown>;
  /** Domain worker's or regisseur's action. */
  byRegisseur?: boolean;
}

type Step = (date: string) => Draft;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Member {
  memberId: string;
  bsn: string;
  name: string;
  birthDate: string;
  relation: 'OUDER_VERZORGER' | 'KIND' | 'PARTNER' | 'OVERIG';
}

/** One household's history, event after event: registration, a regisseur, then domain flows one after another. */
class HouseholdSim {
  readonly streamId: string;
  revision = -1;
  private emitted = 0;
  private readonly queue: Step[] = [];
  private readonly members: Member[];
  private flow = 0;

  constructor(
    readonly id: string,
    readonly length: number,
    private readonly providers: Record<Domain, readonly Provider[]>,
    private readonly regisseur: { userId: string; name: string },
  ) {
    this.streamId = `household-${id}`;
    const lastName = random.pick(LAST_NAMES);
    const size = random.int(2, 6);
    this.members = Array.from({ length: size }, (_, i) => {
      const child = i >= 2 || (i === 1 && size > 2 && random.chance(0.3));
      const year = child ? random.int(2008, 2022) : random.int(1960, 1995);
      return {
        memberId: randomUUID(),
        bsn: String(100000000 + random.int(0, 899999999)),
        name: `${random.pick(FIRST_NAMES)} ${lastName}`,
        birthDate: `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        relation: child ? 'KIND' : i === 0 ? 'OUDER_VERZORGER' : 'PARTNER',
      };
    });
  }

  get done(): boolean {
    return this.emitted >= this.length;
  }

  next(date: string): Draft {
    this.emitted++;
    this.revision++;
    if (this.emitted === 1) {
      return {
        type: 'household.HouseholdRegistered',
        domain: 'HOUSEHOLD',
        byRegisseur: true,
        data: {
          householdId: this.id,
          gemeente: '0363',
          name: `Huishouden ${this.members[0]!.name}`,
          members: this.members,
        },
      };
    }
    if (this.emitted === 2) {
      return {
        type: 'household.RegisseurAssigned',
        domain: 'HOUSEHOLD',
        byRegisseur: true,
        data: { regisseur: this.regisseur, reason: 'Aanmelding via het sociaal wijkteam' },
      };
    }
    const shared = SHARED_DOMAINS[this.emitted - 3];
    if (shared) {
      // Each domain's legal basis to share with the regisseur: without it the regisseur would not see its entries.
      return {
        type: 'household.SharingBasisRecorded',
        domain: 'HOUSEHOLD',
        byRegisseur: false,
        data: {
          basisId: `${this.id.slice(0, 8)}-${shared}`,
          domain: shared,
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: SHARING_PROVISIONS[shared],
          memberIds: [],
          validFrom: '2015-01-01',
          validUntil: '2099-12-31',
        },
      };
    }
    if (this.queue.length === 0) this.planFlow();
    return this.queue.shift()!(date);
  }

  private member(kind: 'child' | 'adult'): Member {
    const wanted = this.members.filter((m) => (kind === 'child' ? m.relation === 'KIND' : m.relation !== 'KIND'));
    return random.pick(wanted.length > 0 ? wanted : this.members);
  }

  private planFlow(): void {
    const domain = random.pick(DOMAINS);
    const provider = random.pick(this.providers[domain]).agbCode;
    const key = `${this.id.slice(0, 8)}-${++this.flow}`;
    if (domain === 'JEUGD') this.queue.push(...jeugdFlow(this.member('child').memberId, provider, key));
    else if (domain === 'WMO') this.queue.push(...wmoFlow(this.member('adult').memberId, provider, key));
    else this.queue.push(...werkInkomenFlow(this.member('adult').memberId, provider, key));
  }
}

function jeugdFlow(memberId: string, providerAgb: string, key: string): Step[] {
  const productcategorie = random.pick(['41', '43', '45', '46', '50', '54']);
  const productcode = `${productcategorie}A${random.int(10, 99)}`;
  const nummer = `J-${key}`;
  let ingang = '';
  let begin = '';
  const steps: Step[] = [
    (date) => ({
      type: 'jeugd.VerzoekOmToewijzingOntvangen',
      domain: 'JEUGD',
      data: {
        memberId,
        providerAgb,
        productcategorie,
        productcode,
        gewensteIngangsdatum: addDays(date, 14),
        verwijzer: '02',
      },
    }),
    (date) => {
      ingang = addDays(date, 7);
      return {
        type: 'jeugd.ToewijzingVastgelegd',
        domain: 'JEUGD',
        data: {
          memberId,
          providerAgb,
          toewijzingNummer: nummer,
          toewijzingsdatum: date,
          ingangsdatum: ingang,
          einddatum: addDays(ingang, 364),
          productcategorie,
          productcode,
          omvang: { volume: random.int(1, 8), eenheid: '04', frequentie: '2' },
          verwijzer: '02',
        },
      };
    },
    (date) => {
      begin = date;
      return {
        type: 'jeugd.ZorgGestart',
        domain: 'JEUGD',
        data: { toewijzingNummer: nummer, memberId, providerAgb, productcategorie, productcode, begindatum: date },
      };
    },
  ];
  for (let i = random.int(0, 3); i > 0; i--) {
    steps.push((date) => ({
      type: 'jeugd.ContactmomentVastgelegd',
      domain: 'JEUGD',
      data: {
        memberId,
        providerAgb,
        datum: date,
        soort: random.pick(['HUISBEZOEK', 'GESPREK', 'TELEFONISCH', 'OVERLEG']),
        note: 'Gesprek over de voortgang; afspraken met school besproken.',
      },
    }));
  }
  if (random.chance(0.7)) {
    steps.push((date) => ({
      type: 'jeugd.ZorgGestopt',
      domain: 'JEUGD',
      data: {
        toewijzingNummer: nummer,
        memberId,
        providerAgb,
        productcategorie,
        productcode,
        begindatum: begin,
        einddatum: date,
        redenBeeindiging: random.pick(['19', '21', '23', '38']),
      },
    }));
  }
  return steps;
}

function wmoFlow(memberId: string, providerAgb: string, key: string): Step[] {
  const meldingId = `M-${key}`;
  const besluitId = `B-${key}`;
  const nummer = `W-${key}`;
  const productcategorie = random.pick(['01', '02', '03', '07']);
  const productcode = `${productcategorie}A${random.int(10, 99)}`;
  let uiterlijk = '';
  let begin = '';
  const trede = (sufficient: 'JA' | 'DEELS' | 'NEE') => ({ considered: true, sufficient });
  const steps: Step[] = [
    (date) => {
      uiterlijk = addDays(date, 42);
      return {
        type: 'wmo.MeldingOntvangen',
        domain: 'WMO',
        data: {
          meldingId,
          memberId,
          meldingsdatum: date,
          onderzoekUiterlijk: uiterlijk,
          hulpvraag: 'Hulp bij het huishouden na heupoperatie',
        },
      };
    },
    (date) => ({
      type: 'wmo.OnderzoekAfgerond',
      domain: 'WMO',
      data: {
        meldingId,
        memberId,
        afgerondOp: date,
        keukentafelgesprekOp: addDays(date, -3),
        onderzoekUiterlijk: uiterlijk || addDays(date, 30),
        eigenKracht: trede('NEE'),
        gebruikelijkeHulp: trede('NEE'),
        mantelzorg: trede('DEELS'),
        sociaalNetwerk: trede('NEE'),
        algemeneVoorziening: { ...trede('NEE'), toelichting: 'Wijkcentrum biedt dit niet aan' },
        conclusie: 'MAATWERKVOORZIENING_NODIG',
      },
    }),
    (date) => ({
      type: 'wmo.BesluitGenomen',
      domain: 'WMO',
      data: {
        besluitId,
        meldingId,
        memberId,
        besluitdatum: date,
        uitkomst: 'TOEGEKEND',
        productcategorie,
        motivering: 'Eigen kracht en netwerk zijn niet toereikend.',
      },
    }),
    (date) => ({
      type: 'wmo.ToewijzingVastgelegd',
      domain: 'WMO',
      data: {
        memberId,
        providerAgb,
        toewijzingNummer: nummer,
        toewijzingsdatum: date,
        ingangsdatum: addDays(date, 7),
        productcategorie,
        productcode,
        omvang: { volume: random.int(2, 12), eenheid: '04', frequentie: '4' },
        besluitId,
      },
    }),
    (date) => {
      begin = date;
      return {
        type: 'wmo.ZorgGestart',
        domain: 'WMO',
        data: { toewijzingNummer: nummer, memberId, providerAgb, productcategorie, productcode, begindatum: date },
      };
    },
  ];
  if (random.chance(0.5)) {
    steps.push((date) => ({
      type: 'wmo.ZorgGestopt',
      domain: 'WMO',
      data: {
        toewijzingNummer: nummer,
        memberId,
        providerAgb,
        productcategorie,
        productcode,
        begindatum: begin,
        einddatum: date,
        redenBeeindiging: random.pick(['19', '22', '31']),
      },
    }));
  }
  return steps;
}

function werkInkomenFlow(memberId: string, providerAgb: string, key: string): Step[] {
  const W = 'WERK_EN_INKOMEN';
  switch (random.int(0, 3)) {
    case 0: {
      const bijstandId = `BS-${key}`;
      const bijstandsvorm = random.pick(['ALGEMENE_BIJSTAND', 'INKOMENSTOESLAG', 'BIJZONDERE_BIJSTAND']);
      const step =
        (type: string, reden?: string): Step =>
        (date) => ({
          type: `werk-inkomen.${type}`,
          domain: W,
          data: { bijstandId, memberId, bijstandsvorm, datum: date, ...(reden ? { reden } : {}) },
        });
      return random.chance(0.8)
        ? [step('BijstandAangevraagd'), step('BijstandToegekend'), step('BijstandBeeindigd', 'Werk gevonden')]
        : [step('BijstandAangevraagd'), step('BijstandAfgewezen', 'Vermogen boven de grens')];
    }
    case 1: {
      const signaalId = `VS-${key}`;
      return [
        (date) => ({
          type: 'werk-inkomen.VroegsignaalOntvangen',
          domain: W,
          data: {
            signaalId,
            memberId,
            soort: random.pick(['HUUR', 'ELEKTRICITEIT', 'GAS', 'DRINKWATER', 'ZORGVERZEKERING']),
            ontvangenOp: date,
            schuldeiser: random.pick(['Woonstichting De Key', 'Vattenfall', 'Waternet', 'Zilveren Kruis']),
            bedragAchterstand: random.int(20_000, 400_000),
          },
        }),
        (date) => ({
          type: 'werk-inkomen.VroegsignaalOpgevolgd',
          domain: W,
          data: { signaalId, memberId, stap: random.pick(['CONTACT_GELEGD', 'HULP_AANGEBODEN']), datum: date },
        }),
      ];
    }
    case 2: {
      const trajectId = `SH-${key}`;
      return [
        (date) => ({
          type: 'werk-inkomen.SchuldhulpGestart',
          domain: W,
          data: { trajectId, memberId, providerAgb, fase: 'STABILISATIE', datum: date },
        }),
        (date) => ({
          type: 'werk-inkomen.SchuldhulpFaseGewijzigd',
          domain: W,
          data: { trajectId, memberId, providerAgb, fase: 'SCHULDREGELING', vorigeFase: 'STABILISATIE', datum: date },
        }),
        (date) => ({
          type: 'werk-inkomen.SchuldhulpBeeindigd',
          domain: W,
          data: {
            trajectId,
            memberId,
            providerAgb,
            fase: 'SCHULDREGELING',
            datum: date,
            reden: 'Schuldregeling afgerond',
          },
        }),
      ];
    }
    default: {
      const trajectId = `RI-${key}`;
      const soort = random.pick(['WERKFIT', 'JOBCOACHING', 'PARTICIPATIEPLEK', 'OPLEIDING']);
      return [
        (date) => ({
          type: 'werk-inkomen.ReintegratieGestart',
          domain: W,
          data: { trajectId, memberId, providerAgb, soort, datum: date },
        }),
        (date) => ({
          type: 'werk-inkomen.ReintegratieBeeindigd',
          domain: W,
          data: {
            trajectId,
            memberId,
            providerAgb,
            soort,
            datum: date,
            resultaat: random.pick(['WERK_GEVONDEN', 'VOLGENS_PLAN_AFGEROND', 'VOORTIJDIG_GESTOPT']),
          },
        }),
      ];
    }
  }
}

const INSERT_EVENTS = `
  insert into events (stream_id, stream_revision, event_id, event_type, data, metadata)
  select u.stream_id, u.revision, u.event_id, u.event_type, u.data, u.metadata
  from unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])
    with ordinality as u(stream_id, revision, event_id, event_type, data, metadata, n)
  order by u.n`;
const UPSERT_STREAMS = `
  insert into streams (stream_id, revision)
  select * from unnest($1::text[], $2::bigint[])
  on conflict (stream_id) do update set revision = excluded.revision`;

class ChunkWriter {
  private streamIds: string[] = [];
  private revisions: number[] = [];
  private ids: string[] = [];
  private types: string[] = [];
  private data: string[] = [];
  private metadata: string[] = [];
  private streamHeads = new Map<string, number>();
  private inFlight: Promise<void> = Promise.resolve();
  written = 0;

  constructor(private readonly client: QueryClient) {}

  async add(streamId: string, revision: number, type: string, data: unknown, metadata: unknown): Promise<void> {
    this.streamIds.push(streamId);
    this.revisions.push(revision);
    this.ids.push(newEventId());
    this.types.push(type);
    this.data.push(JSON.stringify(data));
    this.metadata.push(JSON.stringify(metadata));
    this.streamHeads.set(streamId, revision);
    if (this.ids.length >= CHUNK) await this.flush();
  }

  /** Sends the chunk as one transaction; generation of the next chunk overlaps with it. */
  async flush(): Promise<void> {
    await this.inFlight;
    if (this.ids.length === 0) return;
    const events = [this.streamIds, this.revisions, this.ids, this.types, this.data, this.metadata];
    const heads = [[...this.streamHeads.keys()], [...this.streamHeads.values()]];
    const count = this.ids.length;
    this.streamIds = [];
    this.revisions = [];
    this.ids = [];
    this.types = [];
    this.data = [];
    this.metadata = [];
    this.streamHeads = new Map();
    const client = this.client;
    this.inFlight = (async () => {
      await client.query('begin');
      await client.query(INSERT_EVENTS, events);
      await client.query(UPSERT_STREAMS, heads);
      await client.query('commit');
      this.written += count;
    })();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }
}

/** A `pg` Client or an `EmbeddedDatabase`: the generator only sends statements. */
export interface QueryClient {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

export interface GeneratedStore {
  households: number;
  heavyId: string;
  lightId: string;
  heavyRegisseur: { userId: string; name: string };
}

export async function generateStore(client: QueryClient, total: number): Promise<GeneratedStore> {
  const householdEvents = total - PROVIDERS - HEAVY_ENTRIES - LIGHT_ENTRIES;
  if (householdEvents < 100)
    throw new Error(`--events must be at least ${PROVIDERS + HEAVY_ENTRIES + LIGHT_ENTRIES + 100}`);
  const providers = makeProviders();
  const byDomain = Object.fromEntries(
    DOMAINS.map((domain) => [domain, providers.filter((p) => p.domains.includes(domain))]),
  ) as Record<Domain, Provider[]>;
  // The HEAVY household works with 40 providers; others with 1-3 per domain they touch.
  const heavyProviders = Object.fromEntries(
    DOMAINS.map((domain, i) => [domain, byDomain[domain].slice(0, i === 0 ? 14 : 13)]),
  ) as Record<Domain, Provider[]>;
  if (DOMAINS.reduce((n, d) => n + heavyProviders[d].length, 0) !== HEAVY_PROVIDERS) throw new Error('heavy providers');
  const regisseurs = Array.from({ length: 50 }, (_, i) => ({
    userId: `u-regisseur-${i + 1}`,
    name: `Regisseur ${i + 1}`,
  }));
  const heavyRegisseur = { userId: 'u-regisseur-heavy', name: 'Regisseur Zwaar' };
  const heavy = new HouseholdSim(randomUUID(), HEAVY_ENTRIES, heavyProviders, heavyRegisseur);
  const light = new HouseholdSim(randomUUID(), LIGHT_ENTRIES, byDomain, heavyRegisseur);
  const someProviders = () =>
    Object.fromEntries(
      DOMAINS.map((domain) => [domain, Array.from({ length: random.int(1, 3) }, () => random.pick(byDomain[domain]))]),
    ) as Record<Domain, Provider[]>;
  const newHousehold = () =>
    new HouseholdSim(randomUUID(), random.int(8, 40), someProviders(), random.pick(regisseurs));

  // Events of the HEAVY household spread evenly over the whole store, the LIGHT one's over its last tenth.
  const start = PROVIDERS;
  const span = total - start;
  const special = new Map<number, HouseholdSim>();
  for (let i = 0; i < HEAVY_ENTRIES; i++) special.set(start + Math.floor((i * span) / HEAVY_ENTRIES), heavy);
  for (let i = 0; i < LIGHT_ENTRIES; i++) {
    let at = total - 1 - Math.floor((i * span) / (10 * LIGHT_ENTRIES));
    while (special.has(at)) at--;
    special.set(at, light);
  }
  const lightPositions = [...special].filter(([, sim]) => sim === light).map(([at]) => at);
  if (lightPositions.length !== LIGHT_ENTRIES) throw new Error('light placement');

  const writer = new ChunkWriter(client);
  // Five years of history, ending yesterday; occurredAt grows with the position, some entries are backdated.
  const end = Date.now() - 86_400_000;
  const begin = end - 5 * 365 * 86_400_000;
  const occurredAt = (index: number) => {
    const at = begin + ((end - begin) * index) / total - (random.chance(0.1) ? random.int(0, 3 * 86_400_000) : 0);
    return new Date(Math.floor(at)).toISOString();
  };
  const active: HouseholdSim[] = Array.from({ length: Math.min(1000, Math.ceil(householdEvents / 24)) }, newHousehold);
  let households = 2 + active.length;
  let lastLog = Date.now();
  const started = Date.now();

  for (let index = 0; index < total; index++) {
    if (index < PROVIDERS) {
      const provider = providers[index]!;
      await writer.add(
        providerStream('0363', provider.agbCode),
        0,
        PROVIDER_REGISTERED,
        { ...provider, gemeente: '0363' },
        {
          actor: { userId: 'u-beheer', name: 'Fatima Beheer', role: 'functioneel_beheerder', gemeente: '0363' },
          correlationId: randomUUID(),
          occurredAt: occurredAt(index),
          domain: 'HOUSEHOLD',
        },
      );
      continue;
    }
    let sim = special.get(index);
    let slot = -1;
    if (!sim) {
      slot = Math.floor(random.next() * active.length);
      sim = active[slot]!;
    }
    const at = occurredAt(index);
    const draft = sim.next(at.slice(0, 10));
    const actor = draft.byRegisseur
      ? { userId: 'u-regisseur-1', name: 'Regisseur 1', role: 'regisseur' }
      : {
          userId: `u-${draft.domain.toLowerCase()}-${random.int(1, 20)}`,
          name: 'Domeinmedewerker',
          role: 'domeinmedewerker',
          domain: draft.domain,
        };
    await writer.add(sim.streamId, sim.revision, draft.type, draft.data, {
      actor,
      correlationId: randomUUID(),
      occurredAt: at,
      householdId: sim.id,
      domain: draft.domain,
    });
    if (slot >= 0 && sim.done) {
      active[slot] = newHousehold();
      households++;
    }
    if (Date.now() - lastLog > 2000) {
      lastLog = Date.now();
      const seconds = (Date.now() - started) / 1000;
      log(`generate ${index + 1}/${total} events (${Math.round((index + 1) / seconds)} ev/s)`);
    }
  }
  await writer.close();
  if (!heavy.done || !light.done) throw new Error('heavy or light household incomplete');
  return { households, heavyId: heavy.id, lightId: light.id, heavyRegisseur };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Projector catch-up
// ---------------------------------------------------------------------------------------------------------------

/** Passes everything to `inner` and counts the statements (each a round trip to PostgreSQL). */
export class CountingDatabase implements SqlDatabase {
  statements = 0;
  readonly kind: SqlDatabase['kind'];

  constructor(private readonly inner: SqlDatabase) {
    this.kind = inner.kind;
  }

  /** Statements by their first words, when PROFILE_STATEMENTS is set (where a rebuild's round trips go). */
  readonly byShape = new Map<string, number>();
  /** Milliseconds waited on each statement shape, when PROFILE_STATEMENTS is set. */
  readonly msByShape = new Map<string, number>();

  private count<T>(text: string, run: () => Promise<T>): Promise<T> {
    this.statements++;
    if (!process.env.PROFILE_STATEMENTS) return run();
    const shape = text.replace(/\s+/g, ' ').trim().slice(0, 70);
    this.byShape.set(shape, (this.byShape.get(shape) ?? 0) + 1);
    const started = process.hrtime.bigint();
    return run().finally(() =>
      this.msByShape.set(shape, (this.msByShape.get(shape) ?? 0) + Number(process.hrtime.bigint() - started) / 1e6),
    );
  }

  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }> {
    return this.count(text, () => this.inner.query<Row>(text, params));
  }

  execute(script: string): Promise<void> {
    this.statements++;
    return this.inner.execute(script);
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.inner.transaction((tx) => {
      const copyRows = tx.copyRows?.bind(tx);
      return work({
        query: <Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) =>
          this.count(text, () => tx.query<Row>(text, params)),
        execute: (script: string) => {
          this.statements++;
          return tx.execute(script);
        },
        ...(copyRows && {
          copyRows: (table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]) =>
            this.count(`copy ${table}`, () => copyRows(table, columns, rows)),
        }),
      });
    }, options);
  }

  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    return this.inner.listen(channel, onNotify);
  }

  purgeDeletedData(): Promise<void> {
    return this.inner.purgeDeletedData();
  }

  tryLock(name: string): ReturnType<SqlDatabase['tryLock']> {
    return this.inner.tryLock(name);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** A plain read of the whole store in pages of 1,000: what the projector's rebuild is compared with. */
export async function readAllRate(store: SqlEventStore): Promise<number> {
  const started = process.hrtime.bigint();
  let after = 0n;
  let read = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) break;
    read += page.length;
    after = page[page.length - 1]!.position;
  }
  return read / (Number(process.hrtime.bigint() - started) / 1e9);
}

export async function catchUp(db: SqlDatabase, workers = 1): Promise<TimelineBenchResult['catchUp']> {
  const store = await SqlEventStore.create(db);
  await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
  const registry = new DomainRegistry();
  [jeugdDefinition, wmoDefinition, werkInkomenDefinition].forEach((definition) => registry.register(definition));
  const counting = new CountingDatabase(db);
  const projector = new TimelineProjector(store, counting, registry, {
    onError: (error) => log(`projector error: ${error.message}`),
  });
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = process.hrtime.bigint();
  try {
    const final = await projector.rebuild(
      (progress) => {
        const head = Number(progress.head ?? 0n);
        const at = Number(progress.position ?? 0n);
        log(
          `catch-up ${at}/${head} (${head ? Math.floor((at * 100) / head) : 100}%), ${Math.round(progress.eventsPerSecond)} ev/s, ${progress.phase ?? ''}, rss ${MiB(process.memoryUsage().rss)} MiB`,
        );
      },
      { workers },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (counting.byShape.size > 0) {
      const top = [...counting.byShape].sort((a, b) => b[1] - a[1]).slice(0, 25);
      top.forEach(([shape, n]) =>
        log(
          `${(n / Math.max(1, final.done)).toFixed(3)}/event ${((counting.msByShape.get(shape) ?? 0) / 1000).toFixed(1).padStart(6)} s  ${shape}`,
        ),
      );
    }
    return {
      seconds,
      eventsPerSecond: final.done / seconds,
      peakRssMiB: MiB(peak),
      rssBeforeMiB: MiB(rssBefore),
      statementsPerEvent: counting.statements / Math.max(1, final.done),
      workers,
    };
  } finally {
    clearInterval(sampler);
    await projector.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Page latency
// ---------------------------------------------------------------------------------------------------------------

const TIMELINE_QUERY = `query Timeline($id: ID!, $after: String) {
  household(id: $id) {
    timeline(first: ${PAGE_SIZE}, after: $after) {
      edges { cursor node { id summary occurredAt domain } }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;

export function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(requests: number, warmup: number, once: () => Promise<void>): Promise<LatencyStats> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = process.hrtime.bigint();
    await once();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return stats(samples);
}

/** The cursor after the `offset`-th entry (newest first), as the api hands it out. */
async function cursorAfter(db: SqlDatabase, householdId: string, offset: number): Promise<string> {
  const { rows } = await db.query<{ occurred_at: Date; global_position: string }>(
    `select occurred_at, global_position::text as global_position from timeline_entries
     where household_id = $1 order by occurred_at desc, global_position desc offset $2 limit 1`,
    [householdId, offset - 1],
  );
  if (!rows[0]) throw new Error(`household ${householdId} has fewer than ${offset} entries`);
  return encodeCursor({ at: rows[0].occurred_at, tieBreaker: rows[0].global_position });
}

export type LatencyTarget = { id: string; after: string | null; expected: number };

export async function latencyTargets(
  db: SqlDatabase,
  generated: GeneratedStore,
): Promise<Record<LatencyCase, LatencyTarget>> {
  return {
    heavyFirst: { id: generated.heavyId, after: null, expected: PAGE_SIZE },
    heavyDeep: {
      id: generated.heavyId,
      after: await cursorAfter(db, generated.heavyId, HEAVY_DEEP_OFFSET),
      expected: PAGE_SIZE,
    },
    lightFirst: { id: generated.lightId, after: null, expected: LIGHT_ENTRIES },
    lightDeep: {
      id: generated.lightId,
      after: await cursorAfter(db, generated.lightId, LIGHT_DEEP_OFFSET),
      expected: LIGHT_ENTRIES - LIGHT_DEEP_OFFSET,
    },
  };
}

/** The page query alone, every case, every repetition (the regisseur's grant, as the api computes it). */
async function measureSql(
  db: SqlDatabase,
  targets: Record<LatencyCase, LatencyTarget>,
  options: { reps: number; requests: number; warmup: number },
): Promise<Record<LatencyCase, LatencyStats>[]> {
  const readModel = new TimelineReadModel(db);
  const sqlPage = async (target: LatencyTarget) => {
    const page = await readModel.timeline(target.id, regisseurGrant, PAGE_SIZE, target.after);
    if (page.rows.length !== target.expected) throw new Error(`read model gave ${page.rows.length} rows`);
  };
  const runs: Record<LatencyCase, LatencyStats>[] = [];
  for (let rep = 0; rep < options.reps; rep++) {
    const sql = {} as Record<LatencyCase, LatencyStats>;
    for (const name of CASES) sql[name] = await time(options.requests, options.warmup, () => sqlPage(targets[name]));
    log(`rep ${rep + 1}/${options.reps} sql p50 ${CASES.map((n) => `${n} ${sql[n].p50.toFixed(2)}`).join(', ')} ms`);
    runs.push(sql);
  }
  return runs;
}

/** The real api on one store, and the requests of a page bench against it (sent by a client thread of its own). */
export interface PageApi {
  /** Latencies (ms) of `requests` page requests after `warmup` at concurrency 1, each answer checked. */
  page(target: LatencyTarget, options: { requests: number; warmup: number }): Promise<number[]>;
  /** The same for `{ __typename }` with the same token: the HTTP floor. */
  floor(options: { requests: number; warmup: number }): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * Starts the api (configured by `env`) in this process, signed in as the HEAVY household's regisseur; `load` is the
 * client thread (bench/http-load.ts), which may serve several apis: with `fetch` in the api's event loop the
 * client's work was charged to the server (until 2026-12-07).
 */
export async function startPageApi(
  env: Record<string, string>,
  generated: GeneratedStore,
  load: HttpLoad,
): Promise<PageApi> {
  // The per-user rate limit would stop a benchmark that is one user sending thousands of requests.
  const config = loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '100000000', ...env });
  const app: INestApplication = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const token = await signDevelopmentToken(
    { sub: generated.heavyRegisseur.userId, role: 'regisseur', name: generated.heavyRegisseur.name, gemeente: '0363' },
    { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE },
  );
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const send = async (work: LoadRequests, options: { requests: number; warmup: number }) => {
    const { samples } = await load.run({ endpoint, headers, concurrency: 1, ...options, send: work });
    return samples;
  };
  return {
    page: (target, options) =>
      send(
        {
          kind: 'fixed',
          body: JSON.stringify({ query: TIMELINE_QUERY, variables: { id: target.id, after: target.after } }),
          path: 'household.timeline.edges',
          expect: target.expected,
        },
        options,
      ),
    floor: (options) =>
      send(
        { kind: 'fixed', body: JSON.stringify({ query: '{ __typename }' }), path: '__typename', expect: 'Query' },
        options,
      ),
    close: () => app.close(),
  };
}

/** The whole request against the real api (configured by `env`), every case, and the HTTP floor, every repetition. */
async function measureHttp(
  env: Record<string, string>,
  generated: GeneratedStore,
  targets: Record<LatencyCase, LatencyTarget>,
  options: { reps: number; requests: number; warmup: number },
): Promise<{ http: Record<LatencyCase, LatencyStats>; floor: LatencyStats }[]> {
  const load = new HttpLoad();
  const runs: { http: Record<LatencyCase, LatencyStats>; floor: LatencyStats }[] = [];
  try {
    const api = await startPageApi(env, generated, load);
    try {
      for (let rep = 0; rep < options.reps; rep++) {
        const http = {} as Record<LatencyCase, LatencyStats>;
        for (const name of CASES) {
          http[name] = stats(await api.page(targets[name], options));
          log(
            `rep ${rep + 1}/${options.reps} ${name}: http p50 ${http[name].p50.toFixed(2)} p99 ${http[name].p99.toFixed(2)} ms`,
          );
        }
        const floorStats = stats(await api.floor(options));
        log(`rep ${rep + 1}/${options.reps} floor ({ __typename }): http p50 ${floorStats.p50.toFixed(2)} ms`);
        runs.push({ http, floor: floorStats });
      }
    } finally {
      await api.close();
    }
  } finally {
    await load.close();
  }
  return runs;
}

function combineLatency(
  sqlRuns: Record<LatencyCase, LatencyStats>[],
  httpRuns: { http: Record<LatencyCase, LatencyStats>; floor: LatencyStats }[],
): Omit<TimelineBenchResult['latency'], 'reps' | 'requests' | 'warmup'> {
  const runs = httpRuns.map((run, rep) => ({ http: run.http, sql: sqlRuns[rep]!, floor: run.floor }));
  const medianOf = (all: LatencyStats[]) => ({
    p50: median(all.map((f) => f.p50)),
    p99: median(all.map((f) => f.p99)),
    mean: median(all.map((f) => f.mean)),
  });
  const combine = (pick: (run: (typeof runs)[number]) => Record<LatencyCase, LatencyStats>) =>
    Object.fromEntries(CASES.map((name) => [name, medianOf(runs.map((run) => pick(run)[name]))])) as Record<
      LatencyCase,
      LatencyStats
    >;
  return {
    http: combine((run) => run.http),
    sql: combine((run) => run.sql),
    httpFloor: medianOf(runs.map((run) => run.floor)),
    runs,
  };
}

async function measureLatency(
  db: PostgresDatabase,
  url: string,
  generated: GeneratedStore,
  options: { reps: number; requests: number; warmup: number },
): Promise<Omit<TimelineBenchResult['latency'], 'reps' | 'requests' | 'warmup'>> {
  // The rebuilds just wrote the whole read model twice: flush what they left dirty first, so the pages measure the
  // store's size rather than PostgreSQL writing a rebuild back (on 7 December the 10M p99 came right after them).
  const flushStarted = process.hrtime.bigint();
  await db.query('checkpoint');
  log(`checkpoint: ${(Number(process.hrtime.bigint() - flushStarted) / 1e9).toFixed(1)} s`);
  const targets = await latencyTargets(db, generated);
  const sql = await measureSql(db, targets, options);
  const http = await measureHttp({ EVENT_STORE: 'postgres', DATABASE_URL: url }, generated, targets, options);
  return combineLatency(sql, http);
}

/**
 * Scenario 6 for the read side: the same store size in embedded PGlite (a data directory, as `EVENT_STORE=embedded`
 * runs it): generated, rebuilt, then the page query and the whole request, as on PostgreSQL.
 */
export async function runEmbeddedTimelineBench(
  events: number,
  options: { reps: number; requests: number; warmup: number },
): Promise<Pick<TimelineBenchResult, 'events' | 'households' | 'generate' | 'catchUp' | 'latency'>> {
  const directory = mkdtempSync(join(tmpdir(), 'regie-bench-pglite-'));
  try {
    let db: EmbeddedDatabase | undefined = await EmbeddedDatabase.open(directory);
    try {
      await SqlEventStore.create(db);
      const genStarted = process.hrtime.bigint();
      const generated = await generateStore(db, events);
      const genSeconds = Number(process.hrtime.bigint() - genStarted) / 1e9;
      log(`pglite: generated ${events} events in ${genSeconds.toFixed(1)} s`);
      const readAllEventsPerSecond = await readAllRate(await SqlEventStore.create(db));
      const catchUpResult = { ...(await catchUp(db)), readAllEventsPerSecond };
      log(`pglite: catch-up ${Math.round(catchUpResult.eventsPerSecond)} ev/s`);
      await db.query('analyze'); // as on PostgreSQL: the planner's statistics of the fresh read model
      const targets = await latencyTargets(db, generated);
      const sql = await measureSql(db, targets, options);
      // The api opens the directory itself: PGlite allows one opener.
      await db.close();
      db = undefined;
      const http = await measureHttp({ EVENT_STORE: 'embedded', DATA_DIR: directory }, generated, targets, options);
      return {
        events,
        households: generated.households,
        generate: { seconds: genSeconds, eventsPerSecond: events / genSeconds },
        catchUp: catchUpResult,
        latency: { ...options, ...combineLatency(sql, http) },
      };
    } finally {
      await db?.close();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function explainHeavyDeep(db: PostgresDatabase, householdId: string): Promise<string> {
  const after = await cursorAfter(db, householdId, HEAVY_DEEP_OFFSET);
  const key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
  const explain = async (sql: string, params: unknown[]) =>
    (await db.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params)).rows
      .map((row) => row['QUERY PLAN'])
      .join('\n');
  // The two statements TimelineReadModel.timeline runs for a page (column list abbreviated; same joins and order).
  const page = await explain(
    `select e.event_id, e.summary, e.occurred_at, e.domain, m.name, p.name from timeline_entries e
       left join providers p on p.agb_code = e.provider_agb
       left join members m on m.household_id = e.household_id and m.member_id = e.member_id
     where e.household_id = $1 and (e.occurred_at, e.global_position) < ($2, $3::bigint)
     order by e.occurred_at desc, e.global_position desc limit $4`,
    [householdId, new Date(key[0]), key[1], PAGE_SIZE + 1],
  );
  const count = await explain('select count(*)::int as total from timeline_entries e where e.household_id = $1', [
    householdId,
  ]);
  return `-- page\n${page}\n-- count\n${count}`;
}

// ---------------------------------------------------------------------------------------------------------------

/** A fresh schema holding `events` generated events (and no read model yet), with a URL whose search_path is it. */
export interface BenchSchema {
  readonly url: string;
  readonly db: PostgresDatabase;
  readonly generated: GeneratedStore;
  readonly generateSeconds: number;
  /** Closes the database and drops the schema. */
  drop(): Promise<void>;
}

export async function openBenchSchema(events: number): Promise<BenchSchema> {
  const schema = `bench_tl_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const separator = DATABASE_URL.includes('?') ? '&' : '?';
  const url = `${DATABASE_URL}${separator}options=-c%20search_path%3D${schema}`;
  const db = new PostgresDatabase(DATABASE_URL, {
    options: `-c search_path=${schema}`,
    application_name: 'regie-bench',
  });
  const drop = async () => {
    await db.close().catch(() => undefined);
    await admin.query(`drop schema ${schema} cascade`).catch((error: Error) => log(`drop schema: ${error.message}`));
    await admin.end();
  };
  try {
    log(`schema ${schema}: generating ${events} events`);
    await SqlEventStore.create(db); // creates events and streams
    const writer = new Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
    await writer.connect();
    const started = process.hrtime.bigint();
    let generated: GeneratedStore;
    try {
      await writer.query('set synchronous_commit = off');
      generated = await generateStore(writer, events);
      await writer.query('analyze events');
    } finally {
      await writer.end();
    }
    const generateSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    log(`generated ${events} events, ${generated.households} households in ${generateSeconds.toFixed(1)} s`);
    return { url, db, generated, generateSeconds, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** Analyzes the fresh read model and checks it holds the HEAVY and LIGHT households whole. */
export async function checkReadModel(
  db: SqlDatabase,
  generated: GeneratedStore,
): Promise<TimelineBenchResult['readModelRows']> {
  await db.query('analyze');
  const { rows } = await db.query<{ total: number; heavy: number; light: number }>(
    `select count(*)::int as total, count(*) filter (where household_id = $1)::int as heavy,
            count(*) filter (where household_id = $2)::int as light from timeline_entries`,
    [generated.heavyId, generated.lightId],
  );
  const counts = rows[0]!;
  if (counts.heavy !== HEAVY_ENTRIES || counts.light !== LIGHT_ENTRIES) {
    throw new Error(`read model has ${counts.heavy} heavy / ${counts.light} light entries`);
  }
  return { timelineEntries: counts.total, heavyEntries: counts.heavy, lightEntries: counts.light };
}

export async function runTimelineBench(
  events: number,
  options: { reps: number; requests: number; warmup: number },
): Promise<TimelineBenchResult> {
  const { url, db, generated, generateSeconds: genSeconds, drop } = await openBenchSchema(events);
  try {
    const readAllEventsPerSecond = await readAllRate(await SqlEventStore.create(db));
    log(`readAll: ${Math.round(readAllEventsPerSecond)} ev/s`);
    const catchUpResult = { ...(await catchUp(db)), readAllEventsPerSecond };
    log(
      `catch-up: ${Math.round(catchUpResult.eventsPerSecond)} ev/s, ${catchUpResult.seconds.toFixed(1)} s, ` +
        `peak rss ${catchUpResult.peakRssMiB} MiB, ${catchUpResult.statementsPerEvent.toFixed(2)} statements/event`,
    );
    const catchUpTwoWorkers = { ...(await catchUp(db, 2)), readAllEventsPerSecond };
    log(
      `catch-up, 2 workers: ${Math.round(catchUpTwoWorkers.eventsPerSecond)} ev/s, ${catchUpTwoWorkers.seconds.toFixed(1)} s, ` +
        `peak rss ${catchUpTwoWorkers.peakRssMiB} MiB`,
    );
    const readModelRows = await checkReadModel(db, generated);
    const latency = await measureLatency(db, url, generated, options);
    return {
      events,
      households: generated.households,
      heavyHouseholdId: generated.heavyId,
      lightHouseholdId: generated.lightId,
      generate: { seconds: genSeconds, eventsPerSecond: events / genSeconds },
      catchUp: catchUpResult,
      catchUpTwoWorkers,
      readModelRows,
      latency: { reps: options.reps, requests: options.requests, warmup: options.warmup, ...latency },
      explainHeavyDeep: await explainHeavyDeep(db, generated.heavyId),
    };
  } finally {
    await drop();
  }
}

async function main() {
  const events = parseCount(arg('events') ?? '10k');
  const reps = Number(arg('reps') ?? 3);
  const requests = Number(arg('requests') ?? 1000);
  const warmup = Number(arg('warmup') ?? 300);
  const result = await runTimelineBench(events, { reps, requests, warmup });
  const out = arg('json');
  if (out) writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  else console.log(JSON.stringify(result, null, 2));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`bench timeline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
