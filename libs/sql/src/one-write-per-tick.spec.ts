import { Writable } from 'node:stream';
import { oneWritePerTick } from './one-write-per-tick';

function recordingStream() {
  const writes: string[][] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes.push([chunk.toString()]);
      callback();
    },
    writev(chunks, callback) {
      writes.push(chunks.map(({ chunk }) => (chunk as Buffer).toString()));
      callback();
    },
  });
  return { stream, writes };
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe('oneWritePerTick', () => {
  it('sends what was written in one tick as one write, and the next tick as another', async () => {
    const { stream, writes } = recordingStream();
    const send = oneWritePerTick(stream as never);
    send(() => stream.write('begin'));
    send(() => stream.write('insert'));
    send(() => stream.write('update'));
    expect(writes).toEqual([]);
    await nextTick();
    send(() => stream.write('commit'));
    await nextTick();
    expect(writes).toEqual([['begin', 'insert', 'update'], ['commit']]);
  });

  it('returns what the send returns and leaves the stream uncorked', async () => {
    const { stream } = recordingStream();
    const send = oneWritePerTick(stream as never);
    expect(send(() => 42)).toBe(42);
    expect(stream.writableCorked).toBe(1);
    await nextTick();
    expect(stream.writableCorked).toBe(0);
  });
});
