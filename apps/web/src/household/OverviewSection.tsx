import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ageOn, formatDate } from '../app/format';
import { domainName, grondslagName, relationName } from '../app/labels';
import { Section } from './Section';
import type { Household } from './types';

export function OverviewSection({ household }: { household: Household }) {
  const { members, regisseur, regisseurHistory, sharingBases } = household;
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? 'een lid';
  return (
    <Section id="overzicht" title="Overzicht">
      <Heading level={3}>Leden</Heading>
      <div className="utrecht-table-container regie-table-container">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Leden van het huishouden</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Naam
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Leeftijd
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Rol in het huishouden
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {members.map((member) => (
              <tr key={member.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{member.name}</td>
                <td className="utrecht-table__cell">
                  {member.birthDate ? `${ageOn(member.birthDate)} jaar` : 'onbekend'}
                </td>
                <td className="utrecht-table__cell">{relationName(member.relation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
        <div className="utrecht-table-container regie-table-container">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">
              Per domein: waarom u deze gegevens mag zien, en tot wanneer
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Domein
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Grondslag
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Voor wie
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Geldig tot
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Nu geldig
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {sharingBases.map((basis) => (
                <tr key={basis.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{domainName(basis.domain)}</td>
                  <td className="utrecht-table__cell">
                    {grondslagName(basis.grondslag)} ({basis.wettelijkeBepaling})
                  </td>
                  <td className="utrecht-table__cell">
                    {basis.memberIds.length === 0 ? 'het hele huishouden' : basis.memberIds.map(nameOf).join(', ')}
                  </td>
                  <td className="utrecht-table__cell">
                    {basis.endedOn ? `beëindigd op ${formatDate(basis.endedOn)}` : formatDate(basis.validUntil)}
                  </td>
                  <td className="utrecht-table__cell">{basis.currentlyValid ? 'ja' : 'nee'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
