#!/usr/bin/env node
// A backoffice integration, worked out: the Jeugd toewijzingen of a backoffice's CSV export recorded in Regie, one
// `recordJeugdToewijzing` mutation per row, safe to run again and to retry (see docs/integration.md).
//
//   REGIE_URL=https://regie.gemeente.nl/graphql REGIE_TOKEN=<a Jeugd domeinmedewerker's token> \
//     node docs/examples/csv-import/jeugd-toewijzingen.mjs toewijzingen.csv [--report report.csv]
//
// Idempotent: the toewijzingnummer is the key. A row whose number Regie already has for the household is not
// written again and is reported as "al aanwezig"; so a second run, or a retry after an answer that got lost on the
// way back (Regie did record it), writes nothing twice. Transient failures (network, HTTP 5xx, RATE_LIMITED,
// CONFLICT) are retried with exponential backoff; a refused row (BAD_USER_INPUT, FORBIDDEN, ...) is reported with
// Regie's code and message and the import goes on. Exit code 0 when every row is recorded or already there, 1 if
// any row failed, 2 when the input or configuration is wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';

/** Columns of the export, in the backoffice's own names; mapped onto RecordJeugdToewijzingInput below. */
const COLUMNS = [
  'regie_huishouden_id',
  'regie_lid_id',
  'agb_code',
  'toewijzingnummer',
  'toewijzingsdatum',
  'ingangsdatum',
  'einddatum',
  'productcategorie',
  'productcode',
  'verwijzer',
];

const MUTATION = `mutation RecordJeugdToewijzing($input: RecordJeugdToewijzingInput!) {
  recordJeugdToewijzing(input: $input) { householdId eventIds position }
}`;

/** Error codes worth another try: the same request may well succeed in a moment. */
const TRANSIENT = new Set(['RATE_LIMITED', 'CONFLICT', 'INTERNAL_SERVER_ERROR']);

export function toInput(row) {
  const optional = (value) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  return {
    householdId: row.regie_huishouden_id.trim(),
    memberId: row.regie_lid_id.trim(),
    providerAgb: row.agb_code.trim(),
    toewijzingNummer: row.toewijzingnummer.trim(),
    toewijzingsdatum: row.toewijzingsdatum.trim(),
    ingangsdatum: row.ingangsdatum.trim(),
    einddatum: optional(row.einddatum),
    productcategorie: row.productcategorie.trim(),
    productcode: optional(row.productcode),
    verwijzer: row.verwijzer.trim(),
  };
}

class Transient extends Error {}

/** One attempt: the outcome of a row, or a Transient error to retry. */
async function attempt({ url, token }, input) {
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: MUTATION, operationName: 'RecordJeugdToewijzing', variables: { input } }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new Transient(`netwerk: ${error.cause?.code ?? error.message}`);
  }
  if (response.status >= 500 || response.status === 429) throw new Transient(`HTTP ${response.status}`);
  const body = await response.json().catch(() => undefined);
  if (!body) throw new Transient(`HTTP ${response.status} zonder JSON`);
  const error = body.errors?.[0];
  if (!error) return { status: 'vastgelegd', detail: `positie ${body.data.recordJeugdToewijzing.position}` };
  const code = error.extensions?.code ?? 'UNKNOWN';
  if (code === 'DUPLICATE_TOEWIJZINGNUMMER') return { status: 'al aanwezig', detail: 'toewijzingnummer bekend' };
  if (TRANSIENT.has(code)) throw new Transient(code);
  return { status: 'geweigerd', detail: `${code}: ${error.message}` };
}

/** Records every row, retrying transient failures; returns one result per row, in order. */
export async function importRows(rows, { url, token, attempts = 6, baseDelayMs = 500, log = () => {} }) {
  const results = [];
  for (const [index, row] of rows.entries()) {
    const input = toInput(row);
    let result;
    for (let attemptNo = 1; !result; attemptNo++) {
      try {
        result = await attempt({ url, token }, input);
      } catch (error) {
        if (!(error instanceof Transient) || attemptNo >= attempts) {
          result = { status: 'mislukt', detail: `${error.message} (na ${attemptNo} pogingen)` };
          break;
        }
        const delay = baseDelayMs * 2 ** (attemptNo - 1) * (0.5 + Math.random());
        log(`rij ${index + 2}: ${error.message}, nieuwe poging over ${Math.round(delay)} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    results.push({ row: index + 2, toewijzingnummer: input.toewijzingNummer, ...result });
  }
  return results;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { report: { type: 'string' } } });
  const url = process.env.REGIE_URL;
  const token = process.env.REGIE_TOKEN;
  if (positionals.length !== 1 || !url || !token) {
    process.stderr.write('gebruik: REGIE_URL=… REGIE_TOKEN=… jeugd-toewijzingen.mjs export.csv [--report uit.csv]\n');
    return 2;
  }
  const rows = parse(readFileSync(positionals[0], 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
  const missing = COLUMNS.filter((column) => rows.length > 0 && !(column in rows[0]));
  if (missing.length > 0) {
    process.stderr.write(`kolommen ontbreken: ${missing.join(', ')}\n`);
    return 2;
  }
  const results = await importRows(rows, { url, token, log: (line) => process.stderr.write(`${line}\n`) });
  const count = (status) => results.filter((result) => result.status === status).length;
  for (const result of results.filter((r) => r.status === 'geweigerd' || r.status === 'mislukt')) {
    process.stderr.write(`rij ${result.row} (${result.toewijzingnummer}): ${result.status}: ${result.detail}\n`);
  }
  process.stdout.write(
    `${rows.length} rijen: ${count('vastgelegd')} vastgelegd, ${count('al aanwezig')} al aanwezig, ` +
      `${count('geweigerd')} geweigerd, ${count('mislukt')} mislukt\n`,
  );
  if (values.report) {
    const cell = (value) => `"${String(value).replace(/"/g, '""')}"`;
    const lines = results.map((r) => [r.row, r.toewijzingnummer, r.status, r.detail].map(cell).join(','));
    writeFileSync(values.report, `"rij","toewijzingnummer","status","detail"\r\n${lines.join('\r\n')}\r\n`);
  }
  return count('geweigerd') + count('mislukt') === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`import afgebroken: ${error.message}\n`);
      process.exit(2);
    },
  );
}
