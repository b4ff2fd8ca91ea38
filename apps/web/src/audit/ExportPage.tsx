import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, refusalOf, Saved, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { ProcessingLogExportFormat } from '../gql/graphql';
import { localDate, startOfDay } from './log-columns';

const ExportQuery = graphql(`
  query ProcessingLogExport($from: DateTime!, $to: DateTime!, $format: ProcessingLogExportFormat!) {
    processingLogExport(from: $from, to: $to, format: $format)
  }
`);

const PREFIX = 'export';
const FILES: Record<ProcessingLogExportFormat, { extension: string; type: string }> = {
  EXCEL: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  JSON_LINES: { extension: 'jsonl', type: 'application/x-ndjson;charset=utf-8' },
};

/** Hands the text to the browser as a file download. */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Auditor: the verwerkingenlog of a period as a file, for Excel (CSV) or as JSON Lines. */
export default function ExportPage() {
  const client = useClient();
  const [values, setValues] = useState({
    from: localDate(new Date(Date.now() - 30 * 86_400_000)),
    to: localDate(new Date()),
    format: 'EXCEL' as ProcessingLogExportFormat,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setSaved('');
    let found: FieldErrors = {};
    if (!values.from) found.from = 'Vul de begindatum in.';
    if (!values.to) found.to = 'Vul de einddatum in.';
    if (values.from && values.to && values.from > values.to)
      found.from = 'Deze periode klopt niet. De begindatum moet vóór de einddatum liggen.';
    if (Object.keys(found).length === 0) {
      setBusy(true);
      const answer = await client
        .query(
          ExportQuery,
          { from: startOfDay(values.from), to: startOfDay(values.to, true), format: values.format },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      setBusy(false);
      if (!answer.error) {
        const file = FILES[values.format];
        download(
          answer.data!.processingLogExport,
          `verwerkingenlog-${values.from}-tot-en-met-${values.to}.${file.extension}`,
          file.type,
        );
        setErrors({});
        setSaved('Het bestand is gemaakt. U vindt het bij uw downloads.');
        return;
      }
      const refusal = refusalOf(answer.error, (path, message) =>
        path === 'from' && /hoogstens/.test(message)
          ? 'Kies een periode van hoogstens een jaar.'
          : path === 'from'
            ? 'Deze periode klopt niet. De begindatum moet vóór de einddatum liggen.'
            : undefined,
      );
      if (!refusal) return setFailure(answer.error);
      found = refusal;
    }
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  return (
    <>
      <PageHeading>Verwerkingenlog exporteren</PageHeading>
      <Paragraph>
        Maak een bestand van het verwerkingenlog van een periode, bijvoorbeeld voor een inwoner die wil weten wie zijn
        gegevens bekeek. Het bestand bevat alle regels van uw gemeente in die periode. De export komt zelf ook in het
        log.
      </Paragraph>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
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
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Soort bestand</legend>
          {(
            [
              ['EXCEL', 'Voor Excel (CSV, kolommen met puntkomma)'],
              ['JSON_LINES', 'JSON Lines (voor een ander systeem)'],
            ] as const
          ).map(([format, label]) => (
            <div key={format} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                id={`export-format-${format}`}
                name="format"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                checked={values.format === format}
                onChange={() => setValues({ ...values, format })}
              />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`export-format-${format}`}>
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Bestand downloaden
        </Button>
      </form>
    </>
  );
}
