import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyProvider, SubjectKey } from './key-provider';
import { PERSONAL_DATA_KINDS, placeholderFor, type PersonalDataKind } from './personal-data-kind';

/**
 * A sealed personal-data value as it is stored in an event: `{ "$pd": "v1", "s": subject, "i": key id,
 * "k": kind, "c": base64(iv | tag | ciphertext) }`. Only ids and the kind are readable; the value is AES-256-GCM
 * ciphertext of its JSON under the subject's key.
 */
export interface SealedValue {
  readonly $pd: 'v1';
  /** Whose data it is: the key subject. */
  readonly s: string;
  /** Which of the subject's keys sealed it. */
  readonly i: string;
  /** What it reads as after erasure. */
  readonly k: PersonalDataKind;
  readonly c: string;
}

/** One value to seal: where it is in an event's data and whose it is. */
export interface PersonalDataLocation {
  /** Property names and array indexes from the data root. */
  readonly path: readonly (string | number)[];
  readonly subject: string;
  readonly kind: PersonalDataKind;
}

/** A sealed value failed its authentication: changed, moved to another subject, or sealed with another key. */
export class PersonalDataIntegrityError extends Error {
  constructor(subject: string) {
    super(`A sealed personal-data value of ${subject} failed authentication (tampered with or moved)`);
    this.name = 'PersonalDataIntegrityError';
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Keys whose destruction this process has seen; a destroyed key id never comes back. */
const GONE_KEYS_REMEMBERED = 50_000;

export function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Partial<SealedValue>;
  return (
    candidate.$pd === 'v1' &&
    typeof candidate.s === 'string' &&
    typeof candidate.i === 'string' &&
    typeof candidate.c === 'string' &&
    PERSONAL_DATA_KINDS.includes(candidate.k as PersonalDataKind)
  );
}

/** Additional authenticated data: the ciphertext is bound to its subject, key and kind. */
const aadOf = (subject: string, keyId: string, kind: PersonalDataKind) =>
  Buffer.from(`regie-pd/v1\u0000${subject}\u0000${keyId}\u0000${kind}`, 'utf8');

/**
 * Seals personal data with the key of its subject (AES-256-GCM, a random 96-bit IV per value, the subject, key id
 * and kind as additional authenticated data) and opens it again. A value whose key is gone opens to the placeholder
 * of its kind; a value that fails authentication is an error, never a placeholder.
 */
export class PersonalDataCipher {
  private readonly goneKeys = new Set<string>();

  constructor(private readonly keys: KeyProvider) {}

  async seal(subject: string, kind: PersonalDataKind, value: unknown, known?: SubjectKey): Promise<SealedValue> {
    const key = known ?? (await this.keys.keyFor(subject));
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.material, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aadOf(subject, key.id, kind));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    const c = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
    return { $pd: 'v1', s: subject, i: key.id, k: kind, c };
  }

  /** The value, or the placeholder of its kind (`undefined` for a field to leave out) when the key is gone. */
  async open(sealed: SealedValue): Promise<unknown> {
    const key = await this.keyOf(sealed);
    if (!key) return placeholderFor(sealed.k);
    const raw = Buffer.from(sealed.c, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new PersonalDataIntegrityError(sealed.s);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.material, raw.subarray(0, IV_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(aadOf(sealed.s, sealed.i, sealed.k));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plaintext = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return JSON.parse(plaintext.toString('utf8'));
    } catch {
      throw new PersonalDataIntegrityError(sealed.s);
    }
  }

  /** A copy of `data` with the value at each location sealed; absent and null values stay as they are. */
  async sealAt<T>(
    data: T,
    locations: readonly PersonalDataLocation[],
    prepared?: ReadonlyMap<string, SubjectKey>,
  ): Promise<T> {
    if (locations.length === 0) return data;
    const copy = structuredClone(data);
    const targets = sealTargets(copy, locations);
    // The keys of all subjects at once (one round trip for new subjects) where the provider can.
    const keys =
      prepared ??
      (this.keys.keysFor && targets.length > 1
        ? await this.keys.keysFor(targets.map((target) => target.location.subject))
        : undefined);
    for (const { location, parent, last, value } of targets) {
      parent[last] = await this.seal(location.subject, location.kind, value, keys?.get(location.subject));
    }
    return copy;
  }

  /** `value` with every sealed value in it opened (or replaced by its placeholder); unchanged when there is none. */
  async openAll<T>(value: T): Promise<T> {
    return (await this.openDeep(value)) as T;
  }

  private async openDeep(value: unknown): Promise<unknown> {
    if (typeof value !== 'object' || value === null) return value;
    if (isSealedValue(value)) return this.open(value);
    if (Array.isArray(value)) {
      let changed = false;
      const opened = await Promise.all(
        value.map(async (item) => {
          const result = await this.openDeep(item);
          if (result !== item) changed = true;
          return result === undefined ? null : result;
        }),
      );
      return changed ? opened : value;
    }
    let copy: Record<string, unknown> | undefined;
    for (const [field, item] of Object.entries(value)) {
      const result = await this.openDeep(item);
      if (result === item) continue;
      copy ??= { ...(value as Record<string, unknown>) };
      if (result === undefined) delete copy[field];
      else copy[field] = result;
    }
    return copy ?? value;
  }

  private async keyOf(sealed: SealedValue): Promise<SubjectKey | undefined> {
    const gone = `${sealed.s}\u0000${sealed.i}`;
    if (this.goneKeys.has(gone)) return undefined;
    const key = await this.keys.existingKey(sealed.s);
    if (key?.id === sealed.i) return key;
    // Destroyed (no key), or destroyed and replaced by a newer one: this value's key never comes back.
    if (this.goneKeys.size >= GONE_KEYS_REMEMBERED) this.goneKeys.clear();
    this.goneKeys.add(gone);
    return undefined;
  }
}

/** The subjects whose keys `sealAt` needs for this data: of the values present and not sealed yet. */
export function subjectsToSeal(data: unknown, locations: readonly PersonalDataLocation[]): string[] {
  return sealTargets(data, locations).map((target) => target.location.subject);
}

function sealTargets(data: unknown, locations: readonly PersonalDataLocation[]) {
  return locations.flatMap((location) => {
    const parent = parentOf(data, location.path) as Record<string | number, unknown> | undefined;
    const last = location.path[location.path.length - 1]!;
    const value = parent?.[last];
    if (!parent || value === undefined || value === null || isSealedValue(value)) return [];
    return [{ location, parent, last, value }];
  });
}

function parentOf(root: unknown, path: readonly (string | number)[]): object | undefined {
  let node: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return typeof node === 'object' && node !== null ? node : undefined;
}
