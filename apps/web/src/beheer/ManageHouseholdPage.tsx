import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CombinedError, OperationResult } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { formatDate } from '../app/format';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import {
  CheckboxGroup,
  ErrorSummary,
  refusalOf,
  Saved,
  SelectField,
  TextField,
  type FieldErrors,
} from '../components/form';
import { graphql } from '../gql';
import type { ManageHouseholdQuery, MemberRelation } from '../gql/graphql';
import { plainRefusal } from './refusals';

const ManageHouseholdDocument = graphql(`
  query ManageHousehold($id: ID!) {
    household(id: $id) {
      id
      name
      closed
      address {
        postcode
        huisnummer
        huisletter
        huisnummertoevoeging
      }
      members {
        id
        name
        birthDate
        relation
      }
      regisseur {
        name
        since
      }
    }
  }
`);

const AddHouseholdMemberDocument = graphql(`
  mutation AddHouseholdMember($input: AddHouseholdMemberInput!) {
    addHouseholdMember(input: $input) {
      memberId
    }
  }
`);

const RemoveHouseholdMemberDocument = graphql(`
  mutation RemoveHouseholdMember($input: RemoveHouseholdMemberInput!) {
    removeHouseholdMember(input: $input) {
      position
    }
  }
`);

const RecordHouseholdAddressDocument = graphql(`
  mutation RecordHouseholdAddress($input: RecordHouseholdAddressInput!) {
    recordHouseholdAddress(input: $input) {
      position
    }
  }
`);

const ReleaseRegisseurDocument = graphql(`
  mutation ReleaseRegisseur($input: HouseholdReasonInput!) {
    releaseRegisseur(input: $input) {
      position
    }
  }
`);

const CloseHouseholdDocument = graphql(`
  mutation CloseHousehold($input: HouseholdReasonInput!) {
    closeHousehold(input: $input) {
      position
    }
  }
`);

const ReopenHouseholdDocument = graphql(`
  mutation ReopenHousehold($input: HouseholdReasonInput!) {
    reopenHousehold(input: $input) {
      position
    }
  }
`);

type Household = NonNullable<ManageHouseholdQuery['household']>;

const RELATION_OPTIONS = [
  ['OUDER_VERZORGER', 'Ouder of verzorger'],
  ['PARTNER', 'Partner'],
  ['KIND', 'Kind'],
  ['OVERIG', 'Iemand anders'],
] as const;
const relationLabel = (relation: string | null | undefined) =>
  RELATION_OPTIONS.find(([value]) => value === relation)?.[1] ?? 'Rol niet bekend';

const CONFIRM: readonly (readonly [string, string])[] = [['zeker', 'Ik weet het zeker']];
const REASON_MISSING = 'Vul een reden in. Schrijf in een paar woorden waarom.';
const bsnOf = (text: string) => text.replace(/[\s.]/g, '');
const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

const formatAddress = (address: NonNullable<Household['address']>) =>
  `${address.postcode.slice(0, 4)} ${address.postcode.slice(4)}, huisnummer ${address.huisnummer}${address.huisletter ?? ''}${
    address.huisnummertoevoeging ? `-${address.huisnummertoevoeging}` : ''
  }`;

/** The api's refusals of these steps in plain Dutch; the rest as in the other beheer forms. */
function plainHouseholdRefusal(path: string, apiMessage: string): string | undefined {
  if (/hoort al bij/.test(apiMessage)) return 'Deze persoon hoort al bij dit huishouden. Controleer het BSN.';
  if (/al het woonadres/.test(apiMessage))
    return 'Dit is al het woonadres van het huishouden. Vul het nieuwe adres in.';
  if (/gesloten; heropen/.test(apiMessage)) return 'Dit huishouden is gesloten. Heropen het eerst.';
  if (/niet gesloten/.test(apiMessage)) return 'Dit huishouden is niet gesloten.';
  if (/geen regisseur/.test(apiMessage)) return 'Dit huishouden heeft geen regisseur.';
  if (/hoort niet \(meer\)/.test(apiMessage)) return 'Deze persoon hoort niet meer bij dit huishouden.';
  if (path === 'reason') return REASON_MISSING;
  if (path.startsWith('address.')) return apiMessage; // the api's address texts are already plain
  return plainRefusal(path, apiMessage);
}

/**
 * One form of this page: its messages, its confirmation and the api call. `moveTo` places a refusal the api gives
 * at a path the form does not show (`address`, or `form` for one without a field) at the field it concerns, when
 * its message matches; other refusals without a field stay in the summary.
 */
