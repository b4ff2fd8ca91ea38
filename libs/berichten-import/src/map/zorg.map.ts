// JW305/WMO305 and JW307/WMO307: StatusAanlevering 1 records a start or stop, 3 withdraws the one with the same
// key (Bsn + ToewijzingNummer + Begindatum, for a stop also Einddatum). Release 3.2 has no 2 in these messages: a
// correction is a 3 and then a 1, in one message or two (CS058, OP033x2).
import type { StartZorgbericht, StopProduct, StopZorgbericht } from '@regie/berichten';
import { householdDecide, type BerichtHerkomst } from '@regie/household';
import { herkomstOf } from '../herkomst';
import type { ImportRejection } from '../import-rejection';
import type { PeriodRef, ToewijzingRef, ZorgDomain } from '../zorg-domain';
import type { FieldPaths, Steps } from './steps';

const FIELDS: FieldPaths = {
  toewijzingNummer: 'ToewijzingNummer',
  begindatum: 'Begindatum',
  einddatum: 'Einddatum',
  redenBeeindiging: 'RedenBeeindiging',
  memberId: '/Client/Bsn',
};

export function mapStartZorg(bericht: StartZorgbericht, memberId: string, domain: ZorgDomain, steps: Steps): void {
  bericht.client.startProducten.forEach((product, index) => {
    const path = `Client/StartProducten/StartProduct[${index + 1}]`;
    const found = toewijzingOf(bericht.aanbieder, memberId, product.toewijzingNummer, domain, steps, path);
    if (!found) return;
    const herkomst = herkomstOf(bericht, { toewijzingNummer: found.toewijzing.data.toewijzingNummer });
    const period = found.periods.find((candidate) => candidate.start.data.begindatum === product.begindatum);
    if (product.statusAanlevering === '3') {
      if (!period) return steps.refuse(notFound(path, 'start'));
      withdraw(steps, path, period.stop?.id, herkomst, 'stop');
      withdraw(steps, path, period.start.id, herkomst, 'start');
      return;
    }
    if (period) return; // this start is in Regie already (the same product sent again)
    steps.run(path, FIELDS, (context) =>
      domain.recordZorgStart(
        { toewijzingNummer: found.toewijzing.data.toewijzingNummer, begindatum: product.begindatum, bericht: herkomst },
        context,
      ),
    );
  });
}

export function mapStopZorg(bericht: StopZorgbericht, memberId: string, domain: ZorgDomain, steps: Steps): void {
  bericht.client.stopProducten.forEach((product, index) => {
    const path = `Client/StopProducten/StopProduct[${index + 1}]`;
    const found = toewijzingOf(bericht.aanbieder, memberId, product.toewijzingNummer, domain, steps, path);
    if (!found) return;
    const herkomst = herkomstOf(bericht, { toewijzingNummer: found.toewijzing.data.toewijzingNummer });
    const period = found.periods.find((candidate) => candidate.start.data.begindatum === product.begindatum);
    if (product.statusAanlevering === '3') {
      if (!period?.stop || period.stop.data.einddatum !== product.einddatum)
        return steps.refuse(notFound(path, 'stop'));
      withdraw(steps, path, period.stop.id, herkomst, 'stop');
      return;
    }
    if (!period) {
      return steps.refuse({
        code: 'START_NOT_FOUND',
        path: `${path}/Begindatum`,
        reason:
          'Regie heeft geen start van deze zorg met deze Begindatum. Stuur eerst de start (305), of de stop met de Begindatum van de start.',
      });
    }
    if (period.stop && sameStop(period, product)) return; // sent again
    steps.run(path, FIELDS, (context) =>
      domain.recordZorgStop(
        {
          toewijzingNummer: found.toewijzing.data.toewijzingNummer,
          einddatum: product.einddatum,
          redenBeeindiging: product.redenBeeindiging,
          bericht: herkomst,
        },
        context,
      ),
    );
  });
}

const sameStop = (period: PeriodRef, product: StopProduct) =>
  period.stop!.data.einddatum === product.einddatum && period.stop!.data.redenBeeindiging === product.redenBeeindiging;

/** The toewijzing a start or stop names, of this aanbieder and client; else a refusal of the element. */
function toewijzingOf(
  aanbieder: string,
  memberId: string,
  toewijzingNummer: string | undefined,
  domain: ZorgDomain,
  steps: Steps,
  path: string,
): ToewijzingRef | undefined {
  if (toewijzingNummer === undefined) {
    steps.refuse({
      code: 'TOEWIJZINGNUMMER_REQUIRED',
      path: `${path}/ToewijzingNummer`,
      reason: 'Regie koppelt een start of stop aan een toewijzing via het ToewijzingNummer. Dat ontbreekt.',
    });
    return undefined;
  }
  const found = domain.findToewijzing(steps.current, toewijzingNummer);
  if (!found || found.toewijzing.data.providerAgb !== aanbieder || found.toewijzing.data.memberId !== memberId) {
    steps.refuse({
      code: 'TOEWIJZING_NOT_FOUND',
      path: `${path}/ToewijzingNummer`,
      reason:
        'Regie heeft geen toewijzing met dit ToewijzingNummer voor deze aanbieder en cliënt. Stuur het bericht opnieuw nadat de toewijzing (301) is ingelezen.',
    });
    return undefined;
  }
  return found;
}

function withdraw(
  steps: Steps,
  path: string,
  entryId: string | undefined,
  herkomst: BerichtHerkomst,
  what: 'start' | 'stop',
): void {
  if (entryId === undefined) return;
  steps.run(path, FIELDS, (context) =>
    householdDecide.withdrawEntry(
      {
        entryId,
        reason: `Ingetrokken (StatusAanlevering 3) in bericht ${herkomst.berichtType} ${herkomst.identificatie}: ${what} zorg`,
        bericht: herkomst,
      },
      context,
    ),
  );
}

const notFound = (path: string, what: 'start' | 'stop'): ImportRejection => ({
  code: what === 'start' ? 'START_NOT_FOUND' : 'STOP_NOT_FOUND',
  path: `${path}/StatusAanlevering`,
  reason: `Regie heeft geen ${what} met deze sleutel (ToewijzingNummer en Begindatum${what === 'stop' ? ' en Einddatum' : ''}) om in te trekken.`,
});
