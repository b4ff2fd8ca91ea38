import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useQuery } from 'urql';
import { formatDate } from '../app/format';
import { domainName } from '../app/labels';
import { graphql } from '../gql';
import type { Domain, HouseholdQuery } from '../gql/graphql';
import { Section } from '../household/Section';
import { ladderOutcomeName, rungName, sufficiencyName } from './labels';
import { ScrollRegion } from '../components/ScrollRegion';

type Household = HouseholdQuery['household'];
type Decision = Household['maatwerkDecisions'][number];

const Alternatives = graphql(`
  query CatalogueAlternatives($activeOn: String!, $replaces: ReplaceableSupportInput!) {
    voorliggendVeld(activeOn: $activeOn, replaces: $replaces) {
      voorzieningId
      naam
      organisatie
    }
  }
`);

/** The catalogue's algemene voorzieningen that could have replaced this maatwerk, on the day it was decided. */
function CatalogueAlternatives({ decision }: { decision: Decision }) {
  const [{ data, fetching }] = useQuery({
    query: Alternatives,
    variables: {
      activeOn: decision.decidedOn,
      replaces: { domain: decision.domain as Domain, category: decision.category },
    },
  });
  if (fetching && !data) return <Paragraph>De alternatieven worden geladen.</Paragraph>;
  const found = data?.voorliggendVeld ?? [];
  if (found.length === 0) return <Paragraph>De catalogus had geen alternatief voor deze hulp.</Paragraph>;
  return (
    <ul className="utrecht-unordered-list" aria-label="Alternatieven uit de catalogus">
      {found.map((entry) => (
        <li key={entry.voorzieningId} className="utrecht-unordered-list__item">
          {entry.naam} ({entry.organisatie})
        </li>
      ))}
    </ul>
  );
}

/**
 * Per request the ladder as it was weighed (eigen kracht → netwerk → algemene voorziening → maatwerk), and per maatwerk
 * decision the catalogue's alternatives and whether the reason none fitted was recorded. Maatwerk without the lower
 * rungs considered is marked in words, not by colour alone.
 */
export function AfwegingenSection({ household }: { household: Household }) {
  const { afwegingen, maatwerkDecisions } = household;
  return (
    <Section id="afwegingen" title="Afwegingen en maatwerk">
      <Paragraph>
        Voordat de gemeente maatwerk geeft, kijkt zij eerst wat het huishouden zelf kan (eigen kracht), wat het netwerk
        kan, en of een algemene voorziening in de wijk past. Dat heet de afweging.
      </Paragraph>
      <Heading level={3}>Afwegingen per hulpvraag</Heading>
      {afwegingen.length === 0 ? <Paragraph>Er is nog geen afweging vastgelegd die u mag zien.</Paragraph> : null}
      {afwegingen.map((afweging) => (
        <article key={afweging.id} className="regie-card" aria-labelledby={`afweging-${afweging.id}`}>
          <Heading level={4} id={`afweging-${afweging.id}`}>
            {domainName(afweging.domain)}: {afweging.member.name ?? 'een lid'}, {formatDate(afweging.assessedOn)}
          </Heading>
          <ScrollRegion
            label={`De afweging stap voor stap: ${domainName(afweging.domain)}, ${afweging.member.name ?? 'een lid'}, ${formatDate(afweging.assessedOn)}`}
          >
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">De afweging stap voor stap</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Stap
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Bekeken
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Genoeg?
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {afweging.rungs.map((rung) => (
                  <tr key={rung.rung} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {rungName(rung.rung)}
                    </th>
                    <td className="utrecht-table__cell">{rung.considered ? 'ja' : 'nee'}</td>
                    <td className="utrecht-table__cell">{sufficiencyName(rung.sufficient)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Paragraph>
            Uitkomst: <strong>{ladderOutcomeName(afweging.outcome)}</strong>.
            {afweging.lowerRungsConsidered ? '' : ' Let op: niet alle stappen zijn bekeken.'}
          </Paragraph>
        </article>
      ))}

      <Heading level={3}>Maatwerk</Heading>
      {maatwerkDecisions.length === 0 ? <Paragraph>Er is geen maatwerk dat u mag zien.</Paragraph> : null}
      {maatwerkDecisions.map((decision) => (
        <article key={decision.id} className="regie-card" aria-labelledby={`maatwerk-${decision.id}`}>
          <Heading level={4} id={`maatwerk-${decision.id}`}>
            {domainName(decision.domain)}: {decision.member.name ?? 'een lid'}, besloten op{' '}
            {formatDate(decision.decidedOn)}
          </Heading>
          {decision.withoutLadder ? (
            <p className="utrecht-paragraph regie-flag">
              <strong>Let op: maatwerk zonder volledige afweging.</strong> Niet alle stappen vóór maatwerk zijn bekeken.
            </p>
          ) : (
            <Paragraph>Alle stappen vóór maatwerk zijn bekeken.</Paragraph>
          )}
          <Paragraph>
            Alternatieven uit de catalogus van de gemeente (toen er besloten werd: {decision.alternativesOffered}):
          </Paragraph>
          <CatalogueAlternatives decision={decision} />
          <Paragraph>
            {decision.reasonGiven
              ? `Het team ${domainName(decision.domain)} heeft vastgelegd waarom geen alternatief paste. De tekst blijft bij dat team.`
              : 'Er is niet vastgelegd waarom geen alternatief paste.'}
          </Paragraph>
        </article>
      ))}
    </Section>
  );
}
