import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { formatDate } from '../app/format';
import { zrmDomainName, zrmScoreName } from '../app/labels';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { Section } from './Section';
import { ScrollRegion } from '../components/ScrollRegion';

const CHART_LABEL = 'Lijngrafiek van de ZRM-scores per lid en leefgebied. Dezelfde scores staan in de tabel hieronder.';

const ZrmQuery = graphql(`
  query HouseholdZrm($id: ID!, $emergencyReason: String) {
    household(id: $id, emergencyReason: $emergencyReason) {
      id
      zrm {
        zrmDomain
        change
        direction
        member {
          id
          name
        }
        points {
          scoredOn
          score
        }
      }
    }
  }
`);

const DIRECTION: Record<string, string> = { BETER: 'beter', SLECHTER: 'slechter', GELIJK: 'gelijk gebleven' };
const LINE_STYLES = ['', '6 3', '2 3', '10 3 2 3'];
const COLOURS = ['#24578f', '#8a4b00', '#2f6b3a', '#6b2f6b'];

/** Zelfredzaamheid per member and leefgebied over time: a chart, and the same scores as a table. */
export default function ZrmSection({
  householdId,
  emergencyReason,
}: {
  householdId: string;
  emergencyReason?: string;
}) {
  const [{ data, error, fetching }] = useQuery({
    query: ZrmQuery,
    variables: { id: householdId, emergencyReason: emergencyReason ?? null },
  });
  const series = data?.household.zrm ?? [];
  const label = (s: (typeof series)[number]) => `${s.member.name ?? 'Lid'}: ${zrmDomainName(s.zrmDomain)}`;
  const days = [...new Set(series.flatMap((s) => s.points.map((p) => p.scoredOn)))].sort();
  const rows = days.map((day) => ({
    day: formatDate(day),
    ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.points.find((p) => p.scoredOn === day)?.score])),
  }));
  return (
    <Section id="zrm" title="Zelfredzaamheid (ZRM)">
      <Paragraph>
        De Zelfredzaamheid-Matrix geeft per leefgebied een score van 1 (acute problemen) tot 5 (volledig zelfredzaam).
      </Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="De ZRM-scores" /> : null}
      {data && series.length === 0 ? <Paragraph>Er zijn nog geen scores.</Paragraph> : null}
      {series.length > 0 ? (
        <>
          <ScrollRegion label="Grafiek van de ZRM-scores">
            <figure className="regie-chart" role="img" aria-label={CHART_LABEL}>
              <LineChart
                accessibilityLayer={false}
                width={720}
                height={260}
                data={rows}
                margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" />
                <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
                <Legend />
                {series.map((s, i) => (
                  <Line
                    key={label(s)}
                    dataKey={`s${i}`}
                    name={label(s)}
                    stroke={COLOURS[i % COLOURS.length]}
                    strokeDasharray={LINE_STYLES[i % LINE_STYLES.length]}
                    strokeWidth={2}
                    connectNulls
                  />
                ))}
              </LineChart>
            </figure>
          </ScrollRegion>
          <ScrollRegion label="ZRM-scores per lid en leefgebied">
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="utrecht-table__caption">
                ZRM-scores per lid en leefgebied (dezelfde cijfers als de grafiek)
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Lid en leefgebied
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Scores, oudste eerst
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Verloop
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {series.map((s) => (
                  <tr key={label(s)} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {label(s)}
                    </th>
                    <td className="utrecht-table__cell">
                      {s.points
                        .map((p) => `${formatDate(p.scoredOn)}: ${p.score} (${zrmScoreName(p.score)})`)
                        .join('; ')}
                    </td>
                    <td className="utrecht-table__cell">{DIRECTION[s.direction] ?? 'onbekend'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </Section>
  );
}
