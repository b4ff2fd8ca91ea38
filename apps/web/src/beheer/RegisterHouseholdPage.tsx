import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { CombinedError } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { useViewer } from '../layout/viewer';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, fieldId, refusalOf, SelectField, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import { AddressFields, EMPTY_ADDRESS, type AddressDraft } from './AddressFields';
import type { MemberRelation } from '../gql/graphql';
import { chosenRelation, RELATION_CHOICES, relationMissing } from './member-relation';
import { plainRefusal } from './refusals';

const RegisterHouseholdDocument = graphql(`
  mutation RegisterHousehold($input: RegisterHouseholdInput!) {
    registerHousehold(input: $input) {
      householdId
    }
  }
`);

interface MemberDraft {
  key: number;
  name: string;
  bsn: string;
  birthDate: string;
  /** '' until the beheerder chooses a role ("Kies de rol"): never a role chosen for them. */
  relation: MemberRelation | '';
}

const PREFIX = 'huishouden';
const emptyMember = (key: number): MemberDraft => ({
  key,
  name: '',
  bsn: '',
  birthDate: '',
  relation: '',
});
const bsnOf = (text: string) => text.replace(/[\s.]/g, '');

/** The same checks as the api (required fields, elfproef, address form, a chosen role), before anything is sent. */
function check(name: string, address: AddressDraft, members: MemberDraft[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!name.trim()) errors.name = 'Vul de naam van het huishouden in, zoals Familie Jansen.';
  const anyAddress = Object.values(address).some((value) => value.trim());
  if (anyAddress) {
    const postcode = address.postcode.replace(/\s+/g, '').toUpperCase();
    if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode))
      errors['address.postcode'] = 'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.';
    const huisnummer = address.huisnummer.trim();
    if (!/^[0-9]{1,5}$/.test(huisnummer) || Number(huisnummer) < 1)
      errors['address.huisnummer'] = 'Vul een huisnummer in van 1 tot en met 99999.';
  }
  members.forEach((member, index) => {
    if (!member.name.trim()) errors[`members.${index}.name`] = `Vul de naam van persoon ${index + 1} in.`;
    if (!isValidBsn(bsnOf(member.bsn)))
      errors[`members.${index}.bsn`] = `Het BSN van persoon ${index + 1} klopt niet. Controleer de negen cijfers.`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(member.birthDate))
      errors[`members.${index}.birthDate`] = `Vul de geboortedatum van persoon ${index + 1} in.`;
    if (!chosenRelation(member.relation)) errors[`members.${index}.relation`] = relationMissing(index + 1);
  });
  return errors;
}

