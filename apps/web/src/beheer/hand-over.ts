import type { CombinedError, OperationResult } from '@urql/core';
import { refusalOf } from '../components/refusal';

export interface HandOverTarget {
  readonly id: string;
  readonly name: string;
}

/** What happened to each household of one handover, in the order they were sent. */
export interface HandOverOutcome {
  readonly handedOver: readonly HandOverTarget[];
  readonly refused: readonly (HandOverTarget & { readonly message: string })[];
  /** The households not sent because the api could not be reached or refused the caller (then `problem` is set). */
  readonly notSent: readonly HandOverTarget[];
  readonly problem?: CombinedError;
}

/**
 * Hands the households over one by one (each household is its own stream: there is no handover of several at once
 * in the api). A refusal of one household (its regisseur changed meanwhile, it was closed) is noted and the next one
 * is sent; a problem that would refuse every household (no connection, no access) stops the rest.
 */
export async function handOverEach(
  households: readonly HandOverTarget[],
  send: (household: HandOverTarget) => Promise<OperationResult>,
): Promise<HandOverOutcome> {
  const handedOver: HandOverTarget[] = [];
  const refused: (HandOverTarget & { message: string })[] = [];
  for (const [index, household] of households.entries()) {
    const answer = await send(household);
    if (!answer.error) {
      handedOver.push(household);
      continue;
    }
    const refusal = refusalOf(answer.error);
    if (!refusal) return { handedOver, refused, notSent: households.slice(index), problem: answer.error };
    refused.push({ ...household, message: answer.error.graphQLErrors[0]?.message ?? Object.values(refusal)[0]! });
  }
  return { handedOver, refused, notSent: [] };
}
