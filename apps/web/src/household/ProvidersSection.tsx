import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { formatDate, formatDays } from '../app/format';
import { domainName } from '../app/labels';
import { Section } from './Section';
import type { Provider } from './types';

type Episode = Provider['active'][number];

/** The wachttijd in words, with a marker that does not rely on colour alone: an icon and the words "boven de norm". */
function Wachttijd({ episode }: { episode: Episode }) {
  if (episode.wachttijdDays === null || episode.wachttijdDays === undefined) return <>onbekend</>;
  const text = episode.stillWaiting
    ? `wacht al ${formatDays(episode.wachttijdDays)}`
    : `${formatDays(episode.wachttijdDays)} gewacht`;
  return (
    <>
      {text}
      {episode.overNorm ? (
        <span className="utrecht-badge-status regie-over-norm">
          <span aria-hidden="true">⚠ </span>boven de norm{episode.normDays ? ` van ${episode.normDays} dagen` : ''}
        </span>
      ) : null}
    </>
  );
}

export function ProvidersSection({ providers }: { providers: readonly Provider[] }) {
  return (
    <Section id="hulpverleners" title="Betrokken hulpverleners">
      {providers.length === 0 ? (
        <Paragraph>Er zijn (voor u zichtbaar) geen hulpverleners betrokken.</Paragraph>
      ) : (
        <div className="utrecht-table-container regie-table-container">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">
              Hulpverleners, wat er loopt en hoe lang er gewacht werd
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Hulpverlener
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Domein
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Betrokken sinds
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wat loopt er
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wachttijd
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {providers.map((provider) => (
                <tr key={provider.agbCode} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {provider.name}
                  </th>
                  <td className="utrecht-table__cell">{provider.domains.map(domainName).join(', ')}</td>
                  <td className="utrecht-table__cell">{formatDate(provider.firstActivity)}</td>
                  <td className="utrecht-table__cell">
                    {provider.active.length === 0
                      ? 'Niets meer'
                      : provider.active.map((episode) => (
                          <div key={episode.key}>
                            {episode.label ?? (episode.kind === 'TRAJECT' ? 'traject' : 'toewijzing')}
                            {episode.member?.name ? ` voor ${episode.member.name}` : ''}
                            {episode.gestartOp ? `, gestart ${formatDate(episode.gestartOp)}` : ', nog niet gestart'}
                          </div>
                        ))}
                  </td>
                  <td className="utrecht-table__cell">
                    {provider.active.length === 0
                      ? '–'
                      : provider.active.map((episode) => (
                          <div key={episode.key}>
                            <Wachttijd episode={episode} />
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
