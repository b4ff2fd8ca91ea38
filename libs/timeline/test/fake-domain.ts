import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@regie/event-store';
import {
  DomainRegistry,
  HouseholdEventType,
  todayInNetherlands,
  PROVIDER_REGISTERED,
  providerStream,
  type CostFact,
  type DeclarationFact,
  type DomainModuleDefinition,
  type LadderFact,
  type MaatwerkFact,
  type HouseholdEvent,
  type TimelineDescription,
} from '@regie/household';

interface CareData {
  readonly toewijzingNummer: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly datum: string;
  /** On a toewijzing: the first day care may start, like a real toewijzing's. */
  readonly ingangsdatum?: string;
  readonly product?: string;
  readonly toelichting?: string;
  /** Like a real toewijzing's, its own einddatum and budget decide the end and tariff of its cost fact. */
  readonly einddatum?: string;
  readonly budget?: number;
  /** Insight facts the fake passes through as they are, like a real domain's describe computes them. */
  readonly cost?: CostFact;
  readonly maatwerk?: MaatwerkFact;
  readonly ladder?: LadderFact;
}

function costOf(data: CareData): CostFact {
  return {
    ...data.cost!,
    ...(data.einddatum !== undefined ? { validUntil: data.einddatum } : {}),
    ...(data.budget !== undefined ? { tariff: { kind: 'BUDGET', budgetCents: data.budget } } : {}),
  };
}

/** A stand-in for libs/jeugd: three care events with episode facts, and a signal. */
export const fakeJeugd: DomainModuleDefinition = {
  code: 'JEUGD',
  eventPrefix: 'jeugd.',
  label: 'Jeugd',
  retentionYears: 20,
  initialState: {},
  evolve: (state) => state,
  validateCorrection: () => undefined,
  waitingNorm: { days: 42, source: 'Treeknorm' },
  signalKinds: [
    { kind: 'WGS_VROEGSIGNAAL', worklistKind: 'WGS_SIGNAAL_ZONDER_OPVOLGING', worklistLabel: 'Signaal', termDays: 28 },
  ],
  correctionFacts: {
    episodeDateFields: { TOEGEWEZEN: ['datum', 'ingangsdatum'], GESTART: ['datum'], GESTOPT: ['datum'] },
  },
  describe(event: HouseholdEvent, names): TimelineDescription {
    const data = event.data as CareData;
    const provider = names.provider(data.providerAgb) ?? data.providerAgb;
    const step = {
      'jeugd.ToewijzingVastgelegd': 'TOEGEWEZEN',
      'jeugd.ZorgGestart': 'GESTART',
      'jeugd.ZorgGestopt': 'GESTOPT',
    }[event.type] as 'TOEGEWEZEN' | 'GESTART' | 'GESTOPT' | undefined;
    if (event.type === 'jeugd.SignaalGemeld') {
      const signal = event.data as { key: string; open: boolean; kind?: string; dueOn?: string };
      return { summary: `Signaal ${signal.key}`, signal } as TimelineDescription;
    }
    if (event.type === 'jeugd.DeclaratieOntvangen') {
      // A test-only declaration (323) line: the fact passes through, as the real domain's describe computes it.
      const declared = event.data as { memberId: string; providerAgb: string; declaration: DeclarationFact };
      return {
        summary: `Declaratie ${declared.declaration.lineReference}`,
        memberId: declared.memberId,
        providerAgb: declared.providerAgb,
        declaration: declared.declaration,
      };
    }
    if (!step) return { summary: event.type };
    return {
      summary: `${step}: ${data.product ?? 'jeugdhulp'} bij ${provider} voor ${names.member(data.memberId)}`,
      memberId: data.memberId,
      providerAgb: data.providerAgb,
      category: data.product ?? 'jeugdhulp',
      status: step,
      note: data.toelichting,
      episode: {
        key: data.toewijzingNummer,
        kind: 'TOEWIJZING',
        step,
        date: data.datum,
        label: data.product ?? 'jeugdhulp',
        ...(step === 'TOEGEWEZEN' && data.ingangsdatum ? { ingangsdatum: data.ingangsdatum } : {}),
      },
      ...(data.cost ? { cost: costOf(data) } : {}),
      ...(data.maatwerk ? { maatwerk: data.maatwerk } : {}),
      ...(data.ladder ? { ladder: data.ladder } : {}),
    };
  },
};

