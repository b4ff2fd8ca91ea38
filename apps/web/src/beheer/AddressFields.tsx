import { TextField, type FieldErrors } from '../components/form';

/** A woonadres as the forms keep it: text as typed. */
export interface AddressDraft {
  readonly postcode: string;
  readonly huisnummer: string;
  readonly huisletter: string;
  readonly huisnummertoevoeging: string;
}

export const EMPTY_ADDRESS: AddressDraft = { postcode: '', huisnummer: '', huisletter: '', huisnummertoevoeging: '' };

/** Postcode, huisnummer, huisletter and toevoeging, with their errors at `address.*`. */
export function AddressFields({
  prefix,
  address,
  errors,
  onChange,
}: {
  prefix: string;
  address: AddressDraft;
  errors: FieldErrors;
  onChange: (address: AddressDraft) => void;
}) {
  return (
    <>
      <TextField
        prefix={prefix}
        path="address.postcode"
        label="Postcode"
        hint="Vier cijfers en twee letters, zoals 1234 AB."
        value={address.postcode}
        error={errors['address.postcode']}
        onChange={(postcode) => onChange({ ...address, postcode })}
      />
      <TextField
        prefix={prefix}
        path="address.huisnummer"
        label="Huisnummer"
        inputMode="numeric"
        value={address.huisnummer}
        error={errors['address.huisnummer']}
        onChange={(huisnummer) => onChange({ ...address, huisnummer })}
      />
      <TextField
        prefix={prefix}
        path="address.huisletter"
        label="Huisletter (niet verplicht)"
        value={address.huisletter}
        error={errors['address.huisletter']}
        onChange={(huisletter) => onChange({ ...address, huisletter })}
      />
      <TextField
        prefix={prefix}
        path="address.huisnummertoevoeging"
        label="Toevoeging (niet verplicht)"
        value={address.huisnummertoevoeging}
        error={errors['address.huisnummertoevoeging']}
        onChange={(huisnummertoevoeging) => onChange({ ...address, huisnummertoevoeging })}
      />
    </>
  );
}
