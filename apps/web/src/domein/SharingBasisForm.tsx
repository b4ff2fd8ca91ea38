import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { domainName } from '../app/labels';
import { ProblemMessage } from '../components/ProblemMessage';
import { CheckboxGroup, ErrorSummary, Saved, SelectField, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import type { Domain, Grondslag } from '../gql/graphql';

const RecordSharingBasisDocument = graphql(`
  mutation RecordSharingBasis($input: RecordSharingBasisInput!) {
    recordSharingBasis(input: $input) {
      basisId
    }
  }
`);

const GRONDSLAGEN = [
  ['WETTELIJKE_TAAK', 'Wettelijke taak'],
  ['WETTELIJKE_VERPLICHTING', 'Wettelijke verplichting'],
  ['VITAAL_BELANG', 'Vitaal belang (levensgevaar)'],
] as const;

const EXAMPLE: Record<string, string> = {
  JEUGD: 'art. 7.1.1 Jeugdwet',
  WMO: 'art. 5.1 Wmo 2015',
  WERK_EN_INKOMEN: 'art. 64 Participatiewet',
  WONEN: 'art. 3 Wet gemeentelijke schuldhulpverlening',
};

const PREFIX = 'grondslag';
const today = () => new Date().toLocaleDateString('sv-SE');
const inAYear = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toLocaleDateString('sv-SE');
};

function plain(path: string, message: string): string | undefined {
  if (path === 'validUntil' && /voor de begindatum/.test(message)) return 'De einddatum moet na de begindatum liggen.';
  if (path === 'validFrom' || path === 'validUntil') return 'Vul een datum in.';
  if (path === 'wettelijkeBepaling') return 'Vul het wetsartikel in waarop het delen rust.';
  if (path === 'grondslag') return 'Kies een grondslag. Toestemming alleen is geen grondslag.';
  return undefined;
}

/** A domeinmedewerker records the legal basis on which their domain's data is shared in the coordination. */
export function SharingBasisForm({
  householdId,
  domain,
  members,
  onSaved,
}: {
  householdId: string;
  domain: string;
  members: readonly { id: string; name: string }[];
  onSaved: () => void;
}) {
  const [, record] = useMutation(RecordSharingBasisDocument);
  const empty = () => ({
    grondslag: 'WETTELIJKE_TAAK',
    wettelijkeBepaling: '',
    validFrom: today(),
    validUntil: inAYear(),
    memberIds: [] as string[],
    note: '',
  });
  const [values, setValues] = useState(empty);
  const { errors, failure, saved, busy, summary, run } = useSubmit(plain);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.wettelijkeBepaling.trim()) found.wettelijkeBepaling = 'Vul het wetsartikel in waarop het delen rust.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.validFrom)) found.validFrom = 'Vul de begindatum in.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.validUntil)) found.validUntil = 'Vul de einddatum in.';
    else if (values.validUntil < values.validFrom) found.validUntil = 'De einddatum moet na de begindatum liggen.';
    const input = {
      householdId,
      domain: domain as Domain,
      grondslag: values.grondslag as Grondslag,
      wettelijkeBepaling: values.wettelijkeBepaling.trim(),
      validFrom: values.validFrom,
      validUntil: values.validUntil,
      memberIds: values.memberIds,
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    };
    if (await run(found, () => record({ input }), 'De grondslag is vastgelegd.')) {
      setValues(empty());
      onSaved();
    }
  };

  return (
    <section aria-labelledby="domein-grondslag" className="regie-section">
      <Heading level={2} id="domein-grondslag">
        Grondslag vastleggen voor {domainName(domain)}
      </Heading>
      <Paragraph>
        Met een grondslag mag de regisseur gegevens van {domainName(domain)} zien. Kies alleen de mensen voor wie het
        nodig is. Kiest u niemand, dan geldt het voor het hele huishouden.
      </Paragraph>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer de grondslag" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <SelectField
          prefix={PREFIX}
          path="grondslag"
          label="Grondslag"
          options={GRONDSLAGEN}
          value={values.grondslag}
          error={errors.grondslag}
          onChange={(grondslag) => setValues({ ...values, grondslag })}
        />
        <TextField
          prefix={PREFIX}
          path="wettelijkeBepaling"
          label="Wetsartikel"
          hint={`Bijvoorbeeld: ${EXAMPLE[domain] ?? 'het artikel uit de wet'}.`}
          value={values.wettelijkeBepaling}
          error={errors.wettelijkeBepaling}
          onChange={(wettelijkeBepaling) => setValues({ ...values, wettelijkeBepaling })}
        />
        <TextField
          prefix={PREFIX}
          path="validFrom"
          label="Geldig vanaf"
          type="date"
          value={values.validFrom}
          error={errors.validFrom}
          onChange={(validFrom) => setValues({ ...values, validFrom })}
        />
        <TextField
          prefix={PREFIX}
          path="validUntil"
          label="Geldig tot en met"
          type="date"
          value={values.validUntil}
          error={errors.validUntil}
          onChange={(validUntil) => setValues({ ...values, validUntil })}
        />
        <CheckboxGroup
          prefix={PREFIX}
          path="memberIds"
          legend="Voor wie geldt de grondslag? (niet verplicht)"
          options={members.map((member) => [member.id, member.name] as const)}
          values={values.memberIds}
          error={errors.memberIds}
          onChange={(memberIds) => setValues({ ...values, memberIds })}
        />
        <TextField
          prefix={PREFIX}
          path="note"
          label="Toelichting (niet verplicht)"
          multiline
          value={values.note}
          error={errors.note}
          onChange={(note) => setValues({ ...values, note })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Grondslag vastleggen
        </Button>
      </form>
    </section>
  );
}
