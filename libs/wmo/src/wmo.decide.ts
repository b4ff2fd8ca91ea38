import {
  assertMember,
  assertNotInFuture,
  maatwerkAfweging,
  reject,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import {
  WMO_CONCLUSIE,
  WMO_TREDE_NAMEN,
  WMO_TREDEN,
  type WmoBesluitUitkomst,
  type WmoConclusie,
  type WmoToereikend,
  type WmoTredeNaam,
} from './wmo.codes';
import {
  WMO_DOMAIN,
  WmoEventType,
  type BesluitGenomen,
  type MeldingOntvangen,
  type OnderzoekAfgerond,
  type WmoTrede,
} from './wmo.events';
import { check, notBefore, optionalText, requiredId, requiredText, validDate, wmoState } from './wmo.guards';
import {
  besluitShapeProblem,
  conclusieProblem,
  productcategorieProblem,
  toereikendProblem,
  uitkomstProblem,
} from './wmo.rules';
import { besluitWithId, findMelding, meldingWithId } from './wmo.state';
import { wmoLadderRungs } from './wmo.ladder';
import { onderzoekUiterlijk } from './wmo.termijn';

// Pure deciders of the Wmo procedure (melding → onderzoek → besluit): (command, context) => drafts, or a typed
// rejection. No clock, no randomness: ids come in the command, "today" is context.today. The household's existence
// and openness are checked before these run. Toewijzing, start and stop are in wmo.zorg.decide.ts.

export interface RecordWmoMelding {
  /** Chosen by the resolver (or the client, to make a retry safe). */
  readonly meldingId: string;
  readonly memberId: string;
  readonly meldingsdatum: LocalDate;
  readonly hulpvraag: string;
}

/**
 * One rung as the command gives it, in the words every ladder in the api uses (`considered`, `sufficient`); the
 * event keeps the Wmo's own (`overwogen`, `toereikend`), as it always has.
 */
export interface WmoTredeCommand {
  readonly considered: boolean;
  readonly sufficient: string;
  readonly toelichting?: string | null;
}

export interface RecordWmoOnderzoek {
  readonly meldingId: string;
  readonly afgerondOp: LocalDate;
  readonly keukentafelgesprekOp?: LocalDate | null;
  readonly eigenKracht: WmoTredeCommand;
  readonly gebruikelijkeHulp: WmoTredeCommand;
  readonly mantelzorg: WmoTredeCommand;
  readonly sociaalNetwerk: WmoTredeCommand;
  readonly algemeneVoorziening: WmoTredeCommand;
  readonly conclusie: string;
}

export interface RecordWmoBesluit {
  /** Chosen by the resolver (or the client); a toewijzing refers to it. */
  readonly besluitId: string;
  readonly meldingId: string;
  readonly besluitdatum: LocalDate;
  readonly uitkomst: string;
  readonly productcategorie?: string | null;
  readonly algemeneVoorziening?: string | null;
  readonly motivering: string;
  /** TOEGEKEND: why none of the catalogue's alternatives for the productcategorie fits; required when there are any. */
  readonly redenGeenAlternatief?: string | null;
}

/** A melding of a hulpvraag: starts the onderzoek of at most six weeks (Wmo 2015 art. 2.3.2). */
export function recordWmoMelding(command: RecordWmoMelding, context: DecideContext): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  const meldingId = requiredId(command.meldingId, 'meldingId');
  const meldingsdatum = validDate(command.meldingsdatum, 'meldingsdatum');
  assertNotInFuture(meldingsdatum, context.today, 'meldingsdatum');
  const hulpvraag = requiredText(command.hulpvraag, 'hulpvraag', 'hulpvraag (de vraag van de melder)');
  if (meldingWithId(wmoState(context), meldingId)) {
    reject('INVALID_STATE', `Melding ${meldingId} is al vastgelegd`, { meldingId });
  }
  const data: MeldingOntvangen = {
    meldingId,
    memberId: command.memberId,
    meldingsdatum,
    onderzoekUiterlijk: onderzoekUiterlijk(meldingsdatum),
    hulpvraag,
  };
  return [{ type: WmoEventType.meldingOntvangen, data, occurredAt: meldingsdatum }];
}

