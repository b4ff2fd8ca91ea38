import type { HouseholdEvent } from '@regie/household';
import { codeProblem } from './codes';
import type { ToewijzingVastgelegd, ZorgGestopt } from './events';
import type { ToewijzingProfile } from './profile';
import { budgetProblem, dateProblem, omvangProblem, productcodeProblem, toewijzingShapeProblem } from './rules';
import { applyChanges } from './state';

// Which fields a correction (StatusAanlevering 2) of an entry may change, and the checks of the new values. Every
// correction may carry `redenWijziging` (JZ002/WMO002). `null` removes an optional field. Member, provider,
// toewijzingNummer and productcategorie are never corrected: withdraw and record anew.

export type FieldCheck = (value: unknown) => string | undefined;

export interface CorrectionRule {
  /** How the entry reads in a message, e.g. "een toewijzing". */
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldCheck>>;
  /** The rules across fields, on the entry's data with the changes merged in. */
  readonly across?: (corrected: unknown) => string | undefined;
}

/** Correction rules by event type, and the labels of the event types that cannot be corrected. */
export interface CorrectionRules {
  readonly correctable: Readonly<Record<string, CorrectionRule>>;
  readonly notCorrectable: Readonly<Record<string, string>>;
}

export const requiredDate =
  (field: string): FieldCheck =>
  (value) =>
    dateProblem(value, field);
export const optional =
  (fieldCheck: FieldCheck): FieldCheck =>
  (value) =>
    value === null ? undefined : fieldCheck(value);

/** The rules of the life cycle's own events (301, 305, 307 correctable; 315, 317, 323 not). */
export function lifecycleCorrections(profile: ToewijzingProfile): CorrectionRules {
  const { standard, eventType: T, care } = profile;
  const redenWijziging = {
    redenWijziging: (value: unknown) => codeProblem(standard.codes.redenWijziging, value, 'redenWijziging'),
  };
  return {
    correctable: {
      [T.toewijzingVastgelegd]: {
        label: 'een toewijzing',
        fields: {
          toewijzingsdatum: requiredDate('toewijzingsdatum'),
          ingangsdatum: requiredDate('ingangsdatum'),
          einddatum: optional(requiredDate('einddatum')),
          productcode: optional((value) => productcodeProblem(standard, value)),
          omvang: optional((value) => omvangProblem(standard, value)),
          budget: optional(budgetProblem),
          ...redenWijziging,
        },
        across: (corrected) => toewijzingShapeProblem(corrected as ToewijzingVastgelegd)?.message,
      },
      [T.zorgGestart]: {
        label: `een start ${care}`,
        fields: { begindatum: requiredDate('begindatum'), ...redenWijziging },
      },
      [T.zorgGestopt]: {
        label: `een stop ${care}`,
        fields: {
          einddatum: requiredDate('einddatum'),
          redenBeeindiging: (value) => codeProblem(standard.codes.redenBeeindiging, value, 'redenBeeindiging'),
          ...redenWijziging,
        },
        across: (corrected) => {
          const stop = corrected as ZorgGestopt;
          return stop.einddatum < stop.begindatum
            ? `einddatum ${stop.einddatum} ligt vóór de begindatum ${stop.begindatum} van de ${care}`
            : undefined;
        },
      },
    },
    notCorrectable: {
      [T.verzoekOmToewijzingOntvangen]: 'een verzoek om toewijzing',
      [T.verzoekOmWijzigingOntvangen]: 'een verzoek om wijziging',
      [T.declaratieOntvangen]: 'een declaratieregel (crediteer hem)',
    },
  };
}

/** A domain's `validateCorrection` from its rules: a Dutch message for a bad correction, undefined when fine. */
export function correctionValidator(rules: CorrectionRules) {
  return (entry: HouseholdEvent, changes: Readonly<Record<string, unknown>>): string | undefined => {
    const rule = Object.prototype.hasOwnProperty.call(rules.correctable, entry.type)
      ? rules.correctable[entry.type]
      : undefined;
    if (!rule) {
      const what = rules.notCorrectable[entry.type] ?? 'deze registratie';
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
    return rule.across?.(applyChanges(entry.data, changes));
  };
}
