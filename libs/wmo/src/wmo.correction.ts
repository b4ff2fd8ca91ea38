import { codeProblem, correctionValidator, lifecycleCorrections, requiredDate } from '@regie/toewijzing';
import { IWMO_REDEN_WIJZIGING } from '@regie/berichten';
import { WmoEventType, type BesluitGenomen } from './wmo.events';
import { WMO_TOEWIJZING } from './wmo.profile';
import { besluitShapeProblem, uitkomstProblem } from './wmo.rules';

// Which fields a correction (StatusAanlevering 2) of a Wmo entry may change: the life cycle's rules (301, 305, 307),
// and the besluit's. Melding, onderzoek and contactmoment are never corrected: withdraw and record anew.

const lifecycle = lifecycleCorrections(WMO_TOEWIJZING);

export const validateWmoCorrection = correctionValidator({
  correctable: {
    ...lifecycle.correctable,
    [WmoEventType.besluitGenomen]: {
      label: 'een besluit',
      fields: {
        besluitdatum: requiredDate('besluitdatum'),
        uitkomst: uitkomstProblem,
        redenWijziging: (value) => codeProblem(IWMO_REDEN_WIJZIGING, value, 'redenWijziging'),
      },
      across: (corrected) => {
        const problem = besluitShapeProblem(corrected as BesluitGenomen);
        return problem ? `${problem}; trek het besluit in en leg het opnieuw vast` : undefined;
      },
    },
  },
  notCorrectable: {
    ...lifecycle.notCorrectable,
    [WmoEventType.meldingOntvangen]: 'een melding',
    [WmoEventType.onderzoekAfgerond]: 'een onderzoek',
    [WmoEventType.contactmomentVastgelegd]: 'een contactmoment',
  },
});
