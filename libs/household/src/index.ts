// The public API of the household bounded context: the only door domain modules and the read side use.
export * from './core/bsn';
export * from './core/address';
export * from './core/local-date';
export * from './core/rejection';
export * from './core/event-envelope';
export * from './core/bericht-herkomst';
export * from './core/household.events';
export { hasSharingBasis, type HouseholdCore, type GoalState, type EntryState } from './core/household-core';
export * from './core/household-state';
export * from './core/domain-module';
export * from './core/domain-catalogue';
export * from './core/facts';
export * from './core/provider-record';
export * from './core/decide-context';
export * from './core/personal-data';
export * from './core/retention';
export * from './maatwerk/kernel/afwegingsladder';
export * from './maatwerk/kernel/alternatives';
export * from './maatwerk/zrm/zrm';
export { forgetPerson, expireRetention } from './core/erasure.decide';
export { assertOpenHousehold, assertMember, assertMembers } from './core/guards';
export * as householdDecide from './core/household.decide';
export * from './provider/provider';
export { DomainRegistry } from './application/domain-registry';
export { ProviderDirectory } from './application/provider-directory';
export * from './core/household-stream';
export {
  StreamCommandHandler,
  type StreamCommand,
  type StreamCommandResult,
  type StreamDraft,
} from './application/stream-command';
export {
  HouseholdCommandExecutor,
  type CommandResult,
  type HouseholdCommand,
  type HouseholdCommandOptions,
  type HouseholdCommandSender,
} from './application/household-command-executor';
export * from './core/command';
export { HOUSEHOLD_DECIDERS, type HouseholdCommands } from './application/household-commands';
export { HouseholdPersonalDataPolicy } from './application/personal-data-policy';
export { personalDataProtection, forgetPersonCommand, type ForgetPersonRequest } from './application/erasure';
export { PersonErasure, type ForgottenPerson, type PersonForgottenListener } from './application/person-erasure';
export {
  RetentionService,
  type RetentionErasure,
  type RetentionOperator,
  type RetentionOptions,
} from './application/retention.service';
export * from './graphql/recorded.payload';
export * from './graphql/household-recorder';
export * from './graphql/code-enums';
export { correctionChangesInput, correctionInputFields, type CorrectionInputField } from './graphql/correction.inputs';
export { MemberRelationEnum, GoalOutcomeEnum, AgreementPartyEnum, GrondslagEnum } from './graphql/household.inputs';
export { errorCodeOf, formatGraphQLError } from './graphql/graphql-error';
export { HouseholdModule } from './household.module';
export * from './testing/decider-fixture';
export { contactmomentAsRecorded } from './testing/contactmoment-fixture';
export * from './access/access-policy';
export { HOUSEHOLD_WRITERS, accessFactsOf } from './access/household-writers';
export { FORBIDDEN_MESSAGE, forbid } from './access/authorize-write';
export { WriteLog } from './access/write-log';
export * from './maatwerk/spend/spend.decide';
export * from './maatwerk/afweging/afweging.decide';
export * from './maatwerk/zrm/zrm.decide';
export * from './maatwerk/kernel/maatwerk-afweging';
export { RequiresRole } from './graphql/requires-role';
export { IsAgbCode, IsLocalDate } from './graphql/validation';
export * from './contactmoment/contactmoment';
export { ContactmomentInputBase, contactmomentRecording } from './contactmoment/contactmoment.inputs';
export { MEMBERS_ELSEWHERE, type MembersElsewhere } from './application/members-elsewhere';
