export type { TariffBasis, CostFact } from '../core/facts';
