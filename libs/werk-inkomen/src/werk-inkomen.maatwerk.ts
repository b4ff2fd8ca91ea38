import {
  maatwerkAfweging,
  reject,
  type DecideContext,
  type MaatwerkAfweging,
  type TariffBasis,
} from '@regie/household';
import { WERK_EN_INKOMEN_DOMAIN } from './werk-inkomen.events';
import { bedragProblem } from './werk-inkomen.rules';

/** The catalogue categories of Werk & Inkomen's maatwerk decisions: the starts of its trajectories. */
export const TRAJECT_CATEGORIE = { schuldhulp: 'SCHULDHULP', reintegratie: 'REINTEGRATIE' } as const;

/** The tariff basis of a trajectory: a fixed amount per month from the contract, or a budget for the whole. */
export type TrajectTarief = Extract<TariffBasis, { kind: 'PER_MAAND' } | { kind: 'BUDGET' }>;

/** As the command gives it: exactly one of the two, in euro cents. */
export interface TrajectTariefCommand {
  readonly perMaandCents?: number | null;
  readonly budgetCents?: number | null;
}

export function trajectTarief(command: TrajectTariefCommand | null | undefined): TrajectTarief | undefined {
  if (!command) return undefined;
  const perMaand = command.perMaandCents ?? undefined;
  const budget = command.budgetCents ?? undefined;
  if ((perMaand === undefined) === (budget === undefined)) {
    return reject('BAD_USER_INPUT', 'Geef als tarief óf een bedrag per maand óf een budget', { field: 'tarief' });
  }
  const field = perMaand !== undefined ? 'tarief.perMaandCents' : 'tarief.budgetCents';
  const problem = bedragProblem(perMaand ?? budget, field);
  if (problem) reject('BAD_USER_INPUT', problem, { field });
  return perMaand !== undefined
    ? { kind: 'PER_MAAND', monthlyCents: perMaand }
    : { kind: 'BUDGET', budgetCents: budget! };
}

/** The afweging a trajectory start (a maatwerk decision) rests on: the member's latest Werk & Inkomen afweging. */
export const trajectAfweging = (
  context: DecideContext,
  memberId: string,
  redenGeenAlternatief: string | null | undefined,
): MaatwerkAfweging => maatwerkAfweging(context, { domain: WERK_EN_INKOMEN_DOMAIN, memberId, redenGeenAlternatief });

/** Only a start is a maatwerk decision with a tariff: a later step names neither. */
export function assertOnlyOnStart(
  command: { readonly tarief?: unknown; readonly redenGeenAlternatief?: string | null },
  action: string,
): void {
  if (action === 'GESTART') return;
  if (command.tarief != null) {
    reject('BAD_USER_INPUT', 'Een tarief hoort bij de start van een traject', { field: 'tarief' });
  }
  if (command.redenGeenAlternatief != null) {
    reject('BAD_USER_INPUT', 'redenGeenAlternatief hoort bij de start van een traject', {
      field: 'redenGeenAlternatief',
    });
  }
}
