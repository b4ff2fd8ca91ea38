import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatCents, formatMonth } from '../app/format';
import { domainName } from '../app/labels';
import { DataTable, type Column } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, Saved, SelectField, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import type { GemeenteCostsQuery } from '../gql/graphql';
import { plainRefusal } from './refusals';

const MaatwerkbudgetQuery = graphql(`
  query Maatwerkbudget($year: Int!) {
    maatwerkbudget(year: $year) {
      year
      totalCents
      perHouseholdCents
      reservedCents
      remainingCents
      spendCount
    }
  }
`);

const SetMaatwerkbudgetDocument = graphql(`
  mutation SetMaatwerkbudget($input: SetMaatwerkbudgetInput!) {
    setMaatwerkbudget(input: $input) {
      year
      totalCents
    }
  }
`);

const GemeenteCostsQuery = graphql(`
  query GemeenteCosts($from: String!, $to: String!) {
    gemeenteCosts(from: $from, to: $to) {
      expectedCents
      realisedCents
      months {
        month
        expectedCents
        realisedCents
        domains {
          domain
          realisedCents
        }
      }
      beforeAfterRegisseur {
        households
        averageMonthlyBeforeCents
        averageMonthlyAfterCents
      }
    }
  }
`);

type Month = GemeenteCostsQuery['gemeenteCosts']['months'][number];

const MONTH_COLUMNS: readonly Column<Month>[] = [
  { key: 'month', label: 'Maand', render: (m) => formatMonth(m.month), rowHeader: true },
  { key: 'expected', label: 'Verwacht', render: (m) => formatCents(m.expectedCents), numeric: true },
  { key: 'realised', label: 'Werkelijk', render: (m) => formatCents(m.realisedCents), numeric: true },
  {
    key: 'domains',
    label: 'Werkelijk per domein',
    render: (m) =>
      m.domains.length === 0
        ? 'geen kosten'
        : m.domains.map((d) => `${domainName(d.domain)} ${formatCents(d.realisedCents)}`).join(', '),
  },
];

const PREFIX = 'budget';
const monthKey = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** "1.500,50" or "1500" → cents; undefined when it is not an amount. */
export function centsOf(text: string): number | undefined {
  const cleaned = text.replace(/[€\s.]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * 100);
}

function BudgetForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const [, setBudget] = useMutation(SetMaatwerkbudgetDocument);
  const [values, setValues] = useState({ total: '', perHousehold: '' });
  const { errors, failure, saved, busy, summary, run } = useSubmit(plainRefusal);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const totalCents = centsOf(values.total);
    const perHouseholdCents = centsOf(values.perHousehold);
    if (totalCents === undefined) found.totalCents = 'Vul het totale budget in euro in, zoals 250000.';
    if (perHouseholdCents === undefined)
      found.perHouseholdCents = 'Vul het bedrag per huishouden in euro in, zoals 2500.';
    else if (totalCents !== undefined && perHouseholdCents > totalCents)
      found.perHouseholdCents = 'Het bedrag per huishouden mag niet hoger zijn dan het totale budget.';
    const input = { year, totalCents: totalCents!, perHouseholdCents: perHouseholdCents! };
    if (await run(found, () => setBudget({ input }), `Het maatwerkbudget voor ${year} is opgeslagen.`)) onSaved();
  };

  return (
    <>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <TextField
          prefix={PREFIX}
          path="totalCents"
          label={`Totaal budget voor ${year} in euro`}
          hint="Niet lager dan wat al is gereserveerd."
          inputMode="decimal"
          value={values.total}
          error={errors.totalCents}
          onChange={(total) => setValues({ ...values, total })}
        />
        <TextField
          prefix={PREFIX}
          path="perHouseholdCents"
          label="Hoogstens per huishouden in euro"
          hint="Wat één huishouden in een jaar mag krijgen."
          inputMode="decimal"
          value={values.perHousehold}
          error={errors.perHouseholdCents}
          onChange={(perHousehold) => setValues({ ...values, perHousehold })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Budget opslaan
        </Button>
      </form>
    </>
  );
}

