import { actorIdProblem, actorNameProblem } from '@regie/access';
import { PROCESSING_OPERATIONS, type ProcessingLogEntry } from './types';

/** A log entry that would store something the log must not hold, or that is malformed: a programming error. */
export class InvalidProcessingLogEntry extends Error {
  override readonly name = 'InvalidProcessingLogEntry';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`processing log entry: ${field} ${problem}`);
  }
}

/**
 * An identifier: a UUID, `u-regisseur-anna`, `m-kind`. No spaces (so no "Noor de Vries"), and not eight or nine
 * digits only (the shape of a BSN). A guard against mistakes, not a proof: `Noor` alone would pass.
 */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}$/;
const BSN_SHAPED = /^[0-9]{8,9}$/;
/** `<area>.<operation>`: lowercase area, then one or more dot-separated names. */
const ACTION = /^[a-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)+$/;
/** A field name or data category: `members`, `timeline.JEUGD`, `plan.goals`. */
const FIELD = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;
const GEMEENTE = /^[0-9]{4}$/;
const ROLE = /^[a-z][a-z_]{0,49}$/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const MAX_TEXT = 1000;
export const MAX_LIST = 200;

export function isLogIdentifier(value: string): boolean {
  return IDENTIFIER.test(value) && !BSN_SHAPED.test(value);
}

function identifier(field: string, value: string | null | undefined, required: boolean): void {
  if (value == null) {
    if (required) throw new InvalidProcessingLogEntry(field, 'is required');
    return;
  }
  if (!isLogIdentifier(value)) throw new InvalidProcessingLogEntry(field, 'must be an identifier (no names, no BSN)');
}

/** Who acted: the same rule as the token verifier's (`@regie/access`), so every verified caller can be logged. */
function actorId(field: string, value: string | null | undefined, required: boolean): void {
  if (value == null) {
    if (required) throw new InvalidProcessingLogEntry(field, 'is required');
    return;
  }
  const problem = actorIdProblem(value);
  if (problem !== undefined) throw new InvalidProcessingLogEntry(field, problem);
}

function text(field: string, value: string | null | undefined, max: number, required: boolean): void {
  if (value == null || value.trim() === '') {
    if (required) throw new InvalidProcessingLogEntry(field, 'is required');
    return;
  }
  if (value.length > max) throw new InvalidProcessingLogEntry(field, `is longer than ${max} characters`);
  if (CONTROL.test(value)) throw new InvalidProcessingLogEntry(field, 'contains a control character');
}

/** Throws InvalidProcessingLogEntry when `entry` is malformed or holds what the log must not hold. Pure. */
export function validateProcessingLogEntry(entry: ProcessingLogEntry): void {
  actorId('userId', entry.userId, true);
  const nameProblem = entry.userName == null ? undefined : actorNameProblem(entry.userName);
  if (nameProblem !== undefined) throw new InvalidProcessingLogEntry('userName', nameProblem);
  if (!ROLE.test(entry.role ?? '')) throw new InvalidProcessingLogEntry('role', 'must be a role name');
  if (!GEMEENTE.test(entry.gemeente ?? '')) throw new InvalidProcessingLogEntry('gemeente', 'must be a CBS code');
  actorId('onBehalfOf', entry.onBehalfOf, false);
  identifier('householdId', entry.householdId, false);
  const personIds = entry.personIds ?? [];
  if (personIds.length > MAX_LIST) throw new InvalidProcessingLogEntry('personIds', `has more than ${MAX_LIST} ids`);
  personIds.forEach((id, index) => identifier(`personIds[${index}]`, id, true));
  if (!PROCESSING_OPERATIONS.includes(entry.operation)) {
    throw new InvalidProcessingLogEntry('operation', `must be one of ${PROCESSING_OPERATIONS.join(', ')}`);
  }
  if (!ACTION.test(entry.action ?? '') || entry.action.length > 100) {
    throw new InvalidProcessingLogEntry('action', 'must look like household.timeline');
  }
  const fields = entry.fields ?? [];
  if (fields.length > MAX_LIST) throw new InvalidProcessingLogEntry('fields', `has more than ${MAX_LIST} names`);
  fields.forEach((field, index) => {
    if (!FIELD.test(field)) throw new InvalidProcessingLogEntry(`fields[${index}]`, 'must be a field name');
  });
  text('basis', entry.basis, MAX_TEXT, true);
  text('emergencyReason', entry.emergencyReason, MAX_TEXT, false);
  identifier('correlationId', entry.correlationId, false);
  if (entry.targetGemeente != null) {
    if (!GEMEENTE.test(entry.targetGemeente))
      throw new InvalidProcessingLogEntry('targetGemeente', 'must be a CBS code');
    if (entry.operation !== 'DENIED' || entry.targetGemeente === entry.gemeente) {
      throw new InvalidProcessingLogEntry('targetGemeente', "is only for a refused attempt on another gemeente's data");
    }
  }
}