/** Functioneel beheerder: registers a household of the own gemeente with its members (and its woonadres). */
export default function RegisterHouseholdPage() {
  const viewer = useViewer();
  const [, register] = useMutation(RegisterHouseholdDocument);
  const [name, setName] = useState('');
  const [address, setAddress] = useState<AddressDraft>(EMPTY_ADDRESS);
  const [members, setMembers] = useState<MemberDraft[]>([emptyMember(0)]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [registered, setRegistered] = useState<{ id: string; name: string }>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLHeadingElement>(null);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const found = check(name, address, members);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    const anyAddress = Object.values(address).some((value) => value.trim());
    setBusy(true);
    const answer = await register({
      input: {
        gemeente: viewer?.gemeente ?? '',
        name: name.trim(),
        ...(anyAddress
          ? {
              address: {
                postcode: address.postcode.replace(/\s+/g, '').toUpperCase(),
                huisnummer: Number(address.huisnummer.trim()),
                ...(address.huisletter.trim() ? { huisletter: address.huisletter.trim().toUpperCase() } : {}),
                ...(address.huisnummertoevoeging.trim()
                  ? { huisnummertoevoeging: address.huisnummertoevoeging.trim().toUpperCase() }
                  : {}),
              },
            }
          : {}),
        members: members.map((member) => ({
          name: member.name.trim(),
          bsn: bsnOf(member.bsn),
          birthDate: member.birthDate,
          relation: chosenRelation(member.relation)!, // checked above: without it nothing is sent
        })),
      },
    });
    setBusy(false);
    if (answer.error) {
      const refusal = refusalOf(answer.error, plainRefusal);
      if (refusal) showErrors(refusal);
      else setFailure(answer.error);
      return;
    }
    setRegistered({ id: answer.data!.registerHousehold.householdId!, name: name.trim() });
    requestAnimationFrame(() => done.current?.focus());
  };

  const setMember = (index: number, change: Partial<MemberDraft>) =>
    setMembers(members.map((member, at) => (at === index ? { ...member, ...change } : member)));

  if (registered) {
    return (
      <>
        <PageHeading>Huishouden registreren</PageHeading>
        <div className="utrecht-alert utrecht-alert--ok">
          <Heading level={2} ref={done} tabIndex={-1}>
            {registered.name} is geregistreerd
          </Heading>
          <Paragraph>
            Wijs nu een regisseur toe. Zolang er geen regisseur is, ziet geen regisseur dit huishouden.
          </Paragraph>
          <Paragraph>
            <Link className="utrecht-link" to={`/beheer/huishoudens/${registered.id}/regisseur`}>
              Regisseur toewijzen voor {registered.name}
            </Link>
          </Paragraph>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeading>Huishouden registreren</PageHeading>
      <Paragraph>
        Vul de naam van het huishouden en de gegevens van iedereen die erbij hoort in. Het BSN controleren wij met de
        elfproef. Het adres is niet verplicht.
      </Paragraph>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <TextField
          prefix={PREFIX}
          path="name"
          label="Naam van het huishouden"
          hint="Zoals het team het huishouden noemt, bijvoorbeeld Familie Jansen."
          value={name}
          error={errors.name}
          onChange={setName}
        />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Woonadres (niet verplicht)</legend>
          <AddressFields prefix={PREFIX} address={address} errors={errors} onChange={setAddress} />
        </fieldset>
        <div id={fieldId(PREFIX, 'members')} tabIndex={-1}>
          {errors.members ? <div className="utrecht-form-field-error-message">{errors.members}</div> : null}
          {members.map((member, index) => (
            <fieldset key={member.key} className="utrecht-form-fieldset regie-card">
              <legend className="utrecht-form-fieldset__legend">Persoon {index + 1}</legend>
              <TextField
                prefix={PREFIX}
                path={`members.${index}.name`}
                label="Naam"
                value={member.name}
                error={errors[`members.${index}.name`]}
                onChange={(value) => setMember(index, { name: value })}
              />
              <TextField
                prefix={PREFIX}
                path={`members.${index}.bsn`}
                label="BSN"
                hint="Negen cijfers."
                inputMode="numeric"
                value={member.bsn}
                error={errors[`members.${index}.bsn`]}
                onChange={(value) => setMember(index, { bsn: value })}
              />
              <TextField
                prefix={PREFIX}
                path={`members.${index}.birthDate`}
                label="Geboortedatum"
                type="date"
                value={member.birthDate}
                error={errors[`members.${index}.birthDate`]}
                onChange={(value) => setMember(index, { birthDate: value })}
              />
              <SelectField
                prefix={PREFIX}
                path={`members.${index}.relation`}
                label="Rol in het huishouden"
                options={RELATION_CHOICES}
                value={member.relation}
                error={errors[`members.${index}.relation`]}
                onChange={(value) => setMember(index, { relation: chosenRelation(value) ?? '' })}
              />
              {members.length > 1 ? (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => setMembers(members.filter((_, at) => at !== index))}
                >
                  Persoon {index + 1} weghalen
                </Button>
              ) : null}
            </fieldset>
          ))}
        </div>
        <div className="regie-form__actions">
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setMembers([...members, emptyMember(Math.max(...members.map((m) => m.key)) + 1)])}
          >
            Nog een persoon toevoegen
          </Button>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            Huishouden registreren
          </Button>
        </div>
      </form>
    </>
  );
}
