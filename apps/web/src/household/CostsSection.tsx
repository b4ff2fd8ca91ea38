import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { formatCents, formatMonth } from '../app/format';
import { domainName } from '../app/labels';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { Section } from './Section';
import { ScrollRegion } from '../components/ScrollRegion';

const CHART_LABEL = 'Staafgrafiek van de kosten per maand en domein. Dezelfde cijfers staan in de tabel hieronder.';

const CostsQuery = graphql(`
  query HouseholdCosts($id: ID!, $from: String!, $to: String!, $emergencyReason: String) {
    household(id: $id, emergencyReason: $emergencyReason) {
      id
      costs(from: $from, to: $to) {
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
        domains {
          domain
          expectedCents
          realisedCents
        }
      }
    }
  }
`);

/** Colour per domain, always together with the domain's name (legend, table): never the only signal. */
const DOMAIN_FILL: Record<string, string> = {
  JEUGD: '#24578f',
  WMO: '#8a4b00',
  WERK_EN_INKOMEN: '#2f6b3a',
  WONEN: '#6a3d8f',
};
const DOMAIN_PATTERN_DASH: Record<string, string> = { JEUGD: '', WMO: '4 2', WERK_EN_INKOMEN: '1 2', WONEN: '6 2 1 2' };

const monthKey = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** The last twelve months, this month included. */
function lastYear(today = new Date()): { from: string; to: string } {
  return { from: monthKey(new Date(today.getFullYear(), today.getMonth() - 11, 1)), to: monthKey(today) };
}

/** Realised cost per month per domain: a chart, and the same figures as a table. */
export default function CostsSection({
  householdId,
  emergencyReason,
}: {
  householdId: string;
  emergencyReason?: string;
}) {
  const range = lastYear();
  const [{ data, error, fetching }] = useQuery({
    query: CostsQuery,
    variables: { id: householdId, ...range, emergencyReason: emergencyReason ?? null },
  });
  const costs = data?.household.costs;
  const domains = costs?.domains.map((d) => d.domain) ?? [];
  const rows =
    costs?.months.map((month) => ({
      month: formatMonth(month.month, true),
      ...Object.fromEntries(month.domains.map((d) => [d.domain, d.realisedCents / 100])),
    })) ?? [];
  return (
    <Section id="kosten" title="Kosten">
      <Paragraph>
        Wat de zorg en ondersteuning van dit huishouden kostte, per maand en per domein, van {formatMonth(range.from)}{' '}
        tot en met {formatMonth(range.to)}.
      </Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !costs ? <Loading what="De kosten" /> : null}
      {costs ? (
        <>
          <ScrollRegion label="Grafiek van de kosten">
            <figure className="regie-chart" role="img" aria-label={CHART_LABEL}>
              <BarChart
                accessibilityLayer={false}
                width={720}
                height={280}
                data={rows}
                margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis tickFormatter={(value: number) => `€ ${value}`} />
                <Tooltip formatter={(value) => formatCents(Number(value) * 100)} />
                <Legend formatter={(value: string) => domainName(value)} />
                {domains.map((domain) => (
                  <Bar
                    key={domain}
                    dataKey={domain}
                    name={domain}
                    stackId="kosten"
                    fill={DOMAIN_FILL[domain] ?? '#555'}
                    stroke="#1a1a1a"
                    strokeDasharray={DOMAIN_PATTERN_DASH[domain] ?? ''}
                  />
                ))}
              </BarChart>
            </figure>
          </ScrollRegion>
          <ScrollRegion label="Gerealiseerde kosten per maand en domein">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">
                Gerealiseerde kosten per maand en domein (dezelfde cijfers als de grafiek)
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Maand
                  </th>
                  {domains.map((domain) => (
                    <th
                      key={domain}
                      scope="col"
                      className="utrecht-table__header-cell utrecht-table__header-cell--numeric"
                    >
                      {domainName(domain)}
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                    Totaal
                  </th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                    Verwacht
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {costs.months.map((month) => (
                  <tr key={month.month} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {formatMonth(month.month)}
                    </th>
                    {domains.map((domain) => (
                      <td key={domain} className="utrecht-table__cell utrecht-table__cell--numeric">
                        {formatCents(month.domains.find((d) => d.domain === domain)?.realisedCents ?? 0)}
                      </td>
                    ))}
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {formatCents(month.realisedCents)}
                    </td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {formatCents(month.expectedCents)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="utrecht-table__footer">
                <tr className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    Totaal
                  </th>
                  {costs.domains.map((d) => (
                    <td key={d.domain} className="utrecht-table__cell utrecht-table__cell--numeric">
                      {formatCents(d.realisedCents)}
                    </td>
                  ))}
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatCents(costs.realisedCents)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatCents(costs.expectedCents)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </Section>
  );
}
