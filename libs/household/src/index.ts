// The public API of the household bounded context: the only door domain modules and the read side use.
export * from './core/bsn';
export * from './core/address';
export * from './core/local-date';
export * from './core/rejection';
export * from './core/event-envelope';
export * from './core/bericht-herkomst';
export * from './core/household.events';
export { hasSharingBasis, type HouseholdCore, type GoalState, type EntryState } from './core/household.state';
export * from './core/household-state';
export * from './core/domain-module';
export * from './core/domain-catalogue';
export * from './core/facts';
export * from './core/provider-record';
export * from './core/decide-context';
export * from './core/personal-data';
export * from './core/retention';
export * from './insight/ladder';
export * from './insight/voorliggend-veld';
export * from './insight/tariff';
export * from './insight/zrm';
export { forgetPerson, expireRetention } from './core/erasure.decide';
export { assertOpenHousehold, assertMember, assertMembers } from './core/guards';
export * as householdDecide from './core/household.decide';
export * from './provider/provider';
export { DomainRegistry } from './application/domain-registry';
export { ProviderDirectory } from './application/provider-directory';
export {
  HouseholdCommandExecutor,
  householdStream,
  type CommandResult,
  type HouseholdCommand,
} from './application/household-command-executor';
export { RecordInHousehold } from './application/record-in-household.command';
export { HouseholdPersonalDataPolicy } from './application/personal-data-policy';
export { personalDataProtection, forgetPersonCommand, type ForgetPersonRequest } from './application/erasure';
export {
  RetentionService,
  type RetentionErasure,
  type RetentionOperator,
  type RetentionOptions,
} from './application/retention.service';
export * from './graphql/recorded.payload';
export * from './graphql/code-enums';
export { MemberRelationEnum, GoalOutcomeEnum, AgreementPartyEnum, GrondslagEnum } from './graphql/household.inputs';
export { errorCodeOf, formatGraphQLError } from './graphql/graphql-error';
export { HouseholdModule } from './household.module';
export * from './testing/decider-fixture';
export * from './access/access-policy';
export { HOUSEHOLD_WRITERS, accessFactsOf } from './access/household-writers';
export { FORBIDDEN_MESSAGE, forbid } from './access/authorize-write';
export { WriteLog } from './access/write-log';
export * from './insight/maatwerkbudget.decide';
export * from './insight/afweging.decide';
export * from './insight/zrm.decide';
export * from './insight/maatwerk-afweging';
