import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBericht } from '@regie/berichten';
import { BerichtenBusy, BerichtReader, INLINE_READ_MAX_BYTES, MAX_WAITING_LARGE_MESSAGES } from '../src';

const FIXTURES = join(__dirname, '../../berichten/test/fixtures');

/** A WMO301 grown past `bytes` by repeating its client: a large message (refused: a 301 names one client). */
function largeMessage(bytes: number): Buffer {
  const text = readFileSync(join(FIXTURES, 'wmo301-toewijzing.xml'), 'utf8');
  const start = text.indexOf('<wmo301:Client>');
  const end = text.indexOf('</wmo301:Client>') + '</wmo301:Client>'.length;
  const client = text.slice(start, end);
  const copies = Math.ceil(bytes / client.length);
  return Buffer.from(text.slice(0, start) + client.repeat(copies) + text.slice(end));
}

/** How often the event loop came round while `work` ran: 0 when something held it the whole time. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const spin = () => {
    if (!running) return;
    turns += 1;
    setImmediate(spin);
  };
  setImmediate(spin);
  const result = await work();
  running = false;
  return { result, turns };
}

describe('BerichtReader', () => {
  const reader = new BerichtReader();
  afterAll(() => reader.close());

  it('reads a small message on the calling thread, as readBericht does', async () => {
    const small = readFileSync(join(FIXTURES, 'wmo301-toewijzing.xml'));
    expect(small.byteLength).toBeLessThan(INLINE_READ_MAX_BYTES);
    await expect(reader.read(small, { today: '2026-12-01' })).resolves.toEqual(
      readBericht(small, { today: '2026-12-01' }),
    );
  });

  it('reads a large message in its thread, with the same answer, while the event loop keeps turning', async () => {
    const large = largeMessage(8 * 1024 * 1024);
    const inline = await turnsDuring(async () => readBericht(large, { today: '2026-12-01' }));
    expect(inline.turns).toBe(0);
    const threaded = await turnsDuring(() => reader.read(large, { today: '2026-12-01' }));
    expect(threaded.result).toEqual(inline.result);
    expect(threaded.result.ok).toBe(false);
    expect(threaded.turns).toBeGreaterThan(0);
  });

  it('refuses more large messages than may wait, reading the others', async () => {
    const large = largeMessage(2 * 1024 * 1024);
    const reads = await Promise.allSettled(
      Array.from({ length: MAX_WAITING_LARGE_MESSAGES + 4 }, () => reader.read(large)),
    );
    const refused = reads.filter((read) => read.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((read) => (read as PromiseRejectedResult).reason instanceof BerichtenBusy)).toBe(true);
    const read = reads.filter((one) => one.status === 'fulfilled');
    expect(read.length).toBeGreaterThanOrEqual(MAX_WAITING_LARGE_MESSAGES);
    expect(read.length).toBeLessThanOrEqual(MAX_WAITING_LARGE_MESSAGES + 1);
  });
});
