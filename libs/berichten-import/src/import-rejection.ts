// How an import answers "no": per element, in the spirit of a retourbericht.
import type { Rejection } from '@regie/berichten';

/** One reason a message was not taken in: a stable code, a retourcode where the standard gives one, the element. */
export interface ImportRejection {
  /** A code of `@regie/berichten` (the message itself) or of this lib / the domain (against Regie's state). */
  readonly code: string;
  /** WJ001 retourcode, when the iStandaard gives one for this check. */
  readonly retourcode?: string;
  /** Element path below `Bericht`, e.g. `Client/StartProducten/StartProduct[1]/ToewijzingNummer`; '' = the file. */
  readonly path: string;
  /** Dutch at B1 level. */
  readonly reason: string;
}

/** Thrown by a message's decider when one or more of its products cannot be recorded; nothing is written. */
export class BerichtAfgewezen extends Error {
  override readonly name = 'BerichtAfgewezen';
  constructor(readonly rejections: readonly ImportRejection[]) {
    super(rejections.map((r) => `${r.path || 'bericht'}: ${r.reason}`).join('; '));
  }
}

export const fromReaderRejection = (rejection: Rejection): ImportRejection => ({
  code: rejection.code,
  retourcode: rejection.retourcode,
  path: rejection.path,
  reason: rejection.reason,
});
