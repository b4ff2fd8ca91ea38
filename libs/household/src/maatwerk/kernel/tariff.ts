import type { LocalDate } from '../../core/local-date';

/**
 * The tariff basis of a toewijzing or trajectory, in euro cents: a price per eenheid from the contract (times the
 * toewijzing's omvang), a budget for the whole toewijzing, or a fixed amount per month (trajectories, bijstand).
 */
export type TariffBasis =
  | {
      readonly kind: 'PER_EENHEID';
      readonly pricePerUnitCents: number;
      readonly volume: number;
      /** WJ756 Eenheid. */
      readonly unit: string;
      /** WMO757 Frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur. */
      readonly frequency: string;
    }
  | { readonly kind: 'BUDGET'; readonly budgetCents: number }
  | { readonly kind: 'PER_MAAND'; readonly monthlyCents: number };

/**
 * Read-side fact: what a toewijzing or trajectory is expected to cost and over which period. Realised cost follows
 * from the episode's start and stop (`CareEpisodeFact` with the same key).
 */
export interface CostFact {
  /** Same key as the episode: toewijzingNummer or trajectId. */
  readonly key: string;
  readonly memberId: string;
  readonly providerAgb?: string;
  readonly validFrom: LocalDate;
  readonly validUntil?: LocalDate;
  readonly tariff: TariffBasis;
}
