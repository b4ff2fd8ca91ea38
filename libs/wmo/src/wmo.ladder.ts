import type { LadderFact, LadderOutcome, LadderRung, LadderRungName } from '@regie/household';
import type { WmoTredeNaam } from './wmo.codes';
import type { OnderzoekAfgerond } from './wmo.events';

/** The Wmo treden as the household's ladder rungs (same five, same order). */
const RUNG_OF_TREDE: Readonly<Record<WmoTredeNaam, LadderRungName>> = {
  eigenKracht: 'EIGEN_KRACHT',
  gebruikelijkeHulp: 'GEBRUIKELIJKE_HULP',
  mantelzorg: 'MANTELZORG',
  sociaalNetwerk: 'SOCIAAL_NETWERK',
  algemeneVoorziening: 'ALGEMENE_VOORZIENING',
};

/** The onderzoek's treden as ladder rungs; a toereikend of a trede not overwogen says nothing and is left out. */
export function wmoLadderRungs(onderzoek: OnderzoekAfgerond): Record<LadderRungName, LadderRung> {
  const rungs = {} as Record<LadderRungName, LadderRung>;
  for (const [trede, rung] of Object.entries(RUNG_OF_TREDE) as [WmoTredeNaam, LadderRungName][]) {
    const found = onderzoek[trede];
    rungs[rung] = found?.overwogen ? { considered: true, sufficient: found.toereikend } : { considered: false };
  }
  return rungs;
}

/**
 * The conclusie as a ladder outcome. "Geen ondersteuning nodig" is NETWERK when the lowest rung that suffices is
 * one of the own circle (gebruikelijke hulp, mantelzorg, sociaal netwerk), otherwise EIGEN_KRACHT.
 */
export function wmoLadderOutcome(onderzoek: OnderzoekAfgerond): LadderOutcome {
  switch (onderzoek.conclusie) {
    case 'MAATWERKVOORZIENING_NODIG':
      return 'MAATWERK';
    case 'ALGEMENE_VOORZIENING':
      return 'ALGEMENE_VOORZIENING';
    default: {
      const rungs = wmoLadderRungs(onderzoek);
      const lowest = (Object.keys(rungs) as LadderRungName[]).find((rung) => rungs[rung].sufficient === 'JA');
      return lowest === 'GEBRUIKELIJKE_HULP' || lowest === 'MANTELZORG' || lowest === 'SOCIAAL_NETWERK'
        ? 'NETWERK'
        : 'EIGEN_KRACHT';
    }
  }
}

/** The read-side ladder fact of an onderzoek, keyed on its melding. */
export function wmoLadderFact(onderzoek: OnderzoekAfgerond): LadderFact {
  return {
    key: onderzoek.meldingId,
    memberId: onderzoek.memberId,
    requestKey: onderzoek.meldingId,
    assessedOn: onderzoek.afgerondOp,
    rungs: wmoLadderRungs(onderzoek),
    outcome: wmoLadderOutcome(onderzoek),
  };
}
