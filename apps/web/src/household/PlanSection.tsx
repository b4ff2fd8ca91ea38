import '../plan/plan.css';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { formatDate } from '../app/format';
import { domainName, goalStatusName, partyName } from '../app/labels';
import { AgreementForm } from '../plan/AgreementForm';
import { EvaluationForm } from '../plan/EvaluationForm';
import { GoalForm } from '../plan/GoalForm';
import { PlanPdfButton } from '../plan/PlanPdfButton';
import { changesSinceLastEvaluation } from '../plan/plan-changes';
import { Section } from './Section';
import type { Member, Plan } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

type OpenForm = 'goal' | 'agreement' | 'evaluation' | `revise-${string}` | undefined;

/**
 * The plan with the household: goals (with their leefgebied), agreements (who does what by when) and evaluations,
 * what changed since the last evaluation, and the plan as a PDF. `readOnly` in the noodprocedure.
 */
export function PlanSection({
  householdId,
  plan,
  members,
  readOnly = false,
  onChanged,
}: {
  householdId: string;
  plan: Plan;
  members: readonly Member[];
  readOnly?: boolean;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<OpenForm>();
  const [message, setMessage] = useState('');
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? 'een lid';
  const goalTitle = (id: string | null | undefined) => plan.goals.find((goal) => goal.id === id)?.current.title;
  const done = (text: string) => {
    setOpen(undefined);
    setMessage(text);
    onChanged();
  };
  const toggle = (form: OpenForm, label: string) => (
    <Button
      type="button"
      appearance="secondary-action-button"
      aria-expanded={open === form}
      onClick={() => setOpen(open === form ? undefined : form)}
    >
      {label}
    </Button>
  );
  const changes = changesSinceLastEvaluation(plan);

  return (
    <Section id="plan" title="Plan">
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {message}
      </p>
      <PlanPdfButton householdId={householdId} />

      <Heading level={3}>Wat is er veranderd sinds de laatste evaluatie?</Heading>
      {changes.since ? (
        <Paragraph>De laatste evaluatie was op {formatDate(changes.since)}.</Paragraph>
      ) : (
        <Paragraph>Er is nog geen evaluatie geweest. Alles hieronder is nieuw.</Paragraph>
      )}
      {changes.since ? (
        changes.lines.length === 0 ? (
          <Paragraph>Sindsdien is er niets veranderd in het plan.</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list" aria-label="Veranderingen sinds de laatste evaluatie">
            {changes.lines.map((line) => (
              <li key={line.key} className="utrecht-unordered-list__item">
                {formatDate(line.at)}: {line.text}
              </li>
            ))}
          </ul>
        )
      ) : null}

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
            {goal.current.targetDate ? `. Wanneer klaar: ${formatDate(goal.current.targetDate)}` : ''}
            {goal.current.memberIds.length > 0 ? `. Voor: ${goal.current.memberIds.map(nameOf).join(', ')}` : ''}
            {goal.current.domains.length > 0
              ? `. Leefgebied: ${goal.current.domains.map(domainName).join(', ')}`
              : '. Leefgebied: het hele huishouden'}
            .
          </Paragraph>
          {goal.versions.length > 1 ? (
            <Paragraph>
              Herzien op {formatDate(goal.versions[goal.versions.length - 1]!.setAt)}
              {goal.current.revisionReason ? `: ${goal.current.revisionReason}` : ''}.
            </Paragraph>
          ) : null}
          {goal.evaluations.length > 0 ? (
            <ul className="utrecht-unordered-list" aria-label={`Evaluaties van ${goal.current.title}`}>
              {goal.evaluations.map((evaluation, index) => (
                <li key={index} className="utrecht-unordered-list__item">
                  Evaluatie {formatDate(evaluation.evaluatedOn)}: {goalStatusName(evaluation.outcome)}
                  {evaluation.note ? ` – ${evaluation.note}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {readOnly ? null : toggle(`revise-${goal.id}`, `Doel herzien: ${goal.current.title}`)}
          {open === `revise-${goal.id}` ? (
            <GoalForm householdId={householdId} members={members} goal={goal} onDone={done} />
          ) : null}
        </article>
      ))}

      <Heading level={3}>Afspraken: wie doet wat, en wanneer</Heading>
      {plan.agreements.length === 0 ? (
        <Paragraph>Er zijn nog geen afspraken.</Paragraph>
      ) : (
        <ScrollRegion label="Afspraken in het plan">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Afspraken in het plan</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Wie
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wat
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wanneer klaar
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Voor wie
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Bij doel
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {plan.agreements.map((agreement) => (
                <tr key={agreement.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {agreement.partyName ??
                      agreement.provider?.name ??
                      (agreement.domain ? `team ${domainName(agreement.domain)}` : partyName(agreement.party))}
                  </th>
                  <td className="utrecht-table__cell">{agreement.description}</td>
                  <td className="utrecht-table__cell">
                    {agreement.dueOn ? formatDate(agreement.dueOn) : 'geen datum'}
                  </td>
                  <td className="utrecht-table__cell">
                    {agreement.memberIds.length > 0 ? agreement.memberIds.map(nameOf).join(', ') : 'iedereen'}
                  </td>
                  <td className="utrecht-table__cell">{goalTitle(agreement.goalId) ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {readOnly ? (
        <Paragraph>
          U kunt het plan hier alleen bekijken. Alleen de regisseur van dit huishouden past het aan.
        </Paragraph>
      ) : (
        <div className="regie-actions">
          <Heading level={3}>Plan aanpassen</Heading>
          <div className="utrecht-button-group">
            {toggle('goal', 'Doel toevoegen')}
            {toggle('agreement', 'Afspraak vastleggen')}
            {plan.goals.length > 0 ? toggle('evaluation', 'Evaluatie vastleggen') : null}
          </div>
          {open === 'goal' ? <GoalForm householdId={householdId} members={members} onDone={done} /> : null}
          {open === 'agreement' ? (
            <AgreementForm householdId={householdId} members={members} goals={plan.goals} onDone={done} />
          ) : null}
          {open === 'evaluation' ? <EvaluationForm householdId={householdId} goals={plan.goals} onDone={done} /> : null}
        </div>
      )}
    </Section>
  );
}