function trede(naam: WmoTredeNaam, value: WmoTredeCommand | null | undefined): WmoTrede {
  const label = WMO_TREDEN[naam];
  if (typeof value !== 'object' || value === null) {
    return reject('BAD_USER_INPUT', `${naam}: de trede ${label} ontbreekt; het onderzoek slaat geen trede over`, {
      field: naam,
    });
  }
  if (typeof value.considered !== 'boolean') {
    reject('BAD_USER_INPUT', `${naam}.considered: geef aan of ${label} is overwogen (true/false)`, {
      field: `${naam}.considered`,
    });
  }
  check(toereikendProblem(value.sufficient, `${naam}.sufficient`), `${naam}.sufficient`);
  const toelichting = optionalText(value.toelichting);
  return {
    overwogen: value.considered,
    toereikend: value.sufficient as WmoToereikend,
    ...(toelichting !== undefined ? { toelichting } : {}),
  };
}

/** A maatwerkvoorziening is needed only when every rung was weighed and none suffices (art. 2.3.5 lid 3). */
function assertLadderClimbed(treden: Record<WmoTredeNaam, WmoTrede>): void {
  for (const naam of WMO_TREDE_NAMEN) {
    const label = WMO_TREDEN[naam];
    if (!treden[naam].overwogen) {
      reject(
        'BAD_USER_INPUT',
        `Conclusie ${WMO_CONCLUSIE.MAATWERKVOORZIENING_NODIG} kan pas als elke trede is overwogen; ${label} (${naam}) is niet overwogen`,
        { field: `${naam}.considered` },
      );
    }
    if (treden[naam].toereikend === 'JA') {
      reject(
        'BAD_USER_INPUT',
        `Conclusie ${WMO_CONCLUSIE.MAATWERKVOORZIENING_NODIG} past niet bij een toereikende trede: ${label} (${naam}) is toereikend`,
        { field: `${naam}.sufficient` },
      );
    }
  }
}

/** The onderzoek of an open melding, with what was found on every rung of the ladder. */
export function recordWmoOnderzoek(command: RecordWmoOnderzoek, context: DecideContext): DraftEvent[] {
  const view = findMelding(wmoState(context), command.meldingId);
  if (!view) {
    return reject('ENTRY_NOT_FOUND', `Geen (geldige) melding ${command.meldingId} in dit huishouden`, {
      meldingId: command.meldingId,
    });
  }
  if (view.onderzoek) {
    reject(
      'INVALID_STATE',
      `Het onderzoek van melding ${command.meldingId} is al afgerond op ${view.onderzoek.data.afgerondOp}`,
      { meldingId: command.meldingId },
    );
  }
  const melding = view.melding.data;
  assertMember(context.state.core, melding.memberId);
  const afgerondOp = validDate(command.afgerondOp, 'afgerondOp');
  notBefore(afgerondOp, melding.meldingsdatum, 'afgerondOp', 'de meldingsdatum');
  assertNotInFuture(afgerondOp, context.today, 'afgerondOp');
  const keukentafelgesprekOp = command.keukentafelgesprekOp ?? undefined;
  if (keukentafelgesprekOp !== undefined) {
    validDate(keukentafelgesprekOp, 'keukentafelgesprekOp');
    notBefore(keukentafelgesprekOp, melding.meldingsdatum, 'keukentafelgesprekOp', 'de meldingsdatum');
    if (keukentafelgesprekOp > afgerondOp) {
      reject(
        'BAD_USER_INPUT',
        `keukentafelgesprekOp ${keukentafelgesprekOp} ligt na de afronding van het onderzoek (${afgerondOp})`,
        { field: 'keukentafelgesprekOp' },
      );
    }
  }
  const treden = Object.fromEntries(WMO_TREDE_NAMEN.map((naam) => [naam, trede(naam, command[naam])])) as Record<
    WmoTredeNaam,
    WmoTrede
  >;
  check(conclusieProblem(command.conclusie), 'conclusie');
  const conclusie = command.conclusie as WmoConclusie;
  if (conclusie === 'MAATWERKVOORZIENING_NODIG') assertLadderClimbed(treden);
  const data: OnderzoekAfgerond = {
    meldingId: melding.meldingId,
    memberId: melding.memberId,
    afgerondOp,
    ...(keukentafelgesprekOp !== undefined ? { keukentafelgesprekOp } : {}),
    onderzoekUiterlijk: melding.onderzoekUiterlijk,
    ...treden,
    conclusie,
  };
  return [{ type: WmoEventType.onderzoekAfgerond, data, occurredAt: afgerondOp }];
}

