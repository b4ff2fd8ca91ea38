import {
  assertMember,
  assertNotInFuture,
  assertProvider,
  berichtField,
  reject,
  tariefPerEenheidProblem,
  type BerichtHerkomst,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import { codeProblem } from './codes';
import { lifecycleState } from './context';
import type { Omvang, ToewijzingVastgelegd, VerzoekOmToewijzingOntvangen } from './events';
import type { Standard, ToewijzingProfile } from './profile';
import {
  budgetProblem,
  check,
  omvangProblem,
  optionalProductcode,
  optionalText,
  toewijzingNummerProblem,
  toewijzingShapeProblem,
  validDate,
} from './rules';
import { toewijzingWithNummer, type LifecycleState } from './state';

// Pure deciders of the 315 and 301: (profile, command, context) => drafts, or a typed rejection. No clock, no
// randomness: "today" is context.today; the household's existence and openness are checked before these run.

export interface VerzoekOmToewijzingCommand {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly gewensteIngangsdatum: LocalDate;
  /** COD327: required in a standard that has it (iJw), absent in iWmo. */
  readonly verwijzer?: string | null;
  readonly note?: string | null;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface ToewijzingCommand {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate | null;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly omvang?: Omvang | null;
  /** Euro cents. */
  readonly budget?: number | null;
  /** COD327: required in a standard that has it (iJw), absent in iWmo. */
  readonly verwijzer?: string | null;
  /** The contract's price per eenheid in euro cents; only with an omvang. */
  readonly tariefPerEenheid?: number | null;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

/** What a domain adds to its 301: its own checks and fields (Jeugd: note and afweging; Wmo: the besluit). */
export interface ToewijzingExtension<Command> {
  check?(command: Command, state: LifecycleState, context: DecideContext): void;
  fields?(command: Command, context: DecideContext): Record<string, unknown>;
}

/** The verwijzer where the standard has one: required and from COD327; nothing where it has none. */
function verwijzerField(standard: Standard, verwijzer: string | null | undefined): { verwijzer?: string } {
  const list = standard.codes.verwijzer;
  if (!list) return {};
  check(codeProblem(list, verwijzer, 'verwijzer'), 'verwijzer');
  return { verwijzer: verwijzer! };
}

const productcategorieProblem = (standard: Standard, value: unknown) =>
  codeProblem(standard.codes.productcategorie, value, 'productcategorie');

/** As the 315: an aanbieder asks for a toewijzing for a member. */
export function recordVerzoekOmToewijzing(
  profile: ToewijzingProfile,
  command: VerzoekOmToewijzingCommand,
  context: DecideContext,
): DraftEvent[] {
  const { standard } = profile;
  assertMember(context.state.core, command.memberId);
  assertProvider(context.providers, command.providerAgb, profile.domain);
  check(productcategorieProblem(standard, command.productcategorie), 'productcategorie');
  const productcode = optionalProductcode(standard, command.productcode);
  validDate(command.gewensteIngangsdatum, 'gewensteIngangsdatum');
  const verwijzer = verwijzerField(standard, command.verwijzer);
  const note = optionalText(command.note);
  const data: VerzoekOmToewijzingOntvangen = {
    memberId: command.memberId,
    providerAgb: command.providerAgb,
    productcategorie: command.productcategorie,
    ...productcode,
    gewensteIngangsdatum: command.gewensteIngangsdatum,
    ...verwijzer,
    ...(note !== undefined ? { note } : {}),
    ...berichtField(command.bericht),
  };
  return [{ type: profile.eventType.verzoekOmToewijzingOntvangen, data }];
}

/** Variant and period of a 301: omvang or budget or neither, einddatum not before the ingangsdatum. */
function variant(standard: Standard, command: ToewijzingCommand) {
  validDate(command.ingangsdatum, 'ingangsdatum');
  const einddatum = command.einddatum ?? undefined;
  if (einddatum !== undefined) validDate(einddatum, 'einddatum');
  check(productcategorieProblem(standard, command.productcategorie), 'productcategorie');
  const productcode = optionalProductcode(standard, command.productcode);
  const omvang = command.omvang ?? undefined;
  const budget = command.budget ?? undefined;
  if (omvang !== undefined) check(omvangProblem(standard, omvang), 'omvang');
  if (budget !== undefined) check(budgetProblem(budget), 'budget');
  const shape = toewijzingShapeProblem({ ingangsdatum: command.ingangsdatum, einddatum, omvang, budget });
  if (shape) check(shape.message, shape.field);
  return {
    ...(einddatum !== undefined ? { einddatum } : {}),
    ...productcode,
    ...(omvang !== undefined
      ? { omvang: { volume: omvang.volume, eenheid: omvang.eenheid, frequentie: omvang.frequentie } }
      : {}),
    ...(budget !== undefined ? { budget } : {}),
  };
}

/** As the 301: the gemeente assigns care (specific with omvang, aspecific, or with a budget). */
export function recordToewijzing<Command extends ToewijzingCommand>(
  profile: ToewijzingProfile,
  command: Command,
  context: DecideContext,
  extension: ToewijzingExtension<Command> = {},
): DraftEvent[] {
  const { standard } = profile;
  assertMember(context.state.core, command.memberId);
  assertProvider(context.providers, command.providerAgb, profile.domain);
  check(toewijzingNummerProblem(command.toewijzingNummer), 'toewijzingNummer');
  validDate(command.toewijzingsdatum, 'toewijzingsdatum');
  assertNotInFuture(command.toewijzingsdatum, context.today, 'toewijzingsdatum');
  const fields = variant(standard, command);
  const verwijzer = verwijzerField(standard, command.verwijzer);
  const tariefPerEenheidCents = command.tariefPerEenheid ?? undefined;
  check(tariefPerEenheidProblem(tariefPerEenheidCents, fields.omvang), 'tariefPerEenheid');
  const state = lifecycleState(profile, context);
  extension.check?.(command, state, context);
  const earlier = toewijzingWithNummer(profile, state, command.toewijzingNummer);
  if (earlier) {
    reject(
      'DUPLICATE_TOEWIJZINGNUMMER',
      `ToewijzingNummer ${command.toewijzingNummer} is in dit huishouden al gebruikt${earlier.withdrawn ? ' (ingetrokken toewijzing)' : ''}; kies een nieuw nummer (${standard.name} retourcode 9332)`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const data: ToewijzingVastgelegd = {
    memberId: command.memberId,
    providerAgb: command.providerAgb,
    toewijzingNummer: command.toewijzingNummer,
    toewijzingsdatum: command.toewijzingsdatum,
    ingangsdatum: command.ingangsdatum,
    productcategorie: command.productcategorie,
    ...fields,
    ...verwijzer,
    ...(tariefPerEenheidCents !== undefined ? { tariefPerEenheidCents } : {}),
    ...extension.fields?.(command, context),
    ...berichtField(command.bericht),
  };
  return [{ type: profile.eventType.toewijzingVastgelegd, data, occurredAt: command.toewijzingsdatum }];
}
