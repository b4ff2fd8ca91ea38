import { IWMO, toewijzingProfile } from '@regie/toewijzing';
import { WMO_DOMAIN } from './wmo.events';

/** The iStandaard toewijzing life cycle as Wmo runs it: iWmo, events `wmo.*`. */
export const WMO_TOEWIJZING = toewijzingProfile({
  domain: WMO_DOMAIN,
  prefix: 'wmo.',
  standard: IWMO,
  care: 'ondersteuning',
  label: 'Wmo',
  careInEnglish: 'support',
});
