import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { DataTable } from '../components/DataTable';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, refusalOf, SelectField, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { ProcessingLogFilter, ProcessingOperation } from '../gql/graphql';
import { LOG_COLUMNS, localDate, OPERATION_OPTIONS, startOfDay, type LogLine } from './log-columns';

const ProcessingLogQuery = graphql(`
  query AuditProcessingLog($filter: ProcessingLogFilter, $after: String) {
    processingLog(filter: $filter, first: 50, after: $after) {
      edges {
        node {
          ...LogLineFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PREFIX = 'log';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const initial = () => ({
  from: localDate(new Date(Date.now() - 7 * 86_400_000)),
  to: localDate(new Date()),
  userId: '',
  householdId: '',
  operation: '',
  emergencyOnly: false,
});

/** The api's refusal of the period or an id, in plain Dutch at the filter it concerns. */
const plainFilterRefusal = (path: string): string | undefined =>
  path === 'from' || path === 'to'
    ? 'Deze periode klopt niet. De begindatum moet vóór de einddatum liggen.'
    : path === 'householdId'
      ? 'Dit kenmerk van een huishouden klopt niet.'
      : undefined;

/** Auditor: the verwerkingenlog of the own gemeente, newest first, with filters; pages of 50. */
export default function ProcessingLogPage() {
  const client = useClient();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [lines, setLines] = useState<LogLine[]>();
  const [next, setNext] = useState<{ filter: ProcessingLogFilter; cursor: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLHeadingElement>(null);

  const load = async (filter: ProcessingLogFilter, after?: string) => {
    const answer = await client
      .query(ProcessingLogQuery, { filter, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (answer.error) {
      const refusal = refusalOf(answer.error, plainFilterRefusal);
      if (!refusal) setFailure(answer.error);
      else {
        setErrors(refusal);
        requestAnimationFrame(() => summary.current?.focus());
      }
      return;
    }
    const page = answer.data!.processingLog;
    const found = page.edges.map((edge) => edge.node);
    setLines(after ? [...(lines ?? []), ...found] : found);
    setNext(
      page.pageInfo.hasNextPage && page.pageInfo.endCursor ? { filter, cursor: page.pageInfo.endCursor } : undefined,
    );
    if (!after) requestAnimationFrame(() => results.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const found: FieldErrors = {};
    if (!values.from) found.from = 'Vul de begindatum in.';
    if (!values.to) found.to = 'Vul de einddatum in.';
    if (values.from && values.to && values.from > values.to)
      found.from = 'Deze periode klopt niet. De begindatum moet vóór de einddatum liggen.';
    if (values.householdId.trim() && !UUID.test(values.householdId.trim()))
      found.householdId = 'Dit kenmerk van een huishouden klopt niet. Het heeft 36 tekens, zoals in het verzoek.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setLines(undefined);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    await load({
      from: startOfDay(values.from),
      to: startOfDay(values.to, true),
      ...(values.userId.trim() ? { userId: values.userId.trim() } : {}),
      ...(values.householdId.trim() ? { householdId: values.householdId.trim().toLowerCase() } : {}),
      ...(values.operation ? { operation: values.operation as ProcessingOperation } : {}),
      ...(values.emergencyOnly ? { emergencyOnly: true } : {}),
    });
  };

  return (
    <>
      <PageHeading>Verwerkingenlog</PageHeading>
      <Paragraph>
        Wie deed wat met de gegevens van inwoners, wanneer, en op welke grond. U ziet alleen uw eigen gemeente. Ook dat
        u hier kijkt, komt in het log.
      </Paragraph>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer de filters" />
      {failure ? <ProblemMessage error={failure} /> : null}
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
        <TextField
          prefix={PREFIX}
          path="userId"
          label="Inlognaam van de medewerker (niet verplicht)"
          value={values.userId}
          error={errors.userId}
          onChange={(userId) => setValues({ ...values, userId })}
        />
        <TextField
          prefix={PREFIX}
          path="householdId"
          label="Kenmerk van het huishouden (niet verplicht)"
          hint="Het kenmerk staat in het verzoek van de inwoner of in de link ‘Wie keek in dit huishouden?’."
          value={values.householdId}
          error={errors.householdId}
          onChange={(householdId) => setValues({ ...values, householdId })}
        />
        <SelectField
          prefix={PREFIX}
          path="operation"
          label="Handeling"
          options={OPERATION_OPTIONS}
          value={values.operation}
          error={errors.operation}
          onChange={(operation) => setValues({ ...values, operation })}
        />
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            type="checkbox"
            id="log-emergencyOnly"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={values.emergencyOnly}
            onChange={(event) => setValues({ ...values, emergencyOnly: event.target.checked })}
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="log-emergencyOnly">
            Alleen de noodprocedure
          </label>
        </div>
        <Button type="submit" appearance="primary-action-button">
          Log tonen
        </Button>
      </form>
      {lines ? (
        <section aria-labelledby="log-resultaat" className="regie-section">
          <Heading level={2} id="log-resultaat" ref={results} tabIndex={-1}>
            {lines.length === 0
              ? 'Geen regels gevonden'
              : `${lines.length}${next ? ' of meer' : ''} ${lines.length === 1 ? 'regel' : 'regels'} gevonden`}
          </Heading>
          {lines.length > 0 ? (
            <DataTable
              caption="Regels van het verwerkingenlog, nieuwste eerst"
              columns={LOG_COLUMNS}
              rows={lines}
              rowKey={(l) => l.id}
            />
          ) : null}
          {next ? (
            <Button type="button" appearance="secondary-action-button" onClick={() => load(next.filter, next.cursor)}>
              Meer regels laden
            </Button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
