import { CombinedError, type OperationResult } from '@urql/core';
import { GraphQLError } from 'graphql';
import { handOverEach, type HandOverTarget } from '../src/beheer/hand-over';

// The handover screen sends one assignRegisseur per household: a refusal of one household is noted and the rest go
// on; a problem that would refuse every household (no access, no connection) stops, and says which were not sent.

const households: HandOverTarget[] = ['Aksoy', 'Brouwer', 'Celik'].map((name) => ({ id: name, name }));
const answer = (error?: CombinedError) => ({ error }) as OperationResult;
const refused = (code: string, message: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('handOverEach', () => {
  it('sends every household once, in order, and notes a refused one with the api’s message', async () => {
    const sent: string[] = [];
    const outcome = await handOverEach(households, async (household) => {
      sent.push(household.id);
      return answer(household.id === 'Brouwer' ? refused('REGISSEUR_CHANGED', 'Intussen veranderd.') : undefined);
    });
    expect(sent).toEqual(['Aksoy', 'Brouwer', 'Celik']);
    expect(outcome).toEqual({
      handedOver: [households[0], households[2]],
      refused: [{ ...households[1], message: 'Intussen veranderd.' }],
      notSent: [],
    });
  });

  it.each([
    ['FORBIDDEN', refused('FORBIDDEN', 'Geen toegang.')],
    ['no connection', new CombinedError({ networkError: new Error('Failed to fetch') })],
  ])('stops at a problem (%s) and names the households not sent', async (_label, problem) => {
    const sent: string[] = [];
    const outcome = await handOverEach(households, async (household) => {
      sent.push(household.id);
      return answer(household.id === 'Brouwer' ? problem : undefined);
    });
    expect(sent).toEqual(['Aksoy', 'Brouwer']);
    expect(outcome.handedOver).toEqual([households[0]]);
    expect(outcome.notSent).toEqual([households[1], households[2]]);
    expect(outcome.problem).toBe(problem);
  });
});
