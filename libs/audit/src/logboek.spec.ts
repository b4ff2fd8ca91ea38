import { createHmac } from 'node:crypto';
import { LOGBOEK_SUBJECT_ID_TYPE, logboekLines, protectId } from './logboek';
import type { ProcessingLogRecord } from './types';

const KEY = 'a-test-key-of-at-least-thirty-two-chars';
const record = (overrides: Partial<ProcessingLogRecord> = {}): ProcessingLogRecord => ({
  id: '42',
  loggedAt: new Date('2026-12-06T10:00:00.123Z'),
  userId: 'u-anna',
  userName: 'Anna Bakker',
  role: 'regisseur',
  gemeente: '0599',
  onBehalfOf: null,
  householdId: 'de000000-0000-4000-8000-000000000001',
  personIds: ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'],
  operation: 'READ',
  action: 'household.read',
  fields: ['members', 'timeline'],
  basis: 'regisseur van het huishouden',
  emergency: false,
  emergencyReason: null,
  correlationId: '4bf92f3577b34da6a3ce929d0e0e4736',
  outcome: 'ALLOWED',
  spanId: '00f067aa0ba902b7',
  processingActivity: 'urn:regie:verwerkingsactiviteit:regie:1',
  targetGemeente: null,
  ...overrides,
});

describe('Logboek Dataverwerkingen lines', () => {
  it('one line per data subject, each with the trace, span, action, time and processing activity', () => {
    const lines = logboekLines(record(), { subjectKey: KEY });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({
        trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
        span_id: '00f067aa0ba902b7',
        name: 'household.read',
        status_code: 'STATUS_CODE_OK',
        start_time: Date.parse('2026-12-06T10:00:00.123Z'),
        end_time: Date.parse('2026-12-06T10:00:00.123Z'),
      });
      expect(line.attributes['dpl.core.processing_activity_id']).toBe('urn:regie:verwerkingsactiviteit:regie:1');
      expect(line.attributes['dpl.core.data_subject_id_type']).toBe(LOGBOEK_SUBJECT_ID_TYPE);
    }
    expect(lines.map((line) => line.attributes['dpl.core.data_subject_id'])).toEqual([
      protectId('11111111-1111-4111-8111-111111111111', KEY),
      protectId('22222222-2222-4222-8222-222222222222', KEY),
    ]);
  });

  it('protects member and household ids with the keyed hash: no id appears, the same id gives the same value', () => {
    const text = JSON.stringify(logboekLines(record(), { subjectKey: KEY }));
    expect(text).not.toContain('11111111-1111');
    expect(text).not.toContain('de000000-0000');
    expect(protectId('x', KEY)).toBe(createHmac('sha256', KEY).update('x').digest('hex'));
    expect(protectId('x', KEY)).not.toBe(protectId('x', `${KEY}!`));
  });

  it('a line about nobody in particular is one line without a subject', () => {
    const lines = logboekLines(record({ personIds: [], householdId: null, action: 'audit.export' }), {
      subjectKey: KEY,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.attributes['dpl.core.data_subject_id']).toBeUndefined();
  });

  it('a refused attempt is UNSET (nothing was processed); an old UUID correlation id becomes its trace id', () => {
    const [line] = logboekLines(
      record({
        operation: 'DENIED',
        outcome: 'DENIED',
        personIds: [],
        correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      }),
      { subjectKey: KEY },
    );
    expect(line!.status_code).toBe('STATUS_CODE_UNSET');
    expect(line!.trace_id).toBe('0f8fad5bd9cb469fa16570867728950e');
    expect(line!.attributes['dpl.regie.outcome']).toBe('DENIED');
  });

  it('a line written before the register names the activity its action belongs to now', () => {
    const [line] = logboekLines(record({ processingActivity: null, action: 'jeugd.ToewijzingVastgelegd' }), {
      subjectKey: KEY,
    });
    expect(line!.attributes['dpl.core.processing_activity_id']).toBe('urn:regie:verwerkingsactiviteit:jeugd:1');
  });

  it('refuses a short key', () => {
    expect(() => logboekLines(record(), { subjectKey: 'short' })).toThrow('at least 32 characters');
  });
});