/** Functioneel beheerder: the gemeente's maatwerkbudget per year, and the gemeente's cost totals. */
export default function BudgetPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [{ data, error, fetching }, refetch] = useQuery({ query: MaatwerkbudgetQuery, variables: { year } });
  const now = new Date();
  const range = { from: monthKey(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: monthKey(now) };
  const [costs] = useQuery({ query: GemeenteCostsQuery, variables: range });
  const budget = data?.maatwerkbudget;
  const overview = costs.data?.gemeenteCosts;
  const comparison = overview?.beforeAfterRegisseur;
  return (
    <>
      <PageHeading>Budget en kosten</PageHeading>
      <section aria-labelledby="maatwerkbudget" className="regie-section">
        <Heading level={2} id="maatwerkbudget">
          Maatwerkbudget {year}
        </Heading>
        <SelectField
          prefix={PREFIX}
          path="year"
          label="Jaar"
          options={[thisYear - 1, thisYear, thisYear + 1].map((option) => [String(option), String(option)] as const)}
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
        />
        <Paragraph>
          Met het maatwerkbudget kan een regisseur snel iets betalen dat een huishouden verder helpt, zoals een maand
          huur om een uitzetting te voorkomen.
        </Paragraph>
        {error ? <ProblemMessage error={error} /> : null}
        {fetching && !data ? <Loading what="Het budget" /> : null}
        {budget ? (
          budget.totalCents == null ? (
            <Paragraph>Voor {year} is nog geen budget vastgesteld.</Paragraph>
          ) : (
            <dl className="regie-facts">
              <dt>Totaal</dt>
              <dd>{formatCents(budget.totalCents)}</dd>
              <dt>Hoogstens per huishouden</dt>
              <dd>{budget.perHouseholdCents == null ? 'geen grens' : formatCents(budget.perHouseholdCents)}</dd>
              <dt>Gereserveerd</dt>
              <dd>
                {formatCents(budget.reservedCents)} ({budget.spendCount}{' '}
                {budget.spendCount === 1 ? 'besteding' : 'bestedingen'})
              </dd>
              <dt>Nog over</dt>
              <dd>{formatCents(budget.remainingCents ?? 0)}</dd>
            </dl>
          )
        ) : null}
        <Heading level={3}>Budget vaststellen of wijzigen</Heading>
        <BudgetForm key={year} year={year} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      </section>
      <section aria-labelledby="kosten" className="regie-section">
        <Heading level={2} id="kosten">
          Kosten van de gemeente, de laatste twaalf maanden
        </Heading>
        {costs.error ? <ProblemMessage error={costs.error} /> : null}
        {costs.fetching && !overview ? <Loading what="De kosten" /> : null}
        {overview ? (
          <>
            <Paragraph>
              Verwacht: {formatCents(overview.expectedCents)}. Werkelijk: {formatCents(overview.realisedCents)}.
              Verwacht is wat de toewijzingen kosten als de zorg gaat zoals afgesproken.
            </Paragraph>
            <Heading level={3}>Voor en na een regisseur</Heading>
            {comparison && comparison.households > 0 ? (
              <Paragraph>
                Bij {comparison.households} {comparison.households === 1 ? 'huishouden' : 'huishoudens'} kostte de zorg
                gemiddeld {formatCents(comparison.averageMonthlyBeforeCents)} per maand vóór er een regisseur was, en{' '}
                {formatCents(comparison.averageMonthlyAfterCents)} per maand daarna.
              </Paragraph>
            ) : (
              <Paragraph>
                Er is nog geen huishouden met hele maanden zowel vóór als na de komst van een regisseur. Daarom is er
                nog geen vergelijking.
              </Paragraph>
            )}
            <DataTable
              caption="Kosten per maand"
              columns={MONTH_COLUMNS}
              rows={overview.months}
              rowKey={(m) => m.month}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