function useStep(moveTo: readonly (readonly [from: string, to: string, message: RegExp])[] = []) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  /** Checks first (`found`), then sends; true when it was recorded. */
  const run = async (found: FieldErrors, send: () => Promise<OperationResult>, done: string): Promise<boolean> => {
    setFailure(undefined);
    setSaved('');
    if (hasErrors(found)) {
      showErrors(found);
      return false;
    }
    setBusy(true);
    const answer = await send();
    setBusy(false);
    if (answer.error) {
      const refusal = refusalOf(answer.error, plainHouseholdRefusal);
      if (!refusal) {
        setErrors({});
        setFailure(answer.error);
        return false;
      }
      for (const [from, to, message] of moveTo) {
        const text = refusal[from];
        if (text && message.test(text)) {
          refusal[to] = text;
          delete refusal[from];
        }
      }
      showErrors(refusal);
      return false;
    }
    setErrors({});
    setSaved(done);
    return true;
  };

  return { errors, failure, saved, busy, summary, run };
}

/** Functioneel beheerder: the members, woonadres, regisseur and the closing of one household. */
export default function ManageHouseholdPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ManageHouseholdDocument, variables: { id } });
  const household = data?.household;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !household) return <ProblemMessage error={error} asPage />;
  if (fetching && !household) return <Loading what="Het huishouden" />;
  if (!household) return <Loading what="Het huishouden" />;
  const name = household.name ?? 'dit huishouden';
  return (
    <>
      <PageHeading>{`Huishouden beheren: ${household.name ?? 'huishouden'}`}</PageHeading>
      <Paragraph>
        {household.closed
          ? 'Dit huishouden is gesloten. U kunt niets veranderen tot u het heropent.'
          : 'Hier verandert u wie bij het huishouden hoort, het woonadres en de regisseur. U kunt het huishouden ook sluiten.'}
      </Paragraph>
      <MembersSection household={household} name={name} onChange={reload} />
      {household.closed ? null : (
        <>
          <AddMemberSection householdId={household.id} name={name} onChange={reload} />
          <AddressSection household={household} name={name} onChange={reload} />
          <RegisseurSection household={household} name={name} onChange={reload} />
        </>
      )}
      <CloseSection household={household} name={name} onChange={reload} />
    </>
  );
}

interface SectionProps {
  household: Household;
  name: string;
  onChange: () => void;
}