/** The besluit (beschikking) on a melding whose onderzoek is done. */
export function recordWmoBesluit(command: RecordWmoBesluit, context: DecideContext): DraftEvent[] {
  const state = wmoState(context);
  const view = findMelding(state, command.meldingId);
  if (!view) {
    return reject('ENTRY_NOT_FOUND', `Geen (geldige) melding ${command.meldingId} in dit huishouden`, {
      meldingId: command.meldingId,
    });
  }
  const onderzoek = view.onderzoek?.data;
  if (!onderzoek) {
    return reject('INVALID_STATE', `Het onderzoek van melding ${command.meldingId} is nog niet afgerond`, {
      meldingId: command.meldingId,
    });
  }
  if (view.besluit) {
    reject(
      'INVALID_STATE',
      `Op melding ${command.meldingId} is al besloten op ${view.besluit.data.besluitdatum}; corrigeer of trek dat besluit in`,
      { meldingId: command.meldingId },
    );
  }
  const besluitId = requiredId(command.besluitId, 'besluitId');
  if (besluitWithId(state, besluitId)) reject('INVALID_STATE', `Besluit ${besluitId} is al vastgelegd`, { besluitId });
  const melding = view.melding.data;
  assertMember(context.state.core, melding.memberId);
  const besluitdatum = validDate(command.besluitdatum, 'besluitdatum');
  notBefore(besluitdatum, onderzoek.afgerondOp, 'besluitdatum', 'de afronding van het onderzoek');
  assertNotInFuture(besluitdatum, context.today, 'besluitdatum');
  check(uitkomstProblem(command.uitkomst), 'uitkomst');
  const uitkomst = command.uitkomst as WmoBesluitUitkomst;
  const productcategorie = command.productcategorie || undefined;
  if (productcategorie !== undefined) check(productcategorieProblem(productcategorie), 'productcategorie');
  const algemeneVoorziening = optionalText(command.algemeneVoorziening);
  const shape = besluitShapeProblem({ uitkomst, productcategorie, algemeneVoorziening });
  check(shape, uitkomst === 'TOEGEKEND' ? 'productcategorie' : 'algemeneVoorziening');
  const motivering = requiredText(command.motivering, 'motivering', 'motivering van het besluit');
  const data: BesluitGenomen = {
    besluitId,
    meldingId: melding.meldingId,
    memberId: melding.memberId,
    besluitdatum,
    uitkomst,
    ...(productcategorie !== undefined ? { productcategorie } : {}),
    ...(algemeneVoorziening !== undefined ? { algemeneVoorziening } : {}),
    motivering,
    ...(uitkomst === 'TOEGEKEND'
      ? {
          afweging: maatwerkAfweging(context, {
            domain: WMO_DOMAIN,
            memberId: melding.memberId,
            ladder: { rungs: wmoLadderRungs(onderzoek) },
            redenGeenAlternatief: command.redenGeenAlternatief,
          }),
        }
      : {}),
  };
  return [{ type: WmoEventType.besluitGenomen, data, occurredAt: besluitdatum }];
}
