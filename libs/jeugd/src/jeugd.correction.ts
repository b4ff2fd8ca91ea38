import { correctionValidator, lifecycleCorrections } from '@regie/toewijzing';
import { JeugdEventType } from './jeugd.events';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

// Which fields a correction (StatusAanlevering 2) of a Jeugd entry may change: the life cycle's rules (301, 305,
// 307), and a contactmoment is never corrected (withdraw and record anew).

const lifecycle = lifecycleCorrections(JEUGD_TOEWIJZING);

export const validateJeugdCorrection = correctionValidator({
  correctable: lifecycle.correctable,
  notCorrectable: { ...lifecycle.notCorrectable, [JeugdEventType.contactmomentVastgelegd]: 'een contactmoment' },
});
