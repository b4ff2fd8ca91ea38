import type { HouseholdEvent } from '@regie/household';
import { JeugdEventType, type ToewijzingVastgelegd, type ZorgGestopt } from './jeugd.events';
import {
  budgetProblem,
  dateProblem,
  omvangProblem,
  productcodeProblem,
  redenBeeindigingProblem,
  redenWijzigingProblem,
  toewijzingShapeProblem,
} from './jeugd.rules';
import { applyChanges } from './jeugd.state';

// Which fields a correction (StatusAanlevering 2) of a Jeugd entry may change, and the checks of the new values.
// Every correction may carry `redenWijziging` (JZ002). `null` removes an optional field.
// Member, provider, toewijzingNummer and productcategorie are never corrected: withdraw and record anew.

type FieldCheck = (value: unknown) => string | undefined;

const requiredDate =
  (field: string): FieldCheck =>
  (value) =>
    dateProblem(value, field);
const optional =
  (fieldCheck: FieldCheck): FieldCheck =>
  (value) =>
    value === null ? undefined : fieldCheck(value);

const REDEN_WIJZIGING: Record<string, FieldCheck> = { redenWijziging: redenWijzigingProblem };

const CORRECTABLE: Readonly<Record<string, { label: string; fields: Record<string, FieldCheck> }>> = {
  [JeugdEventType.toewijzingVastgelegd]: {
    label: 'een toewijzing',
    fields: {
      ingangsdatum: requiredDate('ingangsdatum'),
      einddatum: optional(requiredDate('einddatum')),
      productcode: optional(productcodeProblem),
      omvang: optional(omvangProblem),
      budget: optional(budgetProblem),
      ...REDEN_WIJZIGING,
    },
  },
  [JeugdEventType.zorgGestart]: {
    label: 'een start zorg',
    fields: { begindatum: requiredDate('begindatum'), ...REDEN_WIJZIGING },
  },
  [JeugdEventType.zorgGestopt]: {
    label: 'een stop zorg',
    fields: { einddatum: requiredDate('einddatum'), redenBeeindiging: redenBeeindigingProblem, ...REDEN_WIJZIGING },
  },
};

const NOT_CORRECTABLE: Readonly<Record<string, string>> = {
  [JeugdEventType.verzoekOmToewijzingOntvangen]: 'een verzoek om toewijzing',
  [JeugdEventType.contactmomentVastgelegd]: 'een contactmoment',
  [JeugdEventType.declaratieOntvangen]: 'een declaratieregel (crediteer hem)',
  [JeugdEventType.verzoekOmWijzigingOntvangen]: 'een verzoek om wijziging',
};

export function validateJeugdCorrection(
  entry: HouseholdEvent,
  changes: Readonly<Record<string, unknown>>,
): string | undefined {
  const rule = CORRECTABLE[entry.type];
  if (!rule) {
    const what = NOT_CORRECTABLE[entry.type] ?? 'deze registratie';
    return `Van ${what} kan niets worden gecorrigeerd; trek het in en leg het opnieuw vast`;
  }
  const allowed = Object.keys(rule.fields);
  const fields = Object.keys(changes);
  const notAllowed = fields.filter((field) => !allowed.includes(field));
  if (notAllowed.length > 0) {
    return `Van ${rule.label} zijn niet te corrigeren: ${notAllowed.join(', ')} (wel: ${allowed.join(', ')})`;
  }
  if (fields.every((field) => field === 'redenWijziging')) {
    return 'Een correctie met alleen een redenWijziging verandert niets; geef ook een gecorrigeerd veld';
  }
  for (const field of fields) {
    const problem = rule.fields[field]!(changes[field]);
    if (problem) return problem;
  }
  if (entry.type === JeugdEventType.toewijzingVastgelegd) {
    return toewijzingShapeProblem(applyChanges(entry.data as ToewijzingVastgelegd, changes))?.message;
  }
  if (entry.type === JeugdEventType.zorgGestopt) {
    const stop = applyChanges(entry.data as ZorgGestopt, changes);
    if (stop.einddatum < stop.begindatum) {
      return `einddatum ${stop.einddatum} ligt vóór de begindatum ${stop.begindatum} van de zorg`;
    }
  }
  return undefined;
}
