// Runs in a worker thread of BerichtReader's pool (piscina): reading a large message takes seconds of CPU.
import { readBericht, type ReadOptions, type ReadResult } from '@regie/berichten';

export interface ReadTask {
  readonly input: string | Uint8Array;
  readonly options: ReadOptions;
}

export default function read({ input, options }: ReadTask): ReadResult {
  return readBericht(input, options);
}
