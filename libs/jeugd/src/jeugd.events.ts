import type { ContactmomentVastgelegd, MaatwerkAfweging } from '@regie/household';
import {
  lifecycleEventTypes,
  type DeclaratieOntvangen,
  type Omvang,
  type ToewijzingVastgelegd as LifecycleToewijzing,
  type VerzoekOmToewijzingOntvangen as LifecycleVerzoek,
  type VerzoekOmWijzigingOntvangen,
  type ZorgGestart,
  type ZorgGestopt,
} from '@regie/toewijzing';

export type { DeclaratieOntvangen, VerzoekOmWijzigingOntvangen, ZorgGestart, ZorgGestopt };

/** Domain code of the Jeugd module: `metadata.domain` of its events and the domain a provider registers for. */
export const JEUGD_DOMAIN = 'JEUGD';

/** Stable event type names (iJw terms of art); never rename one that has been stored. */
export const JeugdEventType = {
  ...lifecycleEventTypes('jeugd.'),
  contactmomentVastgelegd: 'jeugd.ContactmomentVastgelegd',
} as const;

export type JeugdEventTypeName = (typeof JeugdEventType)[keyof typeof JeugdEventType];

/** Omvang of a specific toewijzing (iJw Omvang): so many units per frequentie. */
export type JeugdOmvang = Omvang;

/** As JW315 verzoek om toewijzing; iJw names the verwijzer (COD327). */
export interface VerzoekOmToewijzingOntvangen extends LifecycleVerzoek {
  readonly verwijzer: string;
}

/** As JW301 toewijzing: the verwijzer, a note, and the afweging the toewijzing (a maatwerk decision) rests on. */
export interface ToewijzingVastgelegd extends LifecycleToewijzing {
  /** COD327. */
  readonly verwijzer: string;
  readonly note?: string;
  /** Absent on toewijzingen recorded before it was kept. */
  readonly afweging?: MaatwerkAfweging;
}

/** A contact of the Jeugd team with a member (no iStandaard message; the household's shared kind). */
export type { ContactmomentVastgelegd };

export interface JeugdEventData {
  'jeugd.VerzoekOmToewijzingOntvangen': VerzoekOmToewijzingOntvangen;
  'jeugd.ToewijzingVastgelegd': ToewijzingVastgelegd;
  'jeugd.ZorgGestart': ZorgGestart;
  'jeugd.ZorgGestopt': ZorgGestopt;
  'jeugd.ContactmomentVastgelegd': ContactmomentVastgelegd;
  'jeugd.DeclaratieOntvangen': DeclaratieOntvangen;
  'jeugd.VerzoekOmWijzigingOntvangen': VerzoekOmWijzigingOntvangen;
}
