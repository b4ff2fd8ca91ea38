import { IJW, toewijzingProfile } from '@regie/toewijzing';
import { JEUGD_DOMAIN } from './jeugd.events';

/**
 * The iStandaard toewijzing life cycle as Jeugd runs it: iJw, events `jeugd.*`. Until issue 17 Regie checked a
 * Jeugd stop against WMO588; stops stored then may carry 19, 21, 22 or 23, which JZ588 (3.2) does not have: they
 * keep their label. (A 31 stored then meant "verhuizing" in WMO588; JZ588 31 is "volgens plan beëindigd".)
 */
export const JEUGD_TOEWIJZING = toewijzingProfile({
  domain: JEUGD_DOMAIN,
  prefix: 'jeugd.',
  standard: IJW,
  care: 'zorg',
  label: 'Jeugd',
  careInEnglish: 'care',
  storedRedenBeeindiging: {
    '19': 'volgens plan beëindigd',
    '21': 'eenzijdig door cliënt beëindigd',
    '22': 'eenzijdig door aanbieder beëindigd',
    '23': 'in overeenstemming voortijdig beëindigd',
  },
});
