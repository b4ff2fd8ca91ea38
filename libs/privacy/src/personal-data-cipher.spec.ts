import { ERASED_TEXT } from './personal-data-kind';
import { InMemoryKeyProvider } from './in-memory-key-provider';
import { isSubjectUnder, SubjectErasedError, subjectAndAncestors } from './key-provider';
import {
  isSealedValue,
  PersonalDataCipher,
  PersonalDataIntegrityError,
  type SealedValue,
} from './personal-data-cipher';

describe('PersonalDataCipher', () => {
  let keys: InMemoryKeyProvider;
  let cipher: PersonalDataCipher;
  beforeEach(() => {
    keys = new InMemoryKeyProvider();
    cipher = new PersonalDataCipher(keys);
  });

  it('round-trips any JSON value and stores no plaintext', async () => {
    for (const value of ['Noah de Vries', '856885253', 184_500, { nested: ['a', 1, null] }, true]) {
      const sealed = await cipher.seal('member:m1', 'text', value);
      expect(isSealedValue(sealed)).toBe(true);
      expect(sealed).toMatchObject({ $pd: 'v1', s: 'member:m1', k: 'text' });
      if (typeof value === 'string') expect(JSON.stringify(sealed)).not.toContain(value);
      await expect(cipher.open(sealed)).resolves.toEqual(value);
    }
  });

  it('uses a fresh IV for every value: the same plaintext seals differently', async () => {
    const a = await cipher.seal('member:m1', 'name', 'Noah');
    const b = await cipher.seal('member:m1', 'name', 'Noah');
    expect(a.c).not.toBe(b.c);
  });

  it('rejects a tampered ciphertext, never opening it to a placeholder', async () => {
    const sealed = await cipher.seal('member:m1', 'text', 'een zin over Noah');
    const raw = Buffer.from(sealed.c, 'base64');
    raw[raw.length - 1] ^= 0x01;
    await expect(cipher.open({ ...sealed, c: raw.toString('base64') })).rejects.toBeInstanceOf(
      PersonalDataIntegrityError,
    );
    await expect(cipher.open({ ...sealed, c: 'AAAA' })).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('binds a value to its subject and kind (additional authenticated data)', async () => {
    const sealed = await cipher.seal('member:m1', 'text', 'een zin over Noah');
    const other = await keys.keyFor('member:m2');
    // Moved to another subject: even with that subject's key id it fails authentication.
    await expect(cipher.open({ ...sealed, s: 'member:m2', i: other.id })).rejects.toBeInstanceOf(
      PersonalDataIntegrityError,
    );
    // Relabelled to open to another placeholder: fails too.
    await expect(cipher.open({ ...sealed, k: 'name' })).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('opens a value whose key is destroyed to the placeholder of its kind', async () => {
    const sealed = {
      name: await cipher.seal('member:m1', 'name', 'Noah de Vries'),
      bsn: await cipher.seal('member:m1', 'bsn', '856885253'),
      birthDate: await cipher.seal('member:m1', 'date', '2012-07-30'),
      note: await cipher.seal('member:m1:JEUGD', 'text', 'Noah slaapt slecht'),
      bedrag: await cipher.seal('member:m1:WERK_EN_INKOMEN', 'amount', 184_500),
      keep: await cipher.seal('member:m2', 'name', 'Sanne de Vries'),
    };
    expect(await keys.destroy(['member:m1'])).toBe(3);
    await expect(cipher.openAll(sealed)).resolves.toEqual({
      name: ERASED_TEXT,
      bsn: null,
      birthDate: null,
      note: ERASED_TEXT,
      keep: 'Sanne de Vries',
    });
  });

  it('does not open an old value with a newer key of the same subject', async () => {
    const old = await cipher.seal('household:h1:JEUGD', 'text', 'oud');
    await keys.destroy(['household:h1:JEUGD']);
    const fresh = await cipher.seal('household:h1:JEUGD', 'text', 'nieuw');
    expect(fresh.i).not.toBe(old.i);
    await expect(cipher.open(old)).resolves.toBe(ERASED_TEXT);
    await expect(cipher.open(fresh)).resolves.toBe('nieuw');
  });

  it('seals at the given paths on a copy and opens nested values and array elements', async () => {
    const data = { name: 'Familie', members: [{ memberId: 'm1', name: 'Noah', bsn: '856885253' }] };
    const sealed = await cipher.sealAt(data, [
      { path: ['members', 0, 'name'], subject: 'member:m1', kind: 'name' },
      { path: ['members', 0, 'bsn'], subject: 'member:m1', kind: 'bsn' },
      { path: ['members', 0, 'missing'], subject: 'member:m1', kind: 'text' },
      { path: ['nowhere', 'deep'], subject: 'member:m1', kind: 'text' },
    ]);
    expect(data.members[0]!.name).toBe('Noah');
    expect(isSealedValue(sealed.members[0]!.name)).toBe(true);
    expect(sealed.members[0]).not.toHaveProperty('missing');
    expect(JSON.stringify(sealed)).not.toMatch(/Noah|856885253/);
    // Sealing again leaves sealed values alone.
    const twice = await cipher.sealAt(sealed, [{ path: ['members', 0, 'name'], subject: 'member:m1', kind: 'name' }]);
    expect(twice.members[0]!.name).toEqual(sealed.members[0]!.name);
    await expect(cipher.openAll(sealed)).resolves.toEqual(data);
    const plain = { a: [1, 2], b: 'x' };
    await expect(cipher.openAll(plain)).resolves.toBe(plain);
  });

  it('opens an erased amount inside an array to null', async () => {
    const list = [await cipher.seal('member:m1', 'amount', 5)];
    await keys.destroy(['member:m1']);
    await expect(cipher.openAll(list)).resolves.toEqual([null]);
  });

  it('issues no new key for a subject erased for good, nor below it', async () => {
    await keys.keyFor('member:m1');
    await keys.destroy(['member:m1'], { final: true });
    await expect(cipher.seal('member:m1', 'name', 'x')).rejects.toBeInstanceOf(SubjectErasedError);
    await expect(cipher.seal('member:m1:JEUGD', 'text', 'x')).rejects.toBeInstanceOf(SubjectErasedError);
    await expect(cipher.seal('member:m10', 'text', 'x')).resolves.toMatchObject({ s: 'member:m10' });
  });

  it('recognises only well-formed sealed values', () => {
    const sealed: SealedValue = { $pd: 'v1', s: 'member:m1', i: 'k', k: 'text', c: '' };
    expect(isSealedValue(sealed)).toBe(true);
    expect(isSealedValue({ ...sealed, k: 'other' })).toBe(false);
    expect(isSealedValue({ $pd: 'v1' })).toBe(false);
    expect(isSealedValue([sealed])).toBe(false);
  });
});

describe('subjects', () => {
  it('form a tree along the colon', () => {
    expect(subjectAndAncestors('member:m1:JEUGD')).toEqual(['member:m1:JEUGD', 'member:m1', 'member']);
    expect(isSubjectUnder('member:m1:JEUGD', 'member:m1')).toBe(true);
    expect(isSubjectUnder('member:m1', 'member:m1')).toBe(true);
    expect(isSubjectUnder('member:m10', 'member:m1')).toBe(false);
  });
});
