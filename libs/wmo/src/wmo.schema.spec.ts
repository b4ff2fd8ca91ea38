import { Test } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Query, Resolver } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { WmoResolver } from './wmo.resolver';

/** A schema needs a Query type; the app's own queries live elsewhere. */
@Resolver()
class PingResolver {
  @Query(() => String)
  ping() {
    return 'pong';
  }
}

// The code-first schema the Wmo resolver contributes: built without a server or database.
describe('the Wmo GraphQL schema', () => {
  let schema: string;

  beforeAll(async () => {
    const module = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    await module.init();
    schema = printSchema(await module.get(GraphQLSchemaFactory).create([WmoResolver, PingResolver]));
  });

  it.each([
    'recordWmoMelding(input: RecordWmoMeldingInput!): RecordWmoMeldingPayload!',
    'recordWmoOnderzoek(input: RecordWmoOnderzoekInput!): RecordedPayload!',
    'recordWmoBesluit(input: RecordWmoBesluitInput!): RecordWmoBesluitPayload!',
    'recordWmoToewijzing(input: RecordWmoToewijzingInput!): RecordedPayload!',
    'recordWmoZorgStart(input: RecordWmoZorgStartInput!): RecordedPayload!',
    'recordWmoZorgStop(input: RecordWmoZorgStopInput!): RecordedPayload!',
  ])('has the mutation %s', (mutation) => {
    expect(schema).toContain(mutation);
  });

  it('requires every rung of the ladder', () => {
    for (const rung of ['eigenKracht', 'gebruikelijkeHulp', 'mantelzorg', 'sociaalNetwerk', 'algemeneVoorziening']) {
      expect(schema).toContain(`${rung}: WmoTredeInput!`);
    }
  });

  it('spells a rung as every ladder in the api does: considered and sufficient', () => {
    const trede = /input WmoTredeInput \{([^}]*)\}/.exec(schema)![1]!;
    expect(trede).toMatch(/\bconsidered: Boolean!/);
    expect(trede).toMatch(/\bsufficient: /);
    expect(trede).not.toMatch(/overwogen:|toereikend:/);
  });
});
