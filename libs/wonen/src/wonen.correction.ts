import type { CorrectableField, HouseholdEvent } from '@regie/household';
import { URGENTIE_GROND, VERHUURDER_SOORT, codeProblem } from './wonen.codes';
import { WonenEventType as T } from './wonen.events';
import { bedragProblem, dateProblem, maandenProblem, verhuurderProblem } from './wonen.rules';

// Which fields a correction (StatusAanlevering 2, as the other domains) of a Wonen entry may change, with checks of
// the new values. NOT correctable: the dates a worklist signal runs on (a signal's ontvangenOp, an ontruimingsdatum):
// the read side does not yet recompute a signal's term after a correction (`wonenCorrectionFacts` names them for the
// new plug); record the next step instead (an uitstel with a new date) or withdraw and record anew. Nor the person,
// ids, the fase/uitkomst/besluit or free text. `null` removes an optional field.

type FieldCheck = (value: unknown) => string | undefined;

const date =
  (field: string): FieldCheck =>
  (value) =>
    dateProblem(value, field);
const optional =
  (check: FieldCheck): FieldCheck =>
  (value) =>
    value === null ? undefined : check(value);

interface Rule {
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldCheck>>;
}

const urgentie = (label: string, extra: Record<string, FieldCheck> = {}): Rule => ({
  label,
  fields: { datum: date('datum'), grond: (value) => codeProblem(URGENTIE_GROND, value, 'grond'), ...extra },
});

const CORRECTABLE: Readonly<Record<string, Rule>> = {
  [T.huurachterstandGesignaleerd]: {
    label: 'een signaal van huurachterstand',
    fields: {
      verhuurder: verhuurderProblem,
      verhuurderSoort: (value) => codeProblem(VERHUURDER_SOORT, value, 'verhuurderSoort'),
      bedragAchterstandCents: (value) => bedragProblem(value, 'bedragAchterstandCents'),
      maandenAchterstand: maandenProblem,
    },
  },
  [T.huurachterstandOpgevolgd]: { label: 'een opvolging van een huurachterstand', fields: { datum: date('datum') } },
  [T.ontruimingDreigt]: {
    label: 'een stap van een dreigende ontruiming',
    fields: { datum: date('datum'), verhuurder: verhuurderProblem },
  },
  [T.ontruimingAfgelopen]: { label: 'de uitkomst van een dreigende ontruiming', fields: { datum: date('datum') } },
  [T.urgentieAangevraagd]: urgentie('een urgentieaanvraag'),
  [T.urgentieToegekend]: urgentie('een toegekende urgentie', { geldigTot: optional(date('geldigTot')) }),
  [T.urgentieAfgewezen]: urgentie('een afgewezen urgentie'),
  [T.betalingsregelingGetroffen]: {
    label: 'een betalingsregeling',
    fields: {
      datum: date('datum'),
      verhuurder: verhuurderProblem,
      bedragPerMaandCents: optional((value) => bedragProblem(value, 'bedragPerMaandCents')),
    },
  },
  [T.betalingsregelingBeeindigd]: { label: 'het einde van een betalingsregeling', fields: { datum: date('datum') } },
  [T.woonbegeleidingGestart]: { label: 'de start van begeleiding bij wonen', fields: { datum: date('datum') } },
  [T.woonbegeleidingBeeindigd]: { label: 'het einde van begeleiding bij wonen', fields: { datum: date('datum') } },
  [T.laatsteKansAfspraakGemaakt]: {
    label: 'een Laatste kans-afspraak',
    fields: { datum: date('datum'), einddatum: date('einddatum'), verhuurder: verhuurderProblem },
  },
  [T.laatsteKansAfspraakBeeindigd]: {
    label: 'het einde van een Laatste kans-afspraak',
    fields: { datum: date('datum') },
  },
};

/** Every field some Wonen entry takes in a correction. */
export const wonenCorrectionFieldNames = (): string[] =>
  [...new Set(Object.values(CORRECTABLE).flatMap((rule) => Object.keys(rule.fields)))].sort();

/** The fields above with their kind, for the GraphQL `CorrectionChangesInput` (the plug builds it). */
export const wonenCorrectableFields: readonly CorrectableField[] = [
  { name: 'datum', kind: 'date', description: 'Entries' },
  { name: 'einddatum', kind: 'date', description: 'Laatste kans-afspraak' },
  { name: 'geldigTot', kind: 'date', description: 'Toegekende urgentie; null removes it' },
  {
    name: 'verhuurder',
    kind: 'text',
    description: 'Huurachterstand, ontruiming, betalingsregeling, Laatste kans-afspraak',
  },
  { name: 'verhuurderSoort', kind: 'code', description: 'Huurachterstand' },
  { name: 'grond', kind: 'code', description: 'Urgentie' },
  { name: 'bedragAchterstandCents', kind: 'cents', description: 'Huurachterstand, euro cents' },
  { name: 'maandenAchterstand', kind: 'count', description: 'Huurachterstand: months of rent in arrears' },
  {
    name: 'bedragPerMaandCents',
    kind: 'cents',
    description: 'Betalingsregeling, euro cents per month; null removes it',
  },
];

/**
 * The facts a correction would change on the read side, for the plug that is being redesigned (issue 14 item 2):
 * which fields carry an episode date, and which carry a signal's term. Wonen keeps the signal fields uncorrectable
 * until the read side recomputes a signal's `dueOn` after a correction.
 */
export const wonenCorrectionFacts = {
  episodeDates: { GESTART: ['datum'], GESTOPT: ['datum'] },
  validityEnd: [] as string[],
  costBasis: [] as readonly string[],
  signalTerm: { [T.huurachterstandGesignaleerd]: 'ontvangenOp', [T.ontruimingDreigt]: 'ontruimingsdatum' },
} as const;

export function validateWonenCorrection(
  entry: HouseholdEvent,
  changes: Readonly<Record<string, unknown>>,
): string | undefined {
  const rule = CORRECTABLE[entry.type];
  if (!rule) return 'Van deze registratie kan niets worden gecorrigeerd; trek haar in en leg haar opnieuw vast';
  const fields = Object.keys(changes);
  const allowed = Object.keys(rule.fields);
  const notAllowed = fields.filter((field) => !allowed.includes(field));
  if (notAllowed.length > 0) {
    return `Van ${rule.label} zijn niet te corrigeren: ${notAllowed.join(', ')} (wel: ${allowed.join(', ')}); trek de registratie zo nodig in en leg haar opnieuw vast`;
  }
  for (const field of fields) {
    const problem = rule.fields[field]!(changes[field]);
    if (problem) return problem;
  }
  if (entry.type === T.laatsteKansAfspraakGemaakt) {
    const data = { ...(entry.data as Record<string, unknown>), ...changes } as { datum: string; einddatum: string };
    if (data.einddatum <= data.datum) return 'De einddatum ligt na de ingangsdatum';
  }
  return undefined;
}
