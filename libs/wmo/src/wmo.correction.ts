import type { HouseholdEvent } from '@regie/household';
import { WmoEventType, type BesluitGenomen, type ToewijzingVastgelegd, type ZorgGestopt } from './wmo.events';
import {
  besluitShapeProblem,
  budgetProblem,
  dateProblem,
  omvangProblem,
  productcodeProblem,
  redenBeeindigingProblem,
  redenWijzigingProblem,
  toewijzingShapeProblem,
  uitkomstProblem,
} from './wmo.rules';
import { applyChanges } from './wmo.state';

// Which fields a correction (StatusAanlevering 2) of a Wmo entry may change, and the checks of the new values.
// Every correction may carry `redenWijziging` (WMO002). `null` removes an optional field. Member, provider,
// toewijzingNummer, productcategorie, melding and onderzoek are never corrected: withdraw and record anew.

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
  [WmoEventType.toewijzingVastgelegd]: {
    label: 'een toewijzing',
    fields: {
      toewijzingsdatum: requiredDate('toewijzingsdatum'),
      ingangsdatum: requiredDate('ingangsdatum'),
      einddatum: optional(requiredDate('einddatum')),
      productcode: optional(productcodeProblem),
      omvang: optional(omvangProblem),
      budget: optional(budgetProblem),
      ...REDEN_WIJZIGING,
    },
  },
  [WmoEventType.zorgGestart]: {
    label: 'een start ondersteuning',
    fields: { begindatum: requiredDate('begindatum'), ...REDEN_WIJZIGING },
  },
  [WmoEventType.zorgGestopt]: {
    label: 'een stop ondersteuning',
    fields: { einddatum: requiredDate('einddatum'), redenBeeindiging: redenBeeindigingProblem, ...REDEN_WIJZIGING },
  },
  [WmoEventType.besluitGenomen]: {
    label: 'een besluit',
    fields: { besluitdatum: requiredDate('besluitdatum'), uitkomst: uitkomstProblem, ...REDEN_WIJZIGING },
  },
};

const NOT_CORRECTABLE: Readonly<Record<string, string>> = {
  [WmoEventType.meldingOntvangen]: 'een melding',
  [WmoEventType.onderzoekAfgerond]: 'een onderzoek',
  [WmoEventType.declaratieOntvangen]: 'een declaratieregel (crediteer hem)',
  [WmoEventType.verzoekOmWijzigingOntvangen]: 'een verzoek om wijziging',
};

export function validateWmoCorrection(
  entry: HouseholdEvent,
  changes: Readonly<Record<string, unknown>>,
): string | undefined {
  const rule = Object.prototype.hasOwnProperty.call(CORRECTABLE, entry.type) ? CORRECTABLE[entry.type] : undefined;
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
  switch (entry.type) {
    case WmoEventType.toewijzingVastgelegd:
      return toewijzingShapeProblem(applyChanges(entry.data as ToewijzingVastgelegd, changes));
    case WmoEventType.zorgGestopt: {
      const stop = applyChanges(entry.data as ZorgGestopt, changes);
      return stop.einddatum < stop.begindatum
        ? `einddatum ${stop.einddatum} ligt vóór de begindatum ${stop.begindatum} van de ondersteuning`
        : undefined;
    }
    case WmoEventType.besluitGenomen: {
      const problem = besluitShapeProblem(applyChanges(entry.data as BesluitGenomen, changes));
      return problem ? `${problem}; trek het besluit in en leg het opnieuw vast` : undefined;
    }
    default:
      return undefined;
  }
}
