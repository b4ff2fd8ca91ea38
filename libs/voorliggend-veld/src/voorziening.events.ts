import type { LocalDate, ReplaceableSupport } from '@regie/household';

/** Stable event names of the voorliggend-veld catalogue (one stream per gemeente). */
export const VoorliggendVeldEventType = {
  opgenomen: 'voorliggend-veld.VoorzieningOpgenomen',
  gewijzigd: 'voorliggend-veld.VoorzieningGewijzigd',
  beeindigd: 'voorliggend-veld.VoorzieningBeeindigd',
} as const;

export const catalogueStream = (gemeente: string) => `voorliggend-veld-${gemeente}`;

export const CAPACITEIT_PERIODES = ['DAG', 'WEEK', 'MAAND', 'JAAR'] as const;
export type CapaciteitPeriode = (typeof CAPACITEIT_PERIODES)[number];

/** How many people the provision can take: e.g. 12 plaatsen per week. */
export interface Capaciteit {
  readonly plaatsen: number;
  readonly per: CapaciteitPeriode;
}

/** How to reach the provision: the organisation's own contact details, never a person's. */
export interface VoorzieningContact {
  readonly telefoon?: string;
  readonly email?: string;
  readonly adres?: string;
  readonly website?: string;
}

/** A general or community provision as the catalogue records it. */
export interface VoorzieningOpgenomen {
  readonly voorzieningId: string;
  readonly naam: string;
  readonly omschrijving: string;
  /** The organisation that offers it (a welzijnsorganisatie, the bibliotheek, a vrijwilligerscentrale). */
  readonly organisatie: string;
  /** The individual support it can take the place of. */
  readonly replaces: readonly ReplaceableSupport[];
  readonly voorwaarden: string;
  readonly contact: VoorzieningContact;
  readonly capaciteit?: Capaciteit;
  readonly wachttijdDagen?: number;
  readonly geldigVanaf: LocalDate;
}

/** The fields that changed; `null` clears an optional one. */
export interface VoorzieningGewijzigd {
  readonly voorzieningId: string;
  readonly naam?: string;
  readonly omschrijving?: string;
  readonly organisatie?: string;
  readonly replaces?: readonly ReplaceableSupport[];
  readonly voorwaarden?: string;
  readonly contact?: VoorzieningContact;
  readonly capaciteit?: Capaciteit | null;
  readonly wachttijdDagen?: number | null;
  readonly geldigVanaf?: LocalDate;
}

/** The provision is no longer offered from `beeindigdPer` on (that day itself included). */
export interface VoorzieningBeeindigd {
  readonly voorzieningId: string;
  readonly beeindigdPer: LocalDate;
  readonly reden: string;
}

export type CatalogueEvent =
  | { readonly type: typeof VoorliggendVeldEventType.opgenomen; readonly data: VoorzieningOpgenomen }
  | { readonly type: typeof VoorliggendVeldEventType.gewijzigd; readonly data: VoorzieningGewijzigd }
  | { readonly type: typeof VoorliggendVeldEventType.beeindigd; readonly data: VoorzieningBeeindigd };
