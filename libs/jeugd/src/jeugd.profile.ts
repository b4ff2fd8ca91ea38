import { IJW, toewijzingProfile } from '@regie/toewijzing';
import { JEUGD_DOMAIN } from './jeugd.events';

/** The iStandaard toewijzing life cycle as Jeugd runs it: iJw, events `jeugd.*`. */
export const JEUGD_TOEWIJZING = toewijzingProfile({
  domain: JEUGD_DOMAIN,
  prefix: 'jeugd.',
  standard: IJW,
  care: 'zorg',
});
