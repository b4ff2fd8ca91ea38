/**
 * The one definition of a valid actor identity, used by the token verifier (claims `sub` and `name`) and by the
 * verwerkingenlog (`userId`, `userName`, `onBehalfOf`), so that a token that verifies can always be logged.
 *
 * A user id is whatever the gemeente's identity provider uses: an employee number (`12345678`), an e-mail address
 * (`j.jansen+regie@gemeente.nl`), a UPN, a GUID, `u-regisseur-anna`. So: printable text of 1 to 256 characters,
 * without leading or trailing spaces. Refused: control characters (C0, DEL, C1), invisible formatting characters
 * (zero-width, bidi overrides), line and paragraph separators and lone surrogates, which could hide or disguise
 * who acted in a log line or an export. A name is the same kind of text, at most 200 characters.
 */
export const MAX_ACTOR_ID_LENGTH = 256;
export const MAX_ACTOR_NAME_LENGTH = 200;

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'contains invalid Unicode (a lone surrogate)';
  if (INVISIBLE.test(value)) return 'contains a control character or an invisible formatting character';
  return undefined;
}

/** Why `value` is not a valid user id (the token's `sub`), or undefined when it is. */
export function actorIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be text';
  if (value.trim() === '') return 'must not be empty';
  if (value.length > MAX_ACTOR_ID_LENGTH) return `must be at most ${MAX_ACTOR_ID_LENGTH} characters`;
  if (value !== value.trim()) return 'must not start or end with a space';
  return textProblem(value);
}

/** Why `value` is not a valid display name of a user (the token's `name`), or undefined when it is. */
export function actorNameProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be text';
  if (value.length > MAX_ACTOR_NAME_LENGTH) return `must be at most ${MAX_ACTOR_NAME_LENGTH} characters`;
  return textProblem(value);
}

export const isValidActorId = (value: unknown): value is string => actorIdProblem(value) === undefined;