/** The same for Wmo, without a waiting norm. */
export const fakeWmo: DomainModuleDefinition = {
  ...fakeJeugd,
  code: 'WMO',
  eventPrefix: 'wmo.',
  label: 'Wmo',
  waitingNorm: undefined,
  signalKinds: [
    { kind: 'WMO_ONDERZOEK', worklistKind: 'WMO_ONDERZOEK_TE_LAAT', worklistLabel: 'Onderzoek', termDays: 42 },
  ],
  describe(event, names) {
    const type = event.type.replace('wmo.', 'jeugd.');
    return fakeJeugd.describe({ ...event, type }, names);
  },
};

/** A test-only fifth domain: its signal kind reaches the worklist through its definition alone. */
export const fakeVijfde: DomainModuleDefinition = {
  ...fakeJeugd,
  code: 'VIJFDE',
  eventPrefix: 'vijfde.',
  label: 'Vijfde',
  waitingNorm: undefined,
  signalKinds: [
    { kind: 'VIJFDE_SIGNAAL', worklistKind: 'VIJFDE_ZONDER_OPVOLGING', worklistLabel: 'Vijfde signaal', termDays: 14 },
  ],
  describe(event, names) {
    return fakeJeugd.describe({ ...event, type: event.type.replace('vijfde.', 'jeugd.') }, names);
  },
};

export function fakeRegistry(): DomainRegistry {
  const registry = new DomainRegistry();
  registry.register(fakeJeugd);
  registry.register(fakeWmo);
  return registry;
}

export const regisseurA = { userId: 'u-anna', name: 'Anna Regie' };
export const regisseurB = { userId: 'u-bram', name: 'Bram Regie' };

/** Appends household events with Regie metadata, one append per call. */
export class Household {
  readonly id = randomUUID();
  private revision: bigint | undefined;

  constructor(private readonly store: EventStore) {}

  async record(
    type: string,
    data: unknown,
    occurredAt: string,
    actor = { userId: 'u-anna', name: 'Anna Regie', role: 'regisseur', gemeente: '0363' },
  ): Promise<{ id: string; position: bigint }> {
    const id = randomUUID();
    // As the write side stamps it (domainCodeOf): only a correction or withdrawal takes the entry's domain.
    const correction = type === HouseholdEventType.entryCorrected || type === HouseholdEventType.entryWithdrawn;
    // The fakes' prefixes are their codes in lower case (jeugd. → JEUGD, vijfde. → VIJFDE).
    const prefix = type.slice(0, type.indexOf('.'));
    const domain =
      prefix !== 'household' ? prefix.toUpperCase() : correction ? (data as { domain: string }).domain : 'HOUSEHOLD';
    const event: NewEvent = {
      id,
      type,
      data,
      metadata: { actor, correlationId: randomUUID(), occurredAt, householdId: this.id, domain },
    };
    const result = await this.store.append(`household-${this.id}`, [event], this.revision ?? 'no_stream');
    this.revision = result.nextRevision;
    return { id, position: result.position };
  }

  /** Appends several household events in one append (bulk test data); occurred one day apart from 2025-01-01. */
  async recordAll(events: readonly { type: string; data: unknown }[]): Promise<void> {
    const actor = { userId: 'u-anna', name: 'Anna Regie', role: 'regisseur', gemeente: '0363' };
    const batch: NewEvent[] = events.map(({ type, data }, day) => ({
      id: randomUUID(),
      type,
      data,
      metadata: {
        actor,
        correlationId: randomUUID(),
        occurredAt: new Date(Date.UTC(2025, 0, 1 + day, 9)).toISOString(),
        householdId: this.id,
        domain: type.startsWith('household.') ? 'HOUSEHOLD' : type.slice(0, type.indexOf('.')).toUpperCase(),
      },
    }));
    const result = await this.store.append(`household-${this.id}`, batch, this.revision ?? 'no_stream');
    this.revision = result.nextRevision;
  }
}

export async function registerProvider(
  store: EventStore,
  agbCode: string,
  name: string,
  domains: string[],
  gemeente = '0363',
) {
  await store.append(
    providerStream(gemeente, agbCode),
    [
      {
        id: randomUUID(),
        type: PROVIDER_REGISTERED,
        data: { agbCode, name, domains, gemeente },
        metadata: { domain: 'HOUSEHOLD' },
      },
    ],
    'no_stream',
  );
}

/** A calendar date `days` before today in the Netherlands (the read models' today; UTC's differs after 23:00). */
export const daysAgo = (days: number, now = new Date()) =>
  new Date(Date.parse(`${todayInNetherlands(now)}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
