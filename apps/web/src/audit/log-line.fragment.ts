import { graphql } from '../gql';

/** The fields of a verwerkingenlog line the auditor's screens show (`LogLine`, `LOG_COLUMNS`): one selection for all. */
export const LogLineFields = graphql(`
  fragment LogLineFields on ProcessingLogEntry {
    id
    loggedAt
    userId
    userName
    role
    operation
    action
    basis
    emergency
    emergencyReason
    householdId
    outcome
  }
`);
