import { InvalidProcessingLogEntry, isLogIdentifier, validateProcessingLogEntry } from './entry-validation';
import type { ProcessingLogEntry } from './types';

const valid: ProcessingLogEntry = {
  userId: 'u-regisseur-anna',
  userName: 'Anna Bakker',
  role: 'regisseur',
  gemeente: '0363',
  householdId: 'de000000-0000-4000-8000-000000000001',
  personIds: ['8a3c1c52-1a4e-4c7a-9f3a-0d6b1f1e2a10', 'm-kind'],
  operation: 'READ',
  action: 'household.timeline',
  fields: ['timeline.JEUGD', 'members'],
  basis: 'regisseur van het huishouden; JEUGD: WETTELIJKE_TAAK (art. 7.1.1 Jeugdwet)',
  emergencyReason: null,
  correlationId: '5b0f6a3e-4a1e-4e51-9d55-0d2f2b6b8f11',
};

const problemOf = (entry: ProcessingLogEntry): string | undefined => {
  try {
    validateProcessingLogEntry(entry);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidProcessingLogEntry);
    return (error as InvalidProcessingLogEntry).field;
  }
};

describe('processing log entry validation', () => {
  it('given ids, roles, action, field names and a basis, when validated, then it passes', () => {
    expect(problemOf(valid)).toBeUndefined();
  });

  it('given a member name instead of an id, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, personIds: ['Noor de Vries'] })).toBe('personIds[0]');
  });

  it('given a BSN instead of an id, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, personIds: ['123456782'] })).toBe('personIds[0]');
    expect(problemOf({ ...valid, householdId: '111222333' })).toBe('householdId');
    expect(isLogIdentifier('12345678')).toBe(false);
  });

  it('given free text as a field name, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, fields: ['gesprek met moeder over schulden'] })).toBe('fields[0]');
  });

  it('given an action that is not area.operation, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, action: 'keek naar dossier' })).toBe('action');
    expect(problemOf({ ...valid, action: 'timeline' })).toBe('action');
    expect(problemOf({ ...valid, action: 'jeugd.recordToewijzing' })).toBeUndefined();
  });

  it('given a malformed tenant, role or operation, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, gemeente: '363' })).toBe('gemeente');
    expect(problemOf({ ...valid, role: 'Regisseur Anna' })).toBe('role');
    expect(problemOf({ ...valid, operation: 'LOOK' as never })).toBe('operation');
  });

  it('given no basis, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, basis: '  ' })).toBe('basis');
  });

  it('given a control character or an overlong text, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, basis: 'a\u0000b' })).toBe('basis');
    expect(problemOf({ ...valid, emergencyReason: 'x'.repeat(1001) })).toBe('emergencyReason');
    expect(problemOf({ ...valid, userName: 'x'.repeat(201) })).toBe('userName');
  });

  it('given the user ids identity providers use, when validated, then they pass (the verifier accepts them too)', () => {
    for (const userId of ['12345678', 'j.jansen+regie@gemeente.nl', 'j.jansen@gemeente.nl', 'GEMEENTE\\Jan Jansen']) {
      expect(problemOf({ ...valid, userId, userName: 'Jan van der Berg' })).toBeUndefined();
    }
  });

  it('given a control or invisible character in who acted, when validated, then it is refused', () => {
    expect(problemOf({ ...valid, userId: 'u-anna\u0007' })).toBe('userId');
    expect(problemOf({ ...valid, userName: 'Anna\u202eBakker' })).toBe('userName');
    expect(problemOf({ ...valid, onBehalfOf: 'u-\u0000anna' })).toBe('onBehalfOf');
  });

  it('given a noodprocedure reason, when validated, then it passes', () => {
    expect(problemOf({ ...valid, emergencyReason: 'melding acute onveiligheid door de politie' })).toBeUndefined();
  });

  it('given a target gemeente, when validated, then only a refused attempt on another gemeente may name one', () => {
    const denied: ProcessingLogEntry = { ...valid, operation: 'DENIED', basis: 'ander gemeente' };
    expect(problemOf({ ...denied, targetGemeente: '0599' })).toBeUndefined();
    expect(problemOf({ ...denied, targetGemeente: '0363' })).toBe('targetGemeente');
    expect(problemOf({ ...denied, targetGemeente: 'Rotterdam' })).toBe('targetGemeente');
    expect(problemOf({ ...valid, targetGemeente: '0599' })).toBe('targetGemeente');
  });
});
