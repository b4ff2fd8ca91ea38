import { ERASED_TEXT, PersonalDataCipher, isSealedValue, type KeyProvider, type SealedValue } from '@regie/privacy';

/**
 * How a waiting message is kept: sealed with a key of its own (subject `berichten-wachtrij:<gemeente>:<id>`, one key
 * per message, so shredding one never touches another), and findable by keyed blind indexes of its BSNs, never the
 * BSN itself. The message's client is in no household yet, so no member's key can hold it.
 */
export class QueueProtection {
  private readonly cipher: PersonalDataCipher;

  constructor(
    private readonly keys: KeyProvider,
    /** The search index's HMAC of a BSN (`bsnBlindIndex`), so the index and the queue agree. */
    readonly bsnIndex: (bsn: string) => string,
  ) {
    this.cipher = new PersonalDataCipher(keys);
  }

  static subject(gemeente: string, id: string): string {
    return `berichten-wachtrij:${gemeente}:${id}`;
  }

  seal(gemeente: string, id: string, xml: string): Promise<SealedValue> {
    return this.cipher.seal(QueueProtection.subject(gemeente, id), 'text', xml);
  }

  /** The XML, or undefined when its key is gone (shredded). */
  async open(sealed: unknown): Promise<string | undefined> {
    if (!isSealedValue(sealed)) return undefined;
    const value = await this.cipher.open(sealed);
    return typeof value === 'string' && value !== ERASED_TEXT ? value : undefined;
  }

  /** Destroys the keys of these messages for good: their ciphertext, wherever a copy of it is, reads as nothing. */
  async shred(gemeente: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.keys.destroy(
      ids.map((id) => QueueProtection.subject(gemeente, id)),
      { final: true },
    );
  }
}
