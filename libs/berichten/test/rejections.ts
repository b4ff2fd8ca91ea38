import { readBericht, type ReadOptions } from '@regie/berichten';

/** The rejections of reading `xml` as `{ code, path, rule? }`, for compact assertions. */
export function rejectionsOf(xml: string | Buffer, options?: ReadOptions) {
  const result = readBericht(xml, options);
  if (result.ok) return [];
  return result.rejections.map(({ code, path, rule }) => (rule ? { code, path, rule } : { code, path }));
}

/** The full rejections (with reasons) of reading `xml`. */
export function fullRejectionsOf(xml: string | Buffer, options?: ReadOptions) {
  const result = readBericht(xml, options);
  return result.ok ? [] : result.rejections;
}
