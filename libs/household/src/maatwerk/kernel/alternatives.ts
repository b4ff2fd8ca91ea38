import type { LocalDate } from '../../core/local-date';

import type { AlternativeRef } from '../../core/facts';

/** Which kind of individual support a catalogue entry can replace: a domain and its category code. */
export interface ReplaceableSupport {
  /** Domain code: JEUGD, WMO, WERK_EN_INKOMEN (or a later one). */
  readonly domain: string;
  /** Jeugd JZ020 / Wmo WMO020 productcategorie, or a Werk & Inkomen trajectory kind (e.g. SCHULDHULP). */
  readonly category: string;
}

/**
 * Port the household's command executor uses to give a decider the catalogue's alternatives (the decider stays
 * pure). Implemented by the voorliggend-veld lib; without it, deciders see no alternatives.
 */
export interface VoorliggendVeldLookup {
  alternativesFor(gemeente: string, support: ReplaceableSupport, on: LocalDate): Promise<readonly AlternativeRef[]>;
}

export const VOORLIGGEND_VELD_LOOKUP = Symbol('VOORLIGGEND_VELD_LOOKUP');

/**
 * What a maatwerk decision (a toewijzing, a besluit, a trajectory) records about what came before it: the afweging
 * it rests on, the catalogue's alternatives for its category at that moment, and why none of them fits.
 */
export interface MaatwerkAfweging {
  /** The afweging (ladder) this decision rests on; absent when none was recorded. */
  readonly afwegingId?: string;
  /** True when that afweging considered every rung below maatwerk. */
  readonly lowerRungsConsidered: boolean;
  /** The catalogue's alternatives for this category when the decision was taken. */
  readonly alternatives: readonly AlternativeRef[];
  /** Free text, own domain only: why none of the alternatives fits. Required when there are alternatives. */
  readonly reasonNoAlternative?: string;
}
