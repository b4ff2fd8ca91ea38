import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ageOn, formatAddress, formatDate } from '../app/format';
import { domainName, grondslagName, relationName } from '../app/labels';
import { Section } from './Section';
import type { Household, Member } from './types';
import { DataTable, type Column } from '../components/DataTable';

type Basis = Household['sharingBases'][number];

const MEMBER_COLUMNS: readonly Column<Member>[] = [
  { key: 'name', label: 'Naam', rowHeader: true, render: (member) => member.name },
  {
    key: 'age',
    label: 'Leeftijd',
    render: (member) => (member.birthDate ? `${ageOn(member.birthDate)} jaar` : 'onbekend'),
  },
  { key: 'relation', label: 'Rol in het huishouden', render: (member) => relationName(member.relation) },
];

const basisColumns = (nameOf: (id: string) => string): readonly Column<Basis>[] => [
  { key: 'domain', label: 'Domein', rowHeader: true, render: (basis) => domainName(basis.domain) },
  {
    key: 'grondslag',
    label: 'Grondslag',
    render: (basis) => `${grondslagName(basis.grondslag)} (${basis.wettelijkeBepaling})`,
  },
  {
    key: 'members',
    label: 'Voor wie',
    render: (basis) => (basis.memberIds.length === 0 ? 'het hele huishouden' : basis.memberIds.map(nameOf).join(', ')),
  },
  {
    key: 'until',
    label: 'Geldig tot',
    render: (basis) => (basis.endedOn ? `beëindigd op ${formatDate(basis.endedOn)}` : formatDate(basis.validUntil)),
  },
  { key: 'valid', label: 'Nu geldig', render: (basis) => (basis.currentlyValid ? 'ja' : 'nee') },
];

export function OverviewSection({ household }: { household: Household }) {
  const { address, members, regisseur, regisseurHistory, sharingBases } = household;
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? 'een lid';
  return (
    <Section id="overzicht" title="Overzicht">
      <Heading level={3}>Leden</Heading>
      <DataTable
        caption="Leden van het huishouden"
        columns={MEMBER_COLUMNS}
        rows={members}
        rowKey={(member) => member.id}
      />

      <Heading level={3}>Woonadres</Heading>
      <Paragraph>{address ? `${formatAddress(address)}.` : 'Het woonadres is niet bekend.'}</Paragraph>

      <Heading level={3}>Regisseur</Heading>
      <Paragraph>
        {regisseur
          ? `${regisseur.name} is de regisseur${regisseur.since ? ` sinds ${formatDate(regisseur.since)}` : ''}.`
          : 'Dit huishouden heeft nu geen regisseur.'}
      </Paragraph>
      {regisseurHistory.length > 1 ? (
        <>
          <Heading level={4}>Overdrachten</Heading>
          <ul className="utrecht-unordered-list">
            {regisseurHistory.map((handover) => (
              <li key={handover.at} className="utrecht-unordered-list__item">
                {formatDate(handover.at)}:{' '}
                {handover.from && handover.to
                  ? `overgedragen van ${handover.from.name} aan ${handover.to.name}`
                  : handover.to
                    ? `${handover.to.name} werd regisseur`
                    : `${handover.from?.name ?? 'de regisseur'} stopte`}
                {handover.reason ? ` (${handover.reason})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Heading level={3}>Grondslagen om gegevens te delen</Heading>
      {sharingBases.length === 0 ? (
        <Paragraph>
          Er is nog geen grondslag vastgelegd. U ziet daarom alleen gegevens van het huishouden zelf.
        </Paragraph>
      ) : (
        <DataTable
          caption="Per domein: waarom u deze gegevens mag zien, en tot wanneer"
          columns={basisColumns(nameOf)}
          rows={sharingBases}
          rowKey={(basis) => basis.id}
        />
      )}
    </Section>
  );
}
