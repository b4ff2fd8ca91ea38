import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DomainRegistry } from '@regie/household';
import { getNamedType, isEnumType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { printRegieSchema } from '../src/graphql/print-schema';
import { startTestApp, type TestApp } from './test-app';

describe('schema.graphql', () => {
  let api: TestApp;
  beforeAll(async () => (api = await startTestApp('embedded')));
  afterAll(() => api?.close());

  it('is the schema the api serves (run `npm run schema` after changing the api)', () => {
    const committed = readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(printRegieSchema(api.app)).toBe(committed);
  });

  it.each([
    ['RecordBijstandBesluitInput', 'besluit', 'BijstandBesluit'],
    ['RecordBijstandBesluitInput', 'bijstandsvorm', 'Bijstandsvorm'],
    ['RecordJeugdContactmomentInput', 'soort', 'ContactmomentSoort'],
    ['RecordAfwegingInput', 'domain', 'Domain'],
    ['RecordAfwegingInput', 'outcome', 'LadderOutcome'],
    ['WmoTredeInput', 'sufficient', 'LadderSufficiency'],
    ['RecordWmoBesluitInput', 'uitkomst', 'WmoUitkomst'],
    ['RecordSharingBasisInput', 'domain', 'Domain'],
    ['TimelineFilter', 'domains', 'EntryDomain'],
    ['TimelineEntry', 'domain', 'EntryDomain'],
    ['AfwegingView', 'outcome', 'LadderOutcome'],
    ['GoalEvaluation', 'outcome', 'GoalOutcome'],
    ['PlanGoal', 'status', 'GoalStatus'],
    ['WorklistItem', 'kind', 'WorklistKind'],
    ['CareEpisodeView', 'kind', 'CareEpisodeKind'],
    ['DomainCost', 'domain', 'Domain'],
    ['ZrmSeries', 'direction', 'ZrmDirection'],
  ])('types %s.%s as the enum %s', (typeName, field, enumName) => {
    const type = api.app.get(GraphQLSchemaHost).schema.getType(typeName) as GraphQLObjectType | GraphQLInputObjectType;
    expect(getNamedType(type.getFields()[field]!.type).name).toBe(enumName);
  });

  it.each([
    ['CostOverview', 'expectedCents'],
    ['CostOverview', 'realisedCents'],
    ['MonthCost', 'expectedCents'],
    ['MonthCost', 'realisedCents'],
    ['DomainCost', 'expectedCents'],
    ['DomainCost', 'realisedCents'],
    ['GemeenteCostOverview', 'expectedCents'],
    ['GemeenteCostOverview', 'realisedCents'],
    ...['CostOverview', 'MonthCost', 'DomainCost', 'GemeenteCostOverview'].flatMap((type) => [
      [type, 'declaredCents'],
      [type, 'estimatedCents'],
    ]),
    ['BeforeAfterRegisseurView', 'averageMonthlyBeforeCents'],
    ['BeforeAfterRegisseurView', 'averageMonthlyAfterCents'],
    ['MaatwerkbudgetSpendView', 'amountCents'],
    ['YearTotal', 'spentCents'],
    ['MaatwerkbudgetOverview', 'totalCents'],
  ])('gives %s.%s in whole cents (SafeInt), as inputs take them', (typeName, field) => {
    const type = api.app.get(GraphQLSchemaHost).schema.getType(typeName) as GraphQLObjectType;
    expect(getNamedType(type.getFields()[field]!.type).name).toBe('SafeInt');
  });

  it('has every registered domain module in the Domain and EntryDomain enums', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const values = (name: string) => {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
      return type.getValues().map((value) => value.name);
    };
    const codes = api.app
      .get(DomainRegistry, { strict: false })
      .all.map((domain) => domain.code)
      .sort();
    expect(values('Domain').sort()).toEqual(codes);
    expect(values('EntryDomain').sort()).toEqual(['HOUSEHOLD', ...codes].sort());
  });
});
