import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { formatDate } from '../app/format';
import { domainName, goalStatusName, partyName } from '../app/labels';
import { Section } from './Section';
import type { Member, Plan } from './types';

/** The plan, read-only: goals with their status and evaluations, and the agreements (who does what). */
export function PlanSection({ plan, members }: { plan: Plan; members: readonly Member[] }) {
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? 'een lid';
  return (
    <Section id="plan" title="Plan">
      <Heading level={3}>Doelen</Heading>
      {plan.goals.length === 0 ? <Paragraph>Er zijn nog geen doelen.</Paragraph> : null}
      {plan.goals.map((goal) => (
        <article key={goal.id} className="regie-card" aria-labelledby={`doel-${goal.id}`}>
          <Heading level={4} id={`doel-${goal.id}`}>
            {goal.current.title}
          </Heading>
          {goal.current.description ? <Paragraph>{goal.current.description}</Paragraph> : null}
          <Paragraph>
            Status: <strong>{goalStatusName(goal.status)}</strong>
            {goal.current.targetDate ? `. Streefdatum: ${formatDate(goal.current.targetDate)}` : ''}
            {goal.current.memberIds.length > 0 ? `. Voor: ${goal.current.memberIds.map(nameOf).join(', ')}` : ''}
            {goal.current.domains.length > 0 ? `. Domein: ${goal.current.domains.map(domainName).join(', ')}` : ''}.
          </Paragraph>
          {goal.evaluations.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {goal.evaluations.map((evaluation) => (
                <li key={evaluation.evaluatedOn + evaluation.outcome} className="utrecht-unordered-list__item">
                  Evaluatie {formatDate(evaluation.evaluatedOn)}: {goalStatusName(evaluation.outcome)}
                  {evaluation.note ? ` – ${evaluation.note}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
      <Heading level={3}>Afspraken</Heading>
      {plan.agreements.length === 0 ? (
        <Paragraph>Er zijn nog geen afspraken.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {plan.agreements.map((agreement) => (
            <li key={agreement.id} className="utrecht-unordered-list__item">
              <strong>{agreement.partyName ?? agreement.provider?.name ?? partyName(agreement.party)}</strong>:{' '}
              {agreement.description}
              {agreement.memberIds.length > 0 ? ` (voor ${agreement.memberIds.map(nameOf).join(', ')})` : ''}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
