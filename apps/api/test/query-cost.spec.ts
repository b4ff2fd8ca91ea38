import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isInterfaceType,
  isObjectType,
  parse,
  print,
  type DocumentNode,
  type GraphQLObjectType,
} from 'graphql';
import * as web from '../../web/src/gql/graphql';
import { GRAPHQL_LIMITS } from '../src/graphql/graphql-armor';
import { queryCost, withDefaultPageSizes, withPageSizes } from '../src/graphql/query-cost';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

function costOf(document: DocumentNode, variables: Record<string, unknown>): number {
  const { cost, errors } = queryCost(schema, document, variables, GRAPHQL_LIMITS);
  expect({ cost, errors }).toEqual({ cost, errors: cost > GRAPHQL_LIMITS.maxCost ? [expect.any(Error)] : [] });
  return cost;
}

describe('withPageSizes', () => {
  const query = parse(`query($n: Int, $after: String) { myHouseholds(first: $n, after: $after) { ...Rows } }
    fragment Rows on MyHouseholdConnection { edges { node { id } } }
    query Literal { signals(first: 3) { totalCount } }`);
  const fragmentQuery = parse(`query($n: Int) { household(id: "h") { ...Page } }
    fragment Page on Household { timeline(last: $n) { totalCount } }`);

  it("writes a page variable's integer value in and leaves other arguments and literals alone", () => {
    const written = print(withPageSizes(query, { n: 7, after: 'x' }, 200));
    expect(written).toContain('myHouseholds(first: 7, after: $after)');
    expect(written).toContain('signals(first: 3)');
    expect(print(withPageSizes(fragmentQuery, { n: 9 }, 200))).toContain('timeline(last: 9)');
  });

  it('charges a variable without an integer value at the fallback', () => {
    for (const variables of [{}, { n: null }, { n: '7' }, { n: 2.5 }]) {
      expect(print(withPageSizes(query, variables, 200))).toContain('myHouseholds(first: 200, after: $after)');
    }
  });

  it('makes the cost grow with the page size passed in the variable', () => {
    const page = parse('query($n: Int) { myHouseholds(first: $n) { edges { node { id name } } } }');
    const one = costOf(page, { n: 1 });
    expect(costOf(page, { n: 100 })).toBe(100 * one);
    expect(costOf(page, {})).toBe(GRAPHQL_LIMITS.variablePageSize * one);
  });

  it("refuses over the limit in armor's words", () => {
    const { cost, errors } = queryCost(schema, web.TimelinePageDocument, { first: 200 }, GRAPHQL_LIMITS);
    expect(cost).toBeGreaterThan(GRAPHQL_LIMITS.maxCost);
    expect(errors.map((error) => error.message)).toEqual([
      `Syntax Error: Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded, found ${cost}.`,
    ]);
  });
});

describe('withDefaultPageSizes', () => {
  it("writes the schema's default page size into a connection without first/last and leaves the rest alone", () => {
    const query = parse(`query($n: Int) { myHouseholds { ...Rows } signals(first: 3) { totalCount } }
      fragment Rows on MyHouseholdConnection { edges { node { id } } }
      fragment Page on HouseholdView { timeline(last: $n) { totalCount } later: timeline(filter: {}) { totalCount } }`);
    const written = print(withDefaultPageSizes(schema, query, 200));
    expect(written).toContain('myHouseholds(first: 50)');
    expect(written).toContain('signals(first: 3)');
    expect(written).toContain('timeline(last: $n)');
    expect(written).toContain('later: timeline(filter: {}, first: 50)');
    // A field without a first argument is not a connection: untouched.
    expect(print(withDefaultPageSizes(schema, parse('{ household(id: "h") { id } }'), 200))).toContain(
      'household(id: "h")',
    );
  });

  it('declares a default page size for every connection of the api', () => {
    const undeclared = Object.values(schema.getTypeMap())
      .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()))
      .filter((field) => field.args.some((arg) => arg.name === 'first' && arg.defaultValue === undefined))
      .map((field) => field.name);
    expect(undeclared).toEqual([]);
  });

  it('charges the cap for a connection whose schema declares no default', () => {
    const undeclared = buildSchema('type Query { items(first: Int): [Item!]! } type Item { id: ID! }');
    expect(print(withDefaultPageSizes(undeclared, parse('{ items { id } }'), 200))).toContain('items(first: 200)');
  });

  it('refuses connections nested without first like the literal page size they are charged at', () => {
    // Ten wide timeline pages at the default of 50: charged as 1 each (armor alone) a few thousand, at 50 over the limit.
    const node = 'id domain type position occurredAt summary status provider { agbCode name } member { id name }';
    const timelines = [...'abcdefghij'].map(
      (alias) => `${alias}: timeline { totalCount edges { cursor node { ${node} } } }`,
    );
    const query = (first: string) =>
      parse(`{ household(id: "h") { ${timelines.join(' ').replaceAll('timeline', `timeline${first}`)} } }`);
    const left = queryCost(schema, query(''), {}, GRAPHQL_LIMITS);
    const literal = queryCost(schema, query('(first: 50)'), {}, GRAPHQL_LIMITS);
    expect(left.cost).toBe(literal.cost);
    expect(left.cost).toBeGreaterThan(GRAPHQL_LIMITS.maxCost);
    expect(left.errors.map((error) => error.message)).toEqual(literal.errors.map((error) => error.message));
    expect(left.errors).toHaveLength(1);
    expect(queryCost(schema, query('(first: 1)'), {}, GRAPHQL_LIMITS).cost).toBeLessThan(2000);
  });
});

describe("the web app's operations", () => {
  /** The page sizes the web app passes in variables (MyHouseholdsPage, TimelineSection's PAGE_SIZE). */
  const WEB_PAGE_SIZES: Record<string, number> = { MyHouseholdsDocument: 100, TimelinePageDocument: 50 };
  const documents = Object.entries(web).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];

  it('are all within the cost limit at the page sizes they pass', () => {
    expect(documents.length).toBeGreaterThan(40);
    const costs = documents.map(([name, document]) => {
      const pagedByVariable = /(first|last): \$/.test(print(document));
      expect({ name, listed: name in WEB_PAGE_SIZES }).toEqual({ name, listed: pagedByVariable });
      return [name, costOf(document, { first: WEB_PAGE_SIZES[name] })] as const;
    });
    const [heaviest, cost] = costs.reduce((max, next) => (next[1] > max[1] ? next : max));
    // Asked again, the same answer (remembered per document and page size).
    expect(costOf(web[heaviest as keyof typeof web] as DocumentNode, { first: WEB_PAGE_SIZES[heaviest] })).toBe(cost);
    // docs/security.md quotes the heaviest (TimelinePageDocument, 13,225 when measured); room for it to grow.
    expect({ heaviest, withinLimit: cost <= GRAPHQL_LIMITS.maxCost }).toEqual({ heaviest, withinLimit: true });
  });
});
