import { READ_MODEL_TABLES } from '@regie/timeline';
import { auditMigrations, PROCESSING_LOG_TABLE } from './migrations';

describe('audit migrations', () => {
  it('given the timeline read models, when a rebuild truncates them, then the log is not among them', () => {
    expect(READ_MODEL_TABLES as readonly string[]).not.toContain(PROCESSING_LOG_TABLE);
  });

  it('given the migrations, when read, then versions increase strictly', () => {
    const versions = auditMigrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
