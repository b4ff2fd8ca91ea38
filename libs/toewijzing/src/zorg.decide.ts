import {
  assertMember,
  assertNotInFuture,
  berichtField,
  reject,
  type BerichtHerkomst,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import { codeProblem } from './codes';
import { existingToewijzing } from './context';
import type { ZorgGestart, ZorgGestopt } from './events';
import type { ToewijzingProfile } from './profile';
import { check, validDate } from './rules';

// Pure deciders of the 305 and 307, keyed on the ToewijzingNummer: member, provider and product come from the
// toewijzing.

export interface ZorgStartCommand {
  readonly toewijzingNummer: string;
  readonly begindatum: LocalDate;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface ZorgStopCommand {
  readonly toewijzingNummer: string;
  readonly einddatum: LocalDate;
  readonly redenBeeindiging: string;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

const outside = (field: string, message: string): never => reject('BAD_USER_INPUT', message, { field });

/** As the 305: the aanbieder started the care of a toewijzing. */
export function recordZorgStart(
  profile: ToewijzingProfile,
  command: ZorgStartCommand,
  context: DecideContext,
): DraftEvent[] {
  const { name } = profile.standard;
  const view = existingToewijzing(profile, context, command.toewijzingNummer);
  const toewijzing = view.toewijzing.data;
  assertMember(context.state.core, toewijzing.memberId);
  if (view.current && !view.current.stop) {
    reject(
      'INVALID_STATE',
      `De ${profile.care} voor toewijzing ${command.toewijzingNummer} is al gestart op ${view.current.start.data.begindatum} en nog niet gestopt`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const begindatum = validDate(command.begindatum, 'begindatum');
  if (begindatum < toewijzing.ingangsdatum) {
    outside(
      'begindatum',
      `begindatum ${begindatum} ligt vóór de ingangsdatum ${toewijzing.ingangsdatum} van de toewijzing (${name} retourcode 9307)`,
    );
  }
  if (toewijzing.einddatum !== undefined && begindatum > toewijzing.einddatum) {
    outside(
      'begindatum',
      `begindatum ${begindatum} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing (${name} retourcode 9308)`,
    );
  }
  const previousEnd = view.current?.stop?.data.einddatum;
  if (previousEnd !== undefined && begindatum <= previousEnd) {
    outside(
      'begindatum',
      `begindatum ${begindatum} overlapt met de vorige periode van deze toewijzing (gestopt op ${previousEnd})`,
    );
  }
  assertNotInFuture(begindatum, context.today, 'begindatum');
  const data: ZorgGestart = {
    toewijzingNummer: toewijzing.toewijzingNummer,
    memberId: toewijzing.memberId,
    providerAgb: toewijzing.providerAgb,
    productcategorie: toewijzing.productcategorie,
    ...(toewijzing.productcode !== undefined ? { productcode: toewijzing.productcode } : {}),
    begindatum,
    ...berichtField(command.bericht),
  };
  return [{ type: profile.eventType.zorgGestart, data, occurredAt: begindatum }];
}

/** As the 307: the aanbieder stopped the running care of a toewijzing. */
export function recordZorgStop(
  profile: ToewijzingProfile,
  command: ZorgStopCommand,
  context: DecideContext,
): DraftEvent[] {
  const view = existingToewijzing(profile, context, command.toewijzingNummer);
  const toewijzing = view.toewijzing.data;
  const current = view.current;
  if (!current) {
    return reject(
      'INVALID_STATE',
      `De ${profile.care} voor toewijzing ${command.toewijzingNummer} is nog niet gestart`,
      {
        toewijzingNummer: command.toewijzingNummer,
      },
    );
  }
  if (current.stop) {
    reject(
      'INVALID_STATE',
      `De ${profile.care} voor toewijzing ${command.toewijzingNummer} is al gestopt op ${current.stop.data.einddatum}`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const einddatum = validDate(command.einddatum, 'einddatum');
  check(
    codeProblem(profile.standard.codes.redenBeeindiging, command.redenBeeindiging, 'redenBeeindiging'),
    'redenBeeindiging',
  );
  const { begindatum } = current.start.data;
  if (einddatum < begindatum) {
    outside('einddatum', `einddatum ${einddatum} ligt vóór de begindatum ${begindatum} van de ${profile.care}`);
  }
  if (toewijzing.einddatum !== undefined && einddatum > toewijzing.einddatum) {
    outside(
      'einddatum',
      `einddatum ${einddatum} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing (${profile.standard.name} retourcode 9308)`,
    );
  }
  assertNotInFuture(einddatum, context.today, 'einddatum');
  const data: ZorgGestopt = {
    toewijzingNummer: toewijzing.toewijzingNummer,
    memberId: toewijzing.memberId,
    providerAgb: toewijzing.providerAgb,
    productcategorie: toewijzing.productcategorie,
    ...(toewijzing.productcode !== undefined ? { productcode: toewijzing.productcode } : {}),
    begindatum,
    einddatum,
    redenBeeindiging: command.redenBeeindiging,
    ...berichtField(command.bericht),
  };
  return [{ type: profile.eventType.zorgGestopt, data, occurredAt: einddatum }];
}
