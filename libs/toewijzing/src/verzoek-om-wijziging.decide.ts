import {
  assertMember,
  berichtField,
  reject,
  type BerichtHerkomst,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import { codeProblem } from './codes';
import { assertSameParties, existingToewijzing } from './context';
import type { Omvang, VerzoekOmWijzigingOntvangen } from './events';
import type { Standard, ToewijzingProfile } from './profile';
import {
  budgetProblem,
  check,
  omvangProblem,
  optionalProductcode,
  optionalText,
  toewijzingShapeProblem,
  validDate,
} from './rules';

/** A 317: the 315 verzoek's fields, the toewijzing it asks to change, and the reason where the message has one. */
export interface VerzoekOmWijzigingCommand {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly gewensteIngangsdatum: LocalDate;
  readonly einddatum?: LocalDate | null;
  readonly omvang?: Omvang | null;
  /** Euro cents. */
  readonly budget?: number | null;
  /** COD327; only in a standard that has a verwijzer (iJw). */
  readonly verwijzer?: string | null;
  /** WJ758 Reden verzoek. */
  readonly reden?: string | null;
  readonly toelichting?: string | null;
  readonly bericht?: BerichtHerkomst | null;
}

/** The requested variant and period, with the same rules as a toewijzing. */
function requestedChange(profile: ToewijzingProfile, command: VerzoekOmWijzigingCommand) {
  const gewensteIngangsdatum = validDate(command.gewensteIngangsdatum, 'gewensteIngangsdatum');
  const einddatum = command.einddatum ?? undefined;
  if (einddatum !== undefined) validDate(einddatum, 'einddatum');
  const omvang = command.omvang ?? undefined;
  const budget = command.budget ?? undefined;
  if (omvang !== undefined) check(omvangProblem(profile.standard, omvang), 'omvang');
  if (budget !== undefined) check(budgetProblem(budget), 'budget');
  const shape = toewijzingShapeProblem({ ingangsdatum: gewensteIngangsdatum, einddatum, omvang, budget });
  if (shape) check(shape.message.replace('ingangsdatum', 'gewenste ingangsdatum'), shape.field);
  return {
    gewensteIngangsdatum,
    ...(einddatum !== undefined ? { einddatum } : {}),
    ...(omvang !== undefined
      ? { omvang: { volume: omvang.volume, eenheid: omvang.eenheid, frequentie: omvang.frequentie } }
      : {}),
    ...(budget !== undefined ? { budget } : {}),
  };
}

function requestCodes(standard: Standard, command: VerzoekOmWijzigingCommand) {
  const verwijzer = command.verwijzer || undefined;
  if (verwijzer !== undefined) {
    const list = standard.codes.verwijzer;
    if (!list) reject('BAD_USER_INPUT', `Een ${standard.name}-verzoek noemt geen verwijzer`, { field: 'verwijzer' });
    else check(codeProblem(list, verwijzer, 'verwijzer'), 'verwijzer');
  }
  const reden = command.reden || undefined;
  if (reden !== undefined) check(codeProblem(standard.codes.redenVerzoek, reden, 'reden'), 'reden');
  return { ...(verwijzer !== undefined ? { verwijzer } : {}), ...(reden !== undefined ? { reden } : {}) };
}

/** A 317: recorded as a request about an existing toewijzing of this aanbieder; it changes nothing itself. */
export function recordVerzoekOmWijziging(
  profile: ToewijzingProfile,
  command: VerzoekOmWijzigingCommand,
  context: DecideContext,
): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  const toewijzing = existingToewijzing(profile, context, command.toewijzingNummer).toewijzing.data;
  assertSameParties(toewijzing, command);
  check(
    codeProblem(profile.standard.codes.productcategorie, command.productcategorie, 'productcategorie'),
    'productcategorie',
  );
  const productcode = optionalProductcode(profile.standard, command.productcode);
  const change = requestedChange(profile, command);
  const codes = requestCodes(profile.standard, command);
  const toelichting = optionalText(command.toelichting);
  const data: VerzoekOmWijzigingOntvangen = {
    toewijzingNummer: command.toewijzingNummer,
    memberId: command.memberId,
    providerAgb: command.providerAgb,
    productcategorie: command.productcategorie,
    ...productcode,
    ...change,
    ...codes,
    ...(toelichting !== undefined ? { toelichting } : {}),
    ...berichtField(command.bericht),
  };
  return [{ type: profile.eventType.verzoekOmWijzigingOntvangen, data }];
}
