import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { domainName } from '../app/labels';
import { ProblemMessage } from '../components/ProblemMessage';
import {
  CheckboxGroup,
  Choice,
  ChoiceGroup,
  CONFIRM,
  CONFIRM_MISSING,
  ErrorSummary,
  fieldId,
  Saved,
  TextField,
  type FieldErrors,
} from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';

const EndSharingBasisDocument = graphql(`
  mutation EndSharingBasis($input: EndSharingBasisInput!) {
    endSharingBasis(input: $input) {
      position
    }
  }
`);

const PREFIX = 'einde-grondslag';
const today = () => new Date().toLocaleDateString('sv-SE');

function plain(path: string, message: string): string | undefined {
  if (path === 'endedOn' && /voor de begindatum/.test(message))
    return 'De grondslag kan niet eindigen voor hij begon. Kies een latere datum.';
  if (path === 'endedOn') return 'Vul de datum in waarop de grondslag eindigt.';
  if (path === 'reason') return 'Vul een reden in.';
  if (/al beëindigd/.test(message)) return 'Deze grondslag is al beëindigd.';
  return undefined;
}

/**
 * A domeinmedewerker ends a legal basis of their domain (the care stopped, the person moved away): from that day the
 * regisseur no longer sees the domain's data on that basis. Only bases that have not ended are offered; the step needs
 * a checked "Ik weet het zeker".
 */
export function EndSharingBasisForm({
  householdId,
  domain,
  bases,
  onSaved,
}: {
  householdId: string;
  domain: string;
  /** The domain's bases that have not ended, with how each reads in the list above. */
  bases: readonly { id: string; label: string }[];
  onSaved: () => void;
}) {
  const [, end] = useMutation(EndSharingBasisDocument);
  const empty = () => ({ basisId: bases[0]?.id ?? '', endedOn: today(), reason: '', confirm: [] as string[] });
  const [values, setValues] = useState(empty);
  const { errors, failure, saved, busy, summary, run } = useSubmit(plain);
  const basisId = bases.some((basis) => basis.id === values.basisId) ? values.basisId : (bases[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.endedOn)) found.endedOn = 'Vul de datum in waarop de grondslag eindigt.';
    if (!values.reason.trim()) found.reason = 'Vul een reden in.';
    if (!values.confirm.includes('zeker')) found.confirm = CONFIRM_MISSING;
    const input = { householdId, basisId, endedOn: values.endedOn, reason: values.reason.trim() };
    if (await run(found, () => end({ input }), 'De grondslag is beëindigd.')) {
      setValues(empty());
      onSaved();
    }
  };

  return (
    <section aria-labelledby="domein-einde-grondslag" className="regie-section">
      <Heading level={2} id="domein-einde-grondslag">
        Grondslag beëindigen voor {domainName(domain)}
      </Heading>
      <Saved>{saved}</Saved>
      {bases.length === 0 ? (
        <Paragraph>{domainName(domain)} heeft geen grondslag die nog loopt.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Vanaf de einddatum ziet de regisseur op deze grondslag geen gegevens van {domainName(domain)} meer.
          </Paragraph>
          <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer het beëindigen" />
          {failure ? <ProblemMessage error={failure} /> : null}
          <form onSubmit={submit} noValidate className="regie-form">
            <ChoiceGroup id={fieldId(PREFIX, 'basisId')} legend="Welke grondslag?" error={errors.basisId}>
              {bases.map((basis) => (
                <Choice
                  key={basis.id}
                  id={`${fieldId(PREFIX, 'basisId')}-${basis.id}`}
                  type="radio"
                  name="basisId"
                  label={basis.label}
                  checked={basisId === basis.id}
                  onChange={(on) => on && setValues({ ...values, basisId: basis.id })}
                />
              ))}
            </ChoiceGroup>
            <TextField
              prefix={PREFIX}
              path="endedOn"
              label="Beëindigd op"
              type="date"
              value={values.endedOn}
              error={errors.endedOn}
              onChange={(endedOn) => setValues({ ...values, endedOn })}
            />
            <TextField
              prefix={PREFIX}
              path="reason"
              label="Reden"
              hint="Bijvoorbeeld: de zorg is gestopt."
              multiline
              value={values.reason}
              error={errors.reason}
              onChange={(reason) => setValues({ ...values, reason })}
            />
            <CheckboxGroup
              prefix={PREFIX}
              path="confirm"
              legend="Bevestig dat u deze grondslag wilt beëindigen"
              options={CONFIRM}
              values={values.confirm}
              error={errors.confirm}
              onChange={(confirm) => setValues({ ...values, confirm })}
            />
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              Grondslag beëindigen
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
