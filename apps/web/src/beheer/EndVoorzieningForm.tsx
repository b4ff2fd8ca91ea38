import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, Saved, SelectField, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import { plainRefusal } from './refusals';

const EndVoorzieningDocument = graphql(`
  mutation EndAlgemeneVoorziening($input: EndAlgemeneVoorzieningInput!) {
    endAlgemeneVoorziening(input: $input) {
      voorzieningId
    }
  }
`);

const PREFIX = 'beeindigen';
const today = () => new Date().toLocaleDateString('sv-SE');

const plain = (path: string, message: string) =>
  path === 'beeindigdPer' && /vóór/.test(message)
    ? 'Deze datum ligt vóór de dag dat de voorziening begon. Kies een latere datum.'
    : plainRefusal(path, message);

/** Ends a catalogue entry: from that day on it is no longer offered (it stays in the history). */
export function EndVoorzieningForm({
  entries,
  onSaved,
}: {
  entries: readonly { voorzieningId: string; naam: string; geldigVanaf: string; beeindigdPer?: string | null }[];
  onSaved: () => void;
}) {
  const [, end] = useMutation(EndVoorzieningDocument);
  const active = entries.filter((entry) => !entry.beeindigdPer);
  const [values, setValues] = useState({ voorzieningId: '', beeindigdPer: today(), reden: '' });
  const { errors, failure, saved, busy, summary, run } = useSubmit(plain);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const chosen = active.find((entry) => entry.voorzieningId === values.voorzieningId);
    if (!chosen) found.voorzieningId = 'Kies de voorziening die stopt.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.beeindigdPer)) found.beeindigdPer = 'Vul de datum in vanaf wanneer.';
    else if (chosen && values.beeindigdPer < chosen.geldigVanaf)
      found.beeindigdPer = 'Deze datum ligt vóór de dag dat de voorziening begon. Kies een latere datum.';
    if (!values.reden.trim()) found.reden = 'Vul in waarom de voorziening stopt.';
    const input = {
      voorzieningId: values.voorzieningId,
      beeindigdPer: values.beeindigdPer,
      reden: values.reden.trim(),
    };
    if (await run(found, () => end({ input }), `${chosen?.naam ?? 'De voorziening'} wordt niet meer aangeboden.`)) {
      setValues({ voorzieningId: '', beeindigdPer: today(), reden: '' });
      onSaved();
    }
  };

  if (active.length === 0) return null;
  return (
    <section aria-labelledby="voorziening-beeindigen" className="regie-section">
      <Heading level={2} id="voorziening-beeindigen">
        Voorziening beëindigen
      </Heading>
      <Paragraph>Stopt een voorziening? Dan biedt de regisseur haar vanaf die dag niet meer aan.</Paragraph>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <SelectField
          prefix={PREFIX}
          path="voorzieningId"
          label="Welke voorziening stopt?"
          options={[['', 'Kies een voorziening'], ...active.map((entry) => [entry.voorzieningId, entry.naam] as const)]}
          value={values.voorzieningId}
          error={errors.voorzieningId}
          onChange={(voorzieningId) => setValues({ ...values, voorzieningId })}
        />
        <TextField
          prefix={PREFIX}
          path="beeindigdPer"
          label="Niet meer aangeboden vanaf"
          type="date"
          value={values.beeindigdPer}
          error={errors.beeindigdPer}
          onChange={(beeindigdPer) => setValues({ ...values, beeindigdPer })}
        />
        <TextField
          prefix={PREFIX}
          path="reden"
          label="Reden"
          multiline
          value={values.reden}
          error={errors.reden}
          onChange={(reden) => setValues({ ...values, reden })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Voorziening beëindigen
        </Button>
      </form>
    </section>
  );
}
