import type { HouseholdQuery } from '../gql/graphql';

export type Household = HouseholdQuery['household'];
export type Member = Household['members'][number];
export type Provider = Household['providers'][number];
export type Plan = Household['plan'];
