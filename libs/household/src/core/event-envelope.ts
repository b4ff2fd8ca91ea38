import type { Actor } from '@regie/access';

/** Metadata of every Regie event: who, on whose behalf, why (correlation) and when it happened in the world. */
export interface RegieEventMetadata {
  readonly actor: Actor;
  readonly onBehalfOf?: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** When it happened in the world (ISO timestamp); may lie in the past. `recordedAt` is the store's. */
  readonly occurredAt: string;
  readonly householdId: string;
  /** The domain code the event belongs to (`HOUSEHOLD`, `JEUGD`, ...). */
  readonly domain: string;
}

/** An event of a household stream as the deciders and evolvers see it. */
export interface HouseholdEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: RegieEventMetadata;
}

/** What `decide` returns: the event without ids and metadata, which the executor adds. */
export interface DraftEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  /** LocalDate or ISO timestamp when it happened; defaults to now. */
  readonly occurredAt?: string;
}
