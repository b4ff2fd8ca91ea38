import type { HouseholdEvent } from '@regie/household';
import { REINTEGRATIE_SOORT, SCHULDHULP_FASE, VROEGSIGNAAL_SOORT, codeProblem } from './werk-inkomen.codes';
import { WerkInkomenEventType as T, type SchuldhulpFaseGewijzigd } from './werk-inkomen.events';
import { bedragProblem, dateProblem, schuldeiserProblem } from './werk-inkomen.rules';
import { applyChanges } from './werk-inkomen.state';

// Which fields a correction (StatusAanlevering 2) of a Werk & Inkomen entry may change, with checks of the new
// values: dates, and the fase / soort / bedragAchterstand / schuldeiser of the entries that have them. Everything
// else (the person, the provider, ids, the besluit, the resultaat, free text) is not corrected: withdraw the entry
// and record it anew. `null` removes an optional field (only bedragAchterstand is optional here).
// Cross-entry rules (a follow-up not before its signal, not in the future) are checked when recording, not here:
// this function sees one entry only.

type FieldCheck = (value: unknown) => string | undefined;

const date =
  (field: string): FieldCheck =>
  (value) =>
    dateProblem(value, field);

interface Rule {
  readonly label: string;
  readonly traject: boolean;
  readonly fields: Readonly<Record<string, FieldCheck>>;
}

const bijstand = (label: string): Rule => ({ label, traject: false, fields: { datum: date('datum') } });
const schuldhulp = (label: string): Rule => ({
  label,
  traject: true,
  fields: { datum: date('datum'), fase: (value) => codeProblem(SCHULDHULP_FASE, value, 'fase') },
});
const reintegratie = (label: string): Rule => ({
  label,
  traject: true,
  fields: { datum: date('datum'), soort: (value) => codeProblem(REINTEGRATIE_SOORT, value, 'soort') },
});

const CORRECTABLE: Readonly<Record<string, Rule>> = {
  [T.bijstandAangevraagd]: bijstand('een bijstandsaanvraag'),
  [T.bijstandToegekend]: bijstand('een toekenning van bijstand'),
  [T.bijstandAfgewezen]: bijstand('een afwijzing van bijstand'),
  [T.bijstandBeeindigd]: bijstand('een beëindiging van bijstand'),
  [T.vroegsignaalOntvangen]: {
    label: 'een vroegsignaal',
    traject: false,
    fields: {
      ontvangenOp: date('ontvangenOp'),
      soort: (value) => codeProblem(VROEGSIGNAAL_SOORT, value, 'soort'),
      bedragAchterstand: (value) => (value === null ? undefined : bedragProblem(value)),
      schuldeiser: schuldeiserProblem,
    },
  },
  [T.vroegsignaalOpgevolgd]: {
    label: 'een opvolging van een vroegsignaal',
    traject: false,
    fields: { datum: date('datum') },
  },
  [T.schuldhulpGestart]: schuldhulp('de start van een schuldhulptraject'),
  [T.schuldhulpFaseGewijzigd]: schuldhulp('een fasewijziging van een schuldhulptraject'),
  [T.schuldhulpBeeindigd]: schuldhulp('het einde van een schuldhulptraject'),
  [T.reintegratieGestart]: reintegratie('de start van een re-integratietraject'),
  [T.reintegratieBeeindigd]: reintegratie('het einde van een re-integratietraject'),
};

export function validateWerkInkomenCorrection(
  entry: HouseholdEvent,
  changes: Readonly<Record<string, unknown>>,
): string | undefined {
  const rule = CORRECTABLE[entry.type];
  if (!rule) return 'Van deze registratie kan niets worden gecorrigeerd; trek haar in en leg haar opnieuw vast';
  const fields = Object.keys(changes);
  if (rule.traject && fields.includes('memberId')) {
    return 'De persoon van een traject kan niet worden gecorrigeerd; trek de registratie in en leg het traject opnieuw vast voor de juiste persoon';
  }
  const allowed = Object.keys(rule.fields);
  const notAllowed = fields.filter((field) => !allowed.includes(field));
  if (notAllowed.length > 0) {
    return `Van ${rule.label} zijn niet te corrigeren: ${notAllowed.join(', ')} (wel: ${allowed.join(', ')}); trek de registratie zo nodig in en leg haar opnieuw vast`;
  }
  for (const field of fields) {
    const problem = rule.fields[field]!(changes[field]);
    if (problem) return problem;
  }
  if (entry.type === T.schuldhulpFaseGewijzigd) {
    const corrected = applyChanges(entry.data as SchuldhulpFaseGewijzigd, changes);
    if (corrected.fase === corrected.vorigeFase) {
      return `Een fasewijziging naar dezelfde fase (${SCHULDHULP_FASE[corrected.fase]}) is geen wijziging`;
    }
  }
  return undefined;
}
