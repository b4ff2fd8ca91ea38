/** What the placeholder of an erased value says, visible in the timeline and in every read model rebuilt after. */
export const ERASED_TEXT = 'gegevens verwijderd';

/**
 * What kind of personal data a field holds; it decides what the field reads as once its key is destroyed:
 * - `name`, `text` (a person's name, free text): the text "gegevens verwijderd";
 * - `bsn`, `date` (a BSN, a birth date): `null`;
 * - `amount` (an optional figure, e.g. an arrears amount): absent, as if it was never given.
 */
export type PersonalDataKind = 'bsn' | 'name' | 'date' | 'text' | 'amount';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['bsn', 'name', 'date', 'text', 'amount'];

/** The value an erased field of this kind opens to; `undefined` means the field is left out. */
export function placeholderFor(kind: PersonalDataKind): string | null | undefined {
  switch (kind) {
    case 'name':
    case 'text':
      return ERASED_TEXT;
    case 'bsn':
    case 'date':
      return null;
    case 'amount':
      return undefined;
  }
}