/** The members, and taking one out of the household (with a reason, confirmed). */
function MembersSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'uitschrijven';
  const [, remove] = useMutation(RemoveHouseholdMemberDocument);
  const [values, setValues] = useState({ memberId: '', reason: '', confirm: [] as string[] });
  const step = useStep([['form', 'memberId', /hoort niet meer/]]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.memberId) found.memberId = 'Kies de persoon die niet meer bij het huishouden hoort.';
    if (!values.reason.trim()) found.reason = REASON_MISSING;
    if (!values.confirm.includes('zeker')) found.confirm = 'Zet een vinkje bij “Ik weet het zeker”.';
    const who = household.members.find((member) => member.id === values.memberId)?.name ?? 'Deze persoon';
    const done = await step.run(
      found,
      () => remove({ input: { householdId: household.id, memberId: values.memberId, reason: values.reason.trim() } }),
      `${who} hoort niet meer bij ${name}.`,
    );
    if (done) {
      setValues({ memberId: '', reason: '', confirm: [] });
      onChange();
    }
  };

  return (
    <section aria-labelledby="mensen" className="regie-section">
      <Heading level={2} id="mensen">
        Wie horen bij het huishouden
      </Heading>
      {household.members.length === 0 ? (
        <Paragraph>Er hoort niemand meer bij dit huishouden.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {household.members.map((member) => (
            <li key={member.id} className="utrecht-unordered-list__item">
              {member.name}, {relationLabel(member.relation).toLowerCase()}
              {member.birthDate ? `, geboren op ${formatDate(member.birthDate)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {household.closed || household.members.length === 0 ? null : (
        <>
          <Heading level={3}>Iemand hoort niet meer bij het huishouden</Heading>
          <Paragraph>Bijvoorbeeld omdat iemand verhuisd is. De gegevens van eerder blijven bewaard.</Paragraph>
          <Saved>{step.saved}</Saved>
          <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
          {step.failure ? <ProblemMessage error={step.failure} /> : null}
          <form onSubmit={submit} noValidate className="regie-form" aria-label="Persoon uitschrijven">
            <SelectField
              prefix={PREFIX}
              path="memberId"
              label="Wie hoort niet meer bij het huishouden?"
              options={[
                ['', 'Kies een persoon'],
                ...household.members.map((member) => [member.id, member.name] as const),
              ]}
              value={values.memberId}
              error={step.errors.memberId}
              onChange={(memberId) => setValues({ ...values, memberId })}
            />
            <TextField
              prefix={PREFIX}
              path="reason"
              label="Reden"
              hint="Bijvoorbeeld: verhuisd naar een eigen woning."
              multiline
              value={values.reason}
              error={step.errors.reason}
              onChange={(reason) => setValues({ ...values, reason })}
            />
            <CheckboxGroup
              prefix={PREFIX}
              path="confirm"
              legend="Bevestig dat deze persoon niet meer bij het huishouden hoort"
              options={CONFIRM}
              values={values.confirm}
              error={step.errors.confirm}
              onChange={(confirm) => setValues({ ...values, confirm })}
            />
            <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
              Persoon uitschrijven
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

/** A new member of an existing household (BSN with the elfproef, as when registering). */
function AddMemberSection({
  householdId,
  name,
  onChange,
}: {
  householdId: string;
  name: string;
  onChange: () => void;
}) {
  const PREFIX = 'lid';
  const EMPTY = { name: '', bsn: '', birthDate: '', relation: 'KIND' as MemberRelation };
  const [, add] = useMutation(AddHouseholdMemberDocument);
  const [member, setMember] = useState(EMPTY);
  const step = useStep();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!member.name.trim()) found['member.name'] = 'Vul de naam van de persoon in.';
    if (!isValidBsn(bsnOf(member.bsn))) found['member.bsn'] = 'Dit BSN klopt niet. Controleer de negen cijfers.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(member.birthDate)) found['member.birthDate'] = 'Vul de geboortedatum in.';
    const done = await step.run(
      found,
      () =>
        add({
          input: {
            householdId,
            member: {
              name: member.name.trim(),
              bsn: bsnOf(member.bsn),
              birthDate: member.birthDate,
              relation: member.relation,
            },
          },
        }),
      `${member.name.trim()} hoort nu bij ${name}.`,
    );
    if (done) {
      setMember(EMPTY);
      onChange();
    }
  };

  return (
    <section aria-labelledby="toevoegen" className="regie-section">
      <Heading level={2} id="toevoegen">
        Persoon toevoegen
      </Heading>
      <Paragraph>
        Iemand komt bij het huishouden wonen, of is geboren. Het BSN controleren wij met de elfproef.
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {step.failure ? <ProblemMessage error={step.failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form" aria-label="Persoon toevoegen">
        <TextField
          prefix={PREFIX}
          path="member.name"
          label="Naam"
          value={member.name}
          error={step.errors['member.name']}
          onChange={(value) => setMember({ ...member, name: value })}
        />
        <TextField
          prefix={PREFIX}
          path="member.bsn"
          label="BSN"
          hint="Negen cijfers."
          inputMode="numeric"
          value={member.bsn}
          error={step.errors['member.bsn']}
          onChange={(value) => setMember({ ...member, bsn: value })}
        />
        <TextField
          prefix={PREFIX}
          path="member.birthDate"
          label="Geboortedatum"
          type="date"
          value={member.birthDate}
          error={step.errors['member.birthDate']}
          onChange={(value) => setMember({ ...member, birthDate: value })}
        />
        <SelectField
          prefix={PREFIX}
          path="member.relation"
          label="Rol in het huishouden"
          options={RELATION_OPTIONS}
          value={member.relation}
          error={step.errors['member.relation']}
          onChange={(value) => setMember({ ...member, relation: value as MemberRelation })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
          Persoon toevoegen
        </Button>
      </form>
    </section>
  );
}

/** A new woonadres (after a move). */
function AddressSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'adres';
  const EMPTY = { postcode: '', huisnummer: '', huisletter: '', huisnummertoevoeging: '' };
  const [, record] = useMutation(RecordHouseholdAddressDocument);
  const [address, setAddress] = useState(EMPTY);
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
      setAddress(EMPTY);
      onChange();
    }
  };

  return (
    <section aria-labelledby="woonadres" className="regie-section">
      <Heading level={2} id="woonadres">
        Woonadres
      </Heading>
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
        <TextField
          prefix={PREFIX}
          path="address.postcode"
          label="Postcode"
          hint="Vier cijfers en twee letters, zoals 1234 AB."
          value={address.postcode}
          error={step.errors['address.postcode']}
          onChange={(postcode) => setAddress({ ...address, postcode })}
        />
        <TextField
          prefix={PREFIX}
          path="address.huisnummer"
          label="Huisnummer"
          inputMode="numeric"
          value={address.huisnummer}
          error={step.errors['address.huisnummer']}
          onChange={(huisnummer) => setAddress({ ...address, huisnummer })}
        />
        <TextField
          prefix={PREFIX}
          path="address.huisletter"
          label="Huisletter (niet verplicht)"
          value={address.huisletter}
          error={step.errors['address.huisletter']}
          onChange={(huisletter) => setAddress({ ...address, huisletter })}
        />
        <TextField
          prefix={PREFIX}
          path="address.huisnummertoevoeging"
          label="Toevoeging (niet verplicht)"
          value={address.huisnummertoevoeging}
          error={step.errors['address.huisnummertoevoeging']}
          onChange={(huisnummertoevoeging) => setAddress({ ...address, huisnummertoevoeging })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
          Woonadres opslaan
        </Button>
      </form>
    </section>
  );
}

/** The regisseur: a link to assign or hand over, and releasing the regisseur (with a reason). */
function RegisseurSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'loslaten';
  const [, release] = useMutation(ReleaseRegisseurDocument);
  const [reason, setReason] = useState('');
  const step = useStep();
  const current = household.regisseur;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = reason.trim() ? {} : { reason: REASON_MISSING };
    const done = await step.run(
      found,
      () => release({ input: { householdId: household.id, reason: reason.trim() } }),
      `${name} heeft nu geen regisseur meer.`,
    );
    if (done) {
      setReason('');
      onChange();
    }
  };

  return (
    <section aria-labelledby="regisseur" className="regie-section">
      <Heading level={2} id="regisseur">
        Regisseur
      </Heading>
      <Paragraph>
        {current
          ? `De regisseur is ${current.name}, sinds ${formatDate(current.since)}.`
          : 'Dit huishouden heeft geen regisseur. Zolang er geen regisseur is, ziet geen regisseur dit huishouden.'}
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <Paragraph>
        <Link className="utrecht-link" to={`/beheer/huishoudens/${household.id}/regisseur`}>
          {current ? 'Regisseur overdragen' : 'Regisseur toewijzen'}
        </Link>
      </Paragraph>
      {current ? (
        <>
          <Heading level={3}>Regisseur stoppen</Heading>
          <Paragraph>
            Het huishouden heeft daarna geen regisseur. {current.name} ziet het huishouden dan meteen niet meer.
          </Paragraph>
          <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
          {step.failure ? <ProblemMessage error={step.failure} /> : null}
          <form onSubmit={submit} noValidate className="regie-form" aria-label="Regisseur stoppen">
            <TextField
              prefix={PREFIX}
              path="reason"
              label="Reden"
              hint="Bijvoorbeeld: de hulp is klaar, of het huishouden is verhuisd naar een andere gemeente."
              multiline
              value={reason}
              error={step.errors.reason}
              onChange={setReason}
            />
            <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
              Regisseur stoppen
            </Button>
          </form>
        </>
      ) : null}
    </section>
  );
}

/** Closing the household (with a reason, confirmed), or reopening a closed one (with a reason). */
function CloseSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'sluiten';
  const [, close] = useMutation(CloseHouseholdDocument);
  const [, reopen] = useMutation(ReopenHouseholdDocument);
  const [values, setValues] = useState({ reason: '', confirm: [] as string[] });
  const step = useStep();
  const closed = household.closed;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.reason.trim()) found.reason = REASON_MISSING;
    if (!closed && !values.confirm.includes('zeker')) found.confirm = 'Zet een vinkje bij “Ik weet het zeker”.';
    const input = { householdId: household.id, reason: values.reason.trim() };
    const done = await step.run(
      found,
      () => (closed ? reopen({ input }) : close({ input })),
      closed ? `${name} is weer open.` : `${name} is gesloten.`,
    );
    if (done) {
      setValues({ reason: '', confirm: [] });
      onChange();
    }
  };

  return (
    <section aria-labelledby="sluiten" className="regie-section">
      <Heading level={2} id="sluiten">
        {closed ? 'Huishouden heropenen' : 'Huishouden sluiten'}
      </Heading>
      <Paragraph>
        {closed
          ? 'Heropen het huishouden als er weer hulp nodig is. Daarna kan iedereen weer dingen vastleggen.'
          : 'Sluit het huishouden als de hulp klaar is. Daarna kan niemand meer iets vastleggen, tot u het heropent.'}
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {step.failure ? <ProblemMessage error={step.failure} /> : null}
      <form
        onSubmit={submit}
        noValidate
        className="regie-form"
        aria-label={closed ? 'Huishouden heropenen' : 'Huishouden sluiten'}
      >
        <TextField
          prefix={PREFIX}
          path="reason"
          label="Reden"
          hint={
            closed
              ? 'Bijvoorbeeld: nieuwe aanmelding via het wijkteam.'
              : 'Bijvoorbeeld: de doelen van het plan zijn gehaald.'
          }
          multiline
          value={values.reason}
          error={step.errors.reason}
          onChange={(reason) => setValues({ ...values, reason })}
        />
        {closed ? null : (
          <CheckboxGroup
            prefix={PREFIX}
            path="confirm"
            legend="Bevestig dat u het huishouden wilt sluiten"
            options={CONFIRM}
            values={values.confirm}
            error={step.errors.confirm}
            onChange={(confirm) => setValues({ ...values, confirm })}
          />
        )}
        <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
          {closed ? 'Huishouden heropenen' : 'Huishouden sluiten'}
        </Button>
      </form>
    </section>
  );
}
