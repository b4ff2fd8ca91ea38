import {
  assertMember,
  reject,
  type BerichtHerkomst,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import { codeProblem } from './codes';
import { assertSameParties, existingToewijzing, lifecycleState } from './context';
import type { DeclaratieOntvangen } from './events';
import type { ToewijzingProfile } from './profile';
import { check, isPositiveInteger, optionalProductcode, validDate } from './rules';
import { entriesOf } from './state';

/** One line of a 323 declaratie as a command (TEAM.md contract between the life cycle and libs/berichten-import). */
export interface DeclaratieCommand {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly declaratieNummer: string;
  readonly productReferentie: string;
  readonly periodBegin: LocalDate;
  readonly periodEnd: LocalDate;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly geleverdVolume: number;
  readonly eenheid: string;
  readonly productTariefCents?: number | null;
  /** Euro cents, > 0; `debetCredit` gives the sign. */
  readonly ingediendBedragCents: number;
  readonly debetCredit: 'D' | 'C';
  readonly bericht: BerichtHerkomst;
}

/** DeclaratieNummer and ProductReferentie: LDT_Referentie, 1 to 20 characters. */
const referenceProblem = (value: unknown, field: string): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= 20
    ? undefined
    : `${field} is een verwijzing van 1 tot 20 tekens`;

/** The debit line this line is (a debit) or corrects (a credit): the credit takes over the debit's reference. */
function lineReferenceOf(profile: ToewijzingProfile, context: DecideContext, command: DeclaratieCommand): string {
  const lines = entriesOf<DeclaratieOntvangen>(lifecycleState(profile, context), profile.eventType.declaratieOntvangen)
    .map((entry) => entry.data)
    .filter((line) => line.providerAgb === command.providerAgb && line.productReferentie === command.productReferentie);
  const debit = lines.find((line) => line.debetCredit === 'D');
  const credited = debit !== undefined && lines.some((line) => line.debetCredit === 'C');
  if (command.debetCredit === 'D') {
    if (debit && !credited) {
      reject(
        'BAD_USER_INPUT',
        `ProductReferentie ${command.productReferentie} is al gedeclareerd (declaratie ${debit.declaratieNummer}); crediteer die regel eerst`,
        { field: 'productReferentie' },
      );
    }
    return `${command.declaratieNummer}/${command.productReferentie}`;
  }
  if (!debit || credited) {
    return reject(
      'BAD_USER_INPUT',
      `Een creditregel verwijst naar een eerdere, niet gecrediteerde debetregel met ProductReferentie ${command.productReferentie}; die is er niet`,
      { field: 'productReferentie' },
    );
  }
  if (debit.toewijzingNummer !== command.toewijzingNummer) {
    reject('BAD_USER_INPUT', `De debetregel hoort bij toewijzing ${debit.toewijzingNummer}`, {
      field: 'toewijzingNummer',
    });
  }
  return debit.lineReference;
}

/** The period of a line lies within the toewijzing's validity. */
function assertPeriod(command: DeclaratieCommand, toewijzing: { ingangsdatum: LocalDate; einddatum?: LocalDate }) {
  const periodBegin = validDate(command.periodBegin, 'periodBegin');
  const periodEnd = validDate(command.periodEnd, 'periodEnd');
  if (periodEnd < periodBegin) {
    reject('BAD_USER_INPUT', `periodEnd ${periodEnd} ligt vóór periodBegin ${periodBegin}`, { field: 'periodEnd' });
  }
  if (periodBegin < toewijzing.ingangsdatum) {
    reject(
      'BAD_USER_INPUT',
      `periodBegin ${periodBegin} ligt vóór de ingangsdatum ${toewijzing.ingangsdatum} van de toewijzing`,
      { field: 'periodBegin' },
    );
  }
  if (toewijzing.einddatum !== undefined && periodEnd > toewijzing.einddatum) {
    reject('BAD_USER_INPUT', `periodEnd ${periodEnd} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing`, {
      field: 'periodEnd',
    });
  }
}

const amountProblem = (value: unknown, field: string): string | undefined =>
  isPositiveInteger(value) ? undefined : `${field} is een positief geheel getal`;

/** A 323 line: realised cost of a toewijzing of this aanbieder, within its validity. */
export function recordDeclaratie(
  profile: ToewijzingProfile,
  command: DeclaratieCommand,
  context: DecideContext,
): DraftEvent[] {
  const { codes } = profile.standard;
  assertMember(context.state.core, command.memberId);
  const toewijzing = existingToewijzing(profile, context, command.toewijzingNummer).toewijzing.data;
  assertSameParties(toewijzing, command);
  check(referenceProblem(command.declaratieNummer, 'declaratieNummer'), 'declaratieNummer');
  check(referenceProblem(command.productReferentie, 'productReferentie'), 'productReferentie');
  assertPeriod(command, toewijzing);
  check(codeProblem(codes.productcategorie, command.productcategorie, 'productcategorie'), 'productcategorie');
  if (command.productcategorie !== toewijzing.productcategorie) {
    reject(
      'BAD_USER_INPUT',
      `productcategorie ${command.productcategorie} is niet die van de toewijzing (${toewijzing.productcategorie})`,
      { field: 'productcategorie' },
    );
  }
  const productcode = optionalProductcode(profile.standard, command.productcode);
  check(amountProblem(command.geleverdVolume, 'geleverdVolume'), 'geleverdVolume');
  check(codeProblem(codes.eenheid, command.eenheid, 'eenheid'), 'eenheid');
  const productTariefCents = command.productTariefCents ?? undefined;
  if (productTariefCents !== undefined) {
    check(amountProblem(productTariefCents, 'productTariefCents'), 'productTariefCents');
  }
  check(amountProblem(command.ingediendBedragCents, 'ingediendBedragCents'), 'ingediendBedragCents');
  if (command.debetCredit !== 'D' && command.debetCredit !== 'C') {
    reject('BAD_USER_INPUT', 'debetCredit is D (debet) of C (credit)', { field: 'debetCredit' });
  }
  const data: DeclaratieOntvangen = {
    memberId: command.memberId,
    providerAgb: command.providerAgb,
    toewijzingNummer: command.toewijzingNummer,
    declaratieNummer: command.declaratieNummer,
    productReferentie: command.productReferentie,
    lineReference: lineReferenceOf(profile, context, command),
    periodBegin: command.periodBegin,
    periodEnd: command.periodEnd,
    productcategorie: command.productcategorie,
    ...productcode,
    geleverdVolume: command.geleverdVolume,
    eenheid: command.eenheid,
    ...(productTariefCents !== undefined ? { productTariefCents } : {}),
    ingediendBedragCents: command.ingediendBedragCents,
    debetCredit: command.debetCredit,
    bericht: command.bericht,
  };
  return [{ type: profile.eventType.declaratieOntvangen, data, occurredAt: command.periodEnd }];
}
