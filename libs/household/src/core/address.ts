import { reject } from './rejection';

/**
 * The household's woonadres as the BAG identifies an address: postcode, huisnummer and optionally a huisletter and
 * a huisnummertoevoeging. No street or city: postcode and huisnummer find the address, and less is stored.
 */
export interface Address {
  /** Normalised: four digits and two capitals without a space, e.g. `1234AB`. */
  readonly postcode: string;
  /** 1 to 99999. */
  readonly huisnummer: number;
  /** One capital letter, e.g. `A` in 12A. */
  readonly huisletter?: string;
  /** One to four letters or digits, capitals, e.g. `2` in 12-2 or `BIS`. */
  readonly huisnummertoevoeging?: string;
}

/** An address as a client sends it: postcode with or without a space, any case. */
export interface AddressInput {
  readonly postcode: string;
  readonly huisnummer: number;
  readonly huisletter?: string | null;
  readonly huisnummertoevoeging?: string | null;
}

const POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;
const HUISLETTER = /^[A-Z]$/;
const TOEVOEGING = /^[A-Z0-9]{1,4}$/;

/** `1234 ab` → `1234AB`; undefined when it is not a Dutch postcode. */
export function normalisePostcode(text: string): string | undefined {
  const postcode = text.replace(/\s+/g, '').toUpperCase();
  return POSTCODE.test(postcode) ? postcode : undefined;
}

export const isValidHuisnummer = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99999;

/**
 * What follows the huisnummer, as a search compares it: huisletter and toevoeging together, capitals, without
 * spaces or hyphens (`a-2` → `A2`). Empty when there is neither.
 */
export function addressSuffix(text: string | undefined | null): string {
  return (text ?? '').replace(/[\s-]+/g, '').toUpperCase();
}

/** The suffix of a recorded address (huisletter then toevoeging), as `addressSuffix` writes a searched one. */
export const suffixOf = (address: Address): string =>
  addressSuffix(`${address.huisletter ?? ''}${address.huisnummertoevoeging ?? ''}`);

/** A recorded address that is readable (not erased): the read side and the search index only use those. */
export function isReadableAddress(value: unknown): value is Address {
  const candidate = value as Partial<Address> | null | undefined;
  return (
    typeof candidate?.postcode === 'string' &&
    POSTCODE.test(candidate.postcode) &&
    isValidHuisnummer(candidate.huisnummer)
  );
}

/** `1234 AB`, as people write a postcode. */
export const formatPostcode = (postcode: string) => `${postcode.slice(0, 4)} ${postcode.slice(4)}`;

const optionalText = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.toUpperCase() : undefined;
};

/**
 * A valid, normalised address, or a BAD_USER_INPUT rejection naming the field (`<field>.postcode`, …) in plain
 * Dutch. `field` is where the address sits in the command (`address`).
 */
export function validAddress(input: AddressInput, field = 'address'): Address {
  const postcode = normalisePostcode(input.postcode ?? '');
  if (!postcode) {
    return reject('BAD_USER_INPUT', 'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.', {
      field: `${field}.postcode`,
    });
  }
  if (!isValidHuisnummer(input.huisnummer)) {
    reject('BAD_USER_INPUT', 'Vul een huisnummer in van 1 tot en met 99999.', { field: `${field}.huisnummer` });
  }
  const huisletter = optionalText(input.huisletter);
  if (huisletter !== undefined && !HUISLETTER.test(huisletter)) {
    reject('BAD_USER_INPUT', 'Een huisletter is één letter, zoals A.', { field: `${field}.huisletter` });
  }
  const toevoeging = optionalText(input.huisnummertoevoeging);
  if (toevoeging !== undefined && !TOEVOEGING.test(toevoeging)) {
    reject('BAD_USER_INPUT', 'Een toevoeging is één tot vier letters of cijfers, zoals 2 of BIS.', {
      field: `${field}.huisnummertoevoeging`,
    });
  }
  return {
    postcode,
    huisnummer: input.huisnummer,
    ...(huisletter ? { huisletter } : {}),
    ...(toevoeging ? { huisnummertoevoeging: toevoeging } : {}),
  };
}

export const sameAddress = (a: Address | undefined, b: Address): boolean =>
  a !== undefined &&
  a.postcode === b.postcode &&
  a.huisnummer === b.huisnummer &&
  (a.huisletter ?? '') === (b.huisletter ?? '') &&
  (a.huisnummertoevoeging ?? '') === (b.huisnummertoevoeging ?? '');
