import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, Saved, SelectField, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import type { ContactmomentSoort } from '../gql/graphql';
import { domainName } from '../app/labels';

const DomainProvidersQuery = graphql(`
  query DomainProviders($domain: Domain!) {
    providers(domain: $domain) {
      agbCode
      name
    }
  }
`);

/** Each domain records its contactmoment under a mutation of its own (the note stays within that domain). */
const RECORD_CONTACTMOMENT = {
  JEUGD: graphql(`
    mutation RecordJeugdContactmoment($input: RecordJeugdContactmomentInput!) {
      recordJeugdContactmoment(input: $input) {
        position
      }
    }
  `),
  WMO: graphql(`
    mutation RecordWmoContactmoment($input: RecordWmoContactmomentInput!) {
      recordWmoContactmoment(input: $input) {
        position
      }
    }
  `),
  WERK_EN_INKOMEN: graphql(`
    mutation RecordWerkInkomenContactmoment($input: RecordWerkInkomenContactmomentInput!) {
      recordWerkInkomenContactmoment(input: $input) {
        position
      }
    }
  `),
  WONEN: graphql(`
    mutation RecordWonenContactmoment($input: RecordWonenContactmomentInput!) {
      recordWonenContactmoment(input: $input) {
        position
      }
    }
  `),
} as const;

export type ContactmomentDomain = keyof typeof RECORD_CONTACTMOMENT;

/** The domains whose workers record a contactmoment in Regie. */
export const isContactmomentDomain = (domain: string): domain is ContactmomentDomain =>
  Object.hasOwn(RECORD_CONTACTMOMENT, domain);

const SOORTEN = [
  ['GESPREK', 'Gesprek'],
  ['HUISBEZOEK', 'Huisbezoek'],
  ['TELEFONISCH', 'Telefonisch'],
  ['OVERLEG', 'Overleg'],
] as const;

const PREFIX = 'contact';
const today = () => new Date().toLocaleDateString('sv-SE');

/** The api's refusals of a contactmoment in plain Dutch, at their field. */
function plain(path: string, message: string): string | undefined {
  if (path === 'datum' && /toekomst/.test(message)) return 'Een contactmoment kan niet in de toekomst liggen.';
  if (path === 'datum') return 'Vul de datum van het contact in.';
  if (path === 'note') return 'Schrijf kort op wat er besproken is.';
  if (path === 'memberId') return 'Kies met wie u contact had.';
  return undefined;
}

/**
 * A domain's worker records a contactmoment with a member; the note stays within their domain, the regisseur sees
 * that it happened.
 */
export function ContactmomentForm({
  domain,
  householdId,
  members,
  onSaved,
}: {
  domain: ContactmomentDomain;
  householdId: string;
  members: readonly { id: string; name: string }[];
  onSaved: () => void;
}) {
  const [{ data: providers }] = useQuery({ query: DomainProvidersQuery, variables: { domain } });
  const [, record] = useMutation(RECORD_CONTACTMOMENT[domain]);
  const name = domainName(domain);
  const empty = () => ({ memberId: members[0]?.id ?? '', datum: today(), soort: 'GESPREK', note: '', providerAgb: '' });
  const [values, setValues] = useState(empty);
  const { errors, failure, saved, busy, summary, run } = useSubmit(plain, {
    // A provider the api does not know (or not for this domain) is refused without a field path: it is the provider's.
    adjust: (refusal, error) => {
      if (refusal.form && error.graphQLErrors.some((e) => e.extensions?.agbCode)) {
        refusal.providerAgb = `Deze aanbieder werkt niet voor ${name} in deze gemeente. Kies een andere aanbieder.`;
        delete refusal.form;
      }
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.memberId) found.memberId = 'Kies met wie u contact had.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.datum)) found.datum = 'Vul de datum van het contact in.';
    else if (values.datum > today()) found.datum = 'Een contactmoment kan niet in de toekomst liggen.';
    if (!values.note.trim()) found.note = 'Schrijf kort op wat er besproken is.';
    const input = {
      householdId,
      memberId: values.memberId,
      datum: values.datum,
      soort: values.soort as ContactmomentSoort,
      note: values.note.trim(),
      ...(values.providerAgb ? { providerAgb: values.providerAgb } : {}),
    };
    const done = 'Het contactmoment is vastgelegd. De regisseur ziet het nu in de tijdlijn.';
    if (await run(found, () => record({ input }), done)) {
      setValues(empty());
      onSaved();
    }
  };

  return (
    <section aria-labelledby="domein-contact" className="regie-section">
      <Heading level={2} id="domein-contact">
        Contactmoment vastleggen
      </Heading>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer het contactmoment" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <SelectField
          prefix={PREFIX}
          path="memberId"
          label="Met wie had u contact?"
          options={members.map((member) => [member.id, member.name] as const)}
          value={values.memberId}
          error={errors.memberId}
          onChange={(memberId) => setValues({ ...values, memberId })}
        />
        <TextField
          prefix={PREFIX}
          path="datum"
          label="Datum"
          type="date"
          value={values.datum}
          error={errors.datum}
          onChange={(datum) => setValues({ ...values, datum })}
        />
        <SelectField
          prefix={PREFIX}
          path="soort"
          label="Soort contact"
          options={SOORTEN}
          value={values.soort}
          error={errors.soort}
          onChange={(soort) => setValues({ ...values, soort })}
        />
        <SelectField
          prefix={PREFIX}
          path="providerAgb"
          label="Aanbieder die erbij was (niet verplicht)"
          options={[['', 'Geen aanbieder'], ...(providers?.providers ?? []).map((p) => [p.agbCode, p.name] as const)]}
          value={values.providerAgb}
          error={errors.providerAgb}
          onChange={(providerAgb) => setValues({ ...values, providerAgb })}
        />
        <TextField
          prefix={PREFIX}
          path="note"
          label="Wat is er besproken?"
          hint={`Alleen ${name} leest dit. De regisseur ziet dat er contact was, niet wat er besproken is.`}
          multiline
          value={values.note}
          error={errors.note}
          onChange={(note) => setValues({ ...values, note })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Contactmoment vastleggen
        </Button>
      </form>
    </section>
  );
}
