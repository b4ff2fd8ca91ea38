import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, Saved, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import { ManageSection } from './ManageSection';
import { AddressFields, EMPTY_ADDRESS } from './AddressFields';
import { useStep, type Household, type SectionProps } from './manage-household-step';

const RecordHouseholdAddressDocument = graphql(`
  mutation RecordHouseholdAddress($input: RecordHouseholdAddressInput!) {
    recordHouseholdAddress(input: $input) {
      position
    }
  }
`);

const formatAddress = (address: NonNullable<Household['address']>) =>
  `${address.postcode.slice(0, 4)} ${address.postcode.slice(4)}, huisnummer ${address.huisnummer}${address.huisletter ?? ''}${
    address.huisnummertoevoeging ? `-${address.huisnummertoevoeging}` : ''
  }`;

/** A new woonadres (after a move). */
export function AddressSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'adres';
  const [, record] = useMutation(RecordHouseholdAddressDocument);
  const [address, setAddress] = useState(EMPTY_ADDRESS);
  const step = useStep([['address', 'address.postcode', /./]]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const postcode = address.postcode.replace(/\s+/g, '').toUpperCase();
    if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode))
      found['address.postcode'] = 'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.';
    const huisnummer = address.huisnummer.trim();
    if (!/^[0-9]{1,5}$/.test(huisnummer) || Number(huisnummer) < 1)
      found['address.huisnummer'] = 'Vul een huisnummer in van 1 tot en met 99999.';
    const done = await step.run(
      found,
      () =>
        record({
          input: {
            householdId: household.id,
            address: {
              postcode,
              huisnummer: Number(huisnummer),
              ...(address.huisletter.trim() ? { huisletter: address.huisletter.trim().toUpperCase() } : {}),
              ...(address.huisnummertoevoeging.trim()
                ? { huisnummertoevoeging: address.huisnummertoevoeging.trim().toUpperCase() }
                : {}),
            },
          },
        }),
      `Het nieuwe woonadres van ${name} is opgeslagen.`,
    );
    if (done) {
      setAddress(EMPTY_ADDRESS);
      onChange();
    }
  };

  return (
    <ManageSection id="woonadres" title="Woonadres">
      <Paragraph>
        {household.address
          ? `Het woonadres is nu ${formatAddress(household.address)}.`
          : 'Er is nog geen woonadres bekend.'}{' '}
        Is het huishouden verhuisd? Vul dan het nieuwe adres in.
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer het adres" />
      {step.failure ? <ProblemMessage error={step.failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form" aria-label="Nieuw woonadres">
        <AddressFields prefix={PREFIX} address={address} errors={step.errors} onChange={setAddress} />
        <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
          Woonadres opslaan
        </Button>
      </form>
    </ManageSection>
  );
}
