import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatCents, formatDate } from '../app/format';
import { graphql } from '../gql';
import type { HouseholdQuery } from '../gql/graphql';
import { Section } from '../household/Section';
import { labelOf, PREVENTION_AIMS, SPEND_RESULTS } from './labels';
import { SpendEvaluationForm } from './SpendEvaluationForm';
import { SpendForm } from './SpendForm';
import { todayLocal } from './form-values';

type Household = HouseholdQuery['household'];

export const BudgetRoom = graphql(`
  query BudgetRoom($year: Int!) {
    maatwerkbudget(year: $year) {
      year
      totalCents
      perHouseholdCents
      remainingCents
    }
  }
`);

/** What may still be spent for this household in `year`: the lower of its own room and the gemeente's. */
export function roomOf(
  overview: { perHouseholdCents?: number | null; remainingCents?: number | null } | undefined,
  spentCents: number,
): { household?: number; gemeente?: number; room?: number } {
  if (overview?.perHouseholdCents == null || overview.remainingCents == null) return {};
  const household = Math.max(0, overview.perHouseholdCents - spentCents);
  const gemeente = Math.max(0, overview.remainingCents);
  return { household, gemeente, room: Math.min(household, gemeente) };
}

/** The maatwerkbudget: the room left, spends with what they answer and whether they worked, a form to spend. */
export function MaatwerkbudgetSection({
  household,
  readOnly = false,
  onChanged,
}: {
  household: Household;
  readOnly?: boolean;
  onChanged: () => void;
}) {
  const year = Number(todayLocal().slice(0, 4));
  const [{ data: budget, error: budgetError }, refetchRoom] = useQuery({ query: BudgetRoom, variables: { year } });
  const [open, setOpen] = useState<string>();
  const [message, setMessage] = useState('');
  const { spends, totalsPerYear } = household.maatwerkbudget;
  const spentThisYear = totalsPerYear.find((total) => total.year === year)?.spentCents ?? 0;
  const room = roomOf(budget?.maatwerkbudget, spentThisYear);
  const nameOf = (id: string) => household.members.find((member) => member.id === id)?.name ?? 'een lid';
  const answered = (spend: Household['maatwerkbudget']['spends'][number]) => {
    const goal = household.plan.goals.find((candidate) => candidate.id === spend.answersGoalId);
    if (goal) return `doel "${goal.current.title}"`;
    if (spend.answersEntryId) return 'een melding in de tijdlijn';
    return undefined;
  };
  const done = (text: string) => {
    setOpen(undefined);
    setMessage(text);
    refetchRoom({ requestPolicy: 'network-only' });
    onChanged();
  };

  return (
    <Section id="maatwerkbudget" title="Maatwerkbudget">
      <Paragraph>
        Met het maatwerkbudget betaalt u snel iets wat erger voorkomt, zoals een maand huur tegen een huisuitzetting.
      </Paragraph>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {message}
      </p>
      <Heading level={3}>Ruimte in {year}</Heading>
      {budgetError ? (
        <Paragraph>De ruimte in het maatwerkbudget ziet alleen de regisseur of de functioneel beheerder.</Paragraph>
      ) : room.room === undefined ? (
        <Paragraph>De gemeente heeft voor {year} nog geen maatwerkbudget vastgesteld. Besteden kan nog niet.</Paragraph>
      ) : (
        <dl className="regie-facts" aria-label={`Ruimte in het maatwerkbudget ${year}`}>
          <dt>Nog te besteden voor dit huishouden</dt>
          <dd>
            <strong>{formatCents(room.room)}</strong>
          </dd>
          <dt>Ruimte van dit huishouden dit jaar</dt>
          <dd>
            {formatCents(room.household!)} (al besteed: {formatCents(spentThisYear)})
          </dd>
          <dt>Ruimte van de gemeente dit jaar</dt>
          <dd>{formatCents(room.gemeente!)}</dd>
        </dl>
      )}

      <Heading level={3}>Bestedingen</Heading>
      {spends.length === 0 ? <Paragraph>Er is nog niets besteed.</Paragraph> : null}
      {spends.map((spend) => (
        <article key={spend.id} className="regie-card" aria-labelledby={`besteding-${spend.id}`}>
          <Heading level={4} id={`besteding-${spend.id}`}>
            {formatCents(spend.amountCents)} op {formatDate(spend.spentOn)}
          </Heading>
          <Paragraph>
            Waarvoor: {spend.purpose ?? 'gegevens verwijderd'}. Om te voorkomen:{' '}
            {labelOf(PREVENTION_AIMS, spend.prevents).toLowerCase()}. Voor: {spend.memberIds.map(nameOf).join(', ')}.
            {answered(spend) ? ` Antwoord op: ${answered(spend)}.` : ''}
          </Paragraph>
          <Paragraph>
            {spend.evaluation
              ? `Werkte het? ${labelOf(SPEND_RESULTS, spend.evaluation.worked)} (bekeken op ${formatDate(spend.evaluation.evaluatedOn)})${spend.evaluation.note ? `: ${spend.evaluation.note}` : ''}.`
              : 'Nog niet bekeken of het werkte.'}
          </Paragraph>
          {readOnly ? null : (
            <Button
              type="button"
              appearance="secondary-action-button"
              aria-expanded={open === spend.id}
              onClick={() => setOpen(open === spend.id ? undefined : spend.id)}
            >
              Vastleggen of het werkte ({formatCents(spend.amountCents)} op {formatDate(spend.spentOn)})
            </Button>
          )}
          {open === spend.id ? <SpendEvaluationForm householdId={household.id} spend={spend} onDone={done} /> : null}
        </article>
      ))}
      {readOnly ? null : (
        <>
          <Heading level={3}>Besteden</Heading>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-expanded={open === 'spend'}
            onClick={() => setOpen(open === 'spend' ? undefined : 'spend')}
          >
            Geld besteden uit het maatwerkbudget
          </Button>
          {open === 'spend' ? <SpendForm household={household} roomCents={room.room} onDone={done} /> : null}
        </>
      )}
    </Section>
  );
}
