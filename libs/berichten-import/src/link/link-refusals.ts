// Why a link from the queue was refused, in words for the functioneel beheerder. The import's reasons speak to the
// system that sent the message ("stuur het bericht opnieuw"); a refused link leaves the message waiting, so the
// beheerder needs to know what to do with it instead. Pure.
import type { Bericht } from '@regie/berichten';
import type { ImportRejection } from '../import-rejection';

export const TOEWIJZING_WAITS =
  'De toewijzing (301) met dit ToewijzingNummer wacht zelf nog in de wachtrij. Koppel eerst de toewijzing (301) van deze cliënt. Daarna kunt u dit bericht koppelen.';

export const TOEWIJZING_MISSING =
  'Regie heeft in dit huishouden geen toewijzing met dit ToewijzingNummer voor deze aanbieder en cliënt. Het bericht blijft wachten. Koppel het opnieuw als de toewijzing (301) in Regie staat, of verwijder het met een reden.';

export const CLIENTS_MISSING =
  'Niet alle cliënten van deze declaratie staan in één huishouden van de gemeente. Voeg ze eerst toe. Het bericht blijft wachten.';

/**
 * The refusals of a link as the beheerder reads them. `waiting`: the other messages that still wait in the queue
 * (of the same client), to tell "link its toewijzing first" from "Regie has no such toewijzing".
 */
export function linkRefusals(
  bericht: Bericht,
  rejections: readonly ImportRejection[],
  waiting: readonly Bericht[],
): ImportRejection[] {
  const nummers = new Set(toewijzingNummersNamedBy(bericht));
  const toewijzingWaits = waiting.some(
    (other) =>
      other.soort === 'toewijzing' &&
      other.aanbieder === bericht.aanbieder &&
      other.client.toegewezenProducten.some((product) => nummers.has(product.toewijzingNummer)),
  );
  return rejections.map((rejection) =>
    rejection.code === 'TOEWIJZING_NOT_FOUND'
      ? { ...rejection, reason: toewijzingWaits ? TOEWIJZING_WAITS : TOEWIJZING_MISSING }
      : rejection,
  );
}

/** The ToewijzingNummers a start, stop, verzoek om wijziging or declaratie refers to. */
export function toewijzingNummersNamedBy(bericht: Bericht): string[] {
  const named = (() => {
    switch (bericht.soort) {
      case 'startZorg':
        return bericht.client.startProducten.map((product) => product.toewijzingNummer);
      case 'stopZorg':
        return bericht.client.stopProducten.map((product) => product.toewijzingNummer);
      case 'verzoekOmWijziging':
        return bericht.client.verzoek.teWijzigenProducten.map((product) => product.toewijzingNummer);
      case 'declaratie':
        return bericht.declaratie.clienten.flatMap((client) => client.prestaties.map((p) => p.toewijzingNummer));
      default:
        return [];
    }
  })();
  return named.filter((nummer): nummer is string => nummer !== undefined);
}

/** A 323 whose other clients are not all found in a household: it keeps waiting. */
export const clientsMissing = (): ImportRejection => ({ code: 'MEMBER_NOT_FOUND', path: '', reason: CLIENTS_MISSING });
