import 'reflect-metadata';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type INestApplication, UsePipes, ValidationPipe } from '@nestjs/common';
import { Args, Field, GraphQLModule, InputType, GraphQLSchemaHost, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { printType, type GraphQLInputObjectType } from 'graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import request from 'supertest';
import {
  correctionChangesInput,
  correctionInputFields,
  DomainRegistry,
  type DomainModuleDefinition,
} from '@regie/household';
import { DOMAINS } from '../src';

// A test-only domain declares a correctable field; the correction input of an app with it gains that field, typed and
// checked by its kind, and still refuses keys no registered domain declares.
const zevende: DomainModuleDefinition = {
  code: 'ZEVENDE',
  eventPrefix: 'zevende.',
  label: 'Zevende domein',
  retentionYears: 7,
  initialState: {},
  evolve: (state) => state,
  validateCorrection: () => undefined,
  describe: (event) => ({ summary: event.type }),
  correctableFields: [
    { name: 'peildatum', kind: 'date', description: 'Meting' },
    { name: 'begindatum', kind: 'date', description: 'Meting' },
  ],
};

// Shaped as the household's CorrectEntryInput: the changes typed by a thunk, validated nested.
@InputType()
class ProbeCorrectionInput {
  @Field(() => correctionChangesInput())
  @ValidateNested()
  @Type(() => correctionChangesInput())
  changes!: object;
}

@Resolver()
class CorrectionProbe {
  @Query(() => String) ping(): string {
    return 'pong';
  }

  @Mutation(() => String)
  @UsePipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }))
  correct(@Args('input') input: ProbeCorrectionInput): string {
    return JSON.stringify(input.changes);
  }
}

describe('correctable fields come from the registered definitions', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
      providers: [CorrectionProbe, DomainRegistry],
    }).compile();
    const registry = moduleRef.get(DomainRegistry);
    for (const { definition } of DOMAINS) registry.register(definition);
    registry.register(zevende);
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  const send = (changes: string) =>
    request(app.getHttpServer())
      .post('/graphql')
      .send({ query: `mutation { correct(input: { changes: ${changes} }) }` });

  it('puts the test domain’s field in the schema, with the existing fields and shared descriptions', () => {
    const type = app.get(GraphQLSchemaHost).schema.getType('CorrectionChangesInput') as GraphQLInputObjectType;
    const sdl = printType(type);
    expect(sdl).toContain('"""Meting (Zevende domein)."""\n  peildatum: String');
    expect(sdl).toContain('"""Start zorg (Jeugd, Wmo). Meting (Zevende domein)."""\n  begindatum: String');
    expect(Object.keys(type.getFields())).toEqual(expect.arrayContaining(['ingangsdatum', 'omvang', 'schuldeiser']));
  });

  it('validates the field by its kind and refuses an undeclared key before the resolver runs', async () => {
    const good = await send('{ peildatum: "2026-03-01" }');
    expect(JSON.parse(good.body.data.correct)).toEqual({ peildatum: '2026-03-01' });

    const badDate = await send('{ peildatum: "1 maart 2026" }');
    expect(badDate.body.data).toBeNull();
    expect(badDate.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(badDate.body.errors[0].extensions)).toContain('peildatum');

    const unknown = await send('{ woonplaats: "Utrecht" }');
    expect(unknown.body.errors[0].message).toContain('"woonplaats" is not defined by type "CorrectionChangesInput"');
  });

  it('refuses a field name another domain declares with another kind', () => {
    const registry = new DomainRegistry();
    for (const { definition } of DOMAINS) registry.register(definition);
    const clash: DomainModuleDefinition = {
      ...zevende,
      correctableFields: [{ name: 'begindatum', kind: 'code', description: 'Meting' }],
    };
    expect(() => registry.register(clash)).toThrow('correctable field begindatum is a date elsewhere');
  });

  it('joins the domains that describe a field alike', () => {
    const toewijzing = DOMAINS.map((domain) => domain.definition).filter((domain) =>
      ['JEUGD', 'WMO'].includes(domain.code),
    );
    const fields = correctionInputFields(toewijzing);
    expect(fields.find((field) => field.name === 'einddatum')).toEqual({
      name: 'einddatum',
      kind: 'date',
      description: 'Toewijzing, stop zorg (Jeugd, Wmo); null removes it from a toewijzing.',
    });
  });
});
