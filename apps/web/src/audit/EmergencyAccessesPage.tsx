import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import { LOG_COLUMNS, localDate, startOfDay } from './log-columns';

const EmergencyAccessesQuery = graphql(`
  query EmergencyAccesses($from: DateTime!, $to: DateTime!) {
    emergencyAccesses(from: $from, to: $to) {
      ...LogLineFields
    }
  }
`);

const PREFIX = 'nood';
const COLUMNS = LOG_COLUMNS.filter((column) => column.key !== 'basis');

/** Auditor: every use of the noodprocedure in a period (at most a year), with the reason the user gave. */
export default function EmergencyAccessesPage() {
  const [values, setValues] = useState({
    from: localDate(new Date(Date.now() - 30 * 86_400_000)),
    to: localDate(new Date()),
  });
  const [period, setPeriod] = useState({ from: startOfDay(values.from), to: startOfDay(values.to, true) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const summary = useRef<HTMLDivElement>(null);
  const [{ data, error, fetching }] = useQuery({ query: EmergencyAccessesQuery, variables: period });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.from) found.from = 'Vul de begindatum in.';
    if (!values.to) found.to = 'Vul de einddatum in.';
    if (values.from && values.to && values.from > values.to)
      found.from = 'Deze periode klopt niet. De begindatum moet vóór de einddatum liggen.';
    else if (values.from && values.to && Date.parse(values.to) - Date.parse(values.from) > 365 * 86_400_000)
      found.from = 'Kies een periode van hoogstens een jaar.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setPeriod({ from: startOfDay(values.from), to: startOfDay(values.to, true) });
  };

  const lines = data?.emergencyAccesses ?? [];
  return (
    <>
      <PageHeading>Noodprocedure</PageHeading>
      <Paragraph>
        Met de noodprocedure opent iemand een huishouden waar hij normaal geen toegang toe heeft. Hij moet dan een reden
        geven. Hier ziet u elke keer dat dit gebeurde, met de reden. Controleer of de reden past.
      </Paragraph>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer de periode" />
      <form onSubmit={submit} noValidate className="regie-form">
        <TextField
          prefix={PREFIX}
          path="from"
          label="Vanaf"
          type="date"
          value={values.from}
          error={errors.from}
          onChange={(from) => setValues({ ...values, from })}
        />
        <TextField
          prefix={PREFIX}
          path="to"
          label="Tot en met"
          type="date"
          value={values.to}
          error={errors.to}
          onChange={(to) => setValues({ ...values, to })}
        />
        <Button type="submit" appearance="primary-action-button">
          Tonen
        </Button>
      </form>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="De noodprocedures" /> : null}
      {data ? (
        <section aria-labelledby="nood-resultaat" className="regie-section">
          <Heading level={2} id="nood-resultaat">
            {lines.length === 0
              ? 'De noodprocedure is in deze periode niet gebruikt'
              : `De noodprocedure is ${lines.length} keer gebruikt`}
          </Heading>
          {lines.length > 0 ? (
            <DataTable
              caption="Gebruik van de noodprocedure, oudste eerst"
              columns={COLUMNS}
              rows={lines}
              rowKey={(l) => l.id}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
