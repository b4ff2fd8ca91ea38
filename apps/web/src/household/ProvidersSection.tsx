import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { ReactNode } from 'react';
import { DataTable, type Column } from '../components/DataTable';
import { formatDate } from '../app/format';
import { domainName } from '../app/labels';
import { startInWords, wachttijdInWords } from './episode-words';
import { Section } from './Section';
import type { Provider } from './types';

type Episode = Provider['active'][number];

/** The wachttijd in words, with a marker that does not rely on colour alone: an icon and the words "boven de norm". */
function Wachttijd({ episode }: { episode: Episode }) {
  return (
    <>
      {wachttijdInWords(episode)}
      {episode.overNorm ? (
        <span className="utrecht-badge-status regie-over-norm">
          <span aria-hidden="true">⚠ </span>boven de norm{episode.normDays ? ` van ${episode.normDays} dagen` : ''}
        </span>
      ) : null}
    </>
  );
}

const perEpisode = (provider: Provider, render: (episode: Episode) => ReactNode) =>
  provider.active.length === 0 ? '–' : provider.active.map((episode) => <div key={episode.key}>{render(episode)}</div>);

const COLUMNS: readonly Column<Provider>[] = [
  { key: 'name', label: 'Hulpverlener', rowHeader: true, render: (provider) => provider.name },
  { key: 'domains', label: 'Domein', render: (provider) => provider.domains.map(domainName).join(', ') },
  { key: 'since', label: 'Betrokken sinds', render: (provider) => formatDate(provider.firstActivity) },
  {
    key: 'active',
    label: 'Wat loopt er',
    render: (provider) =>
      provider.active.length === 0
        ? 'Niets meer'
        : perEpisode(
            provider,
            (episode) =>
              `${episode.label ?? (episode.kind === 'TRAJECT' ? 'traject' : 'toewijzing')}` +
              `${episode.member?.name ? ` voor ${episode.member.name}` : ''}, ${startInWords(episode)}`,
          ),
  },
  {
    key: 'wachttijd',
    label: 'Wachttijd',
    render: (provider) => perEpisode(provider, (episode) => <Wachttijd episode={episode} />),
  },
];

export function ProvidersSection({ providers }: { providers: readonly Provider[] }) {
  return (
    <Section id="hulpverleners" title="Betrokken hulpverleners">
      {providers.length === 0 ? (
        <Paragraph>Er zijn (voor u zichtbaar) geen hulpverleners betrokken.</Paragraph>
      ) : (
        <DataTable
          caption="Hulpverleners, wat er loopt en hoe lang er gewacht werd"
          columns={COLUMNS}
          rows={providers}
          rowKey={(provider) => provider.agbCode}
        />
      )}
    </Section>
  );
}
