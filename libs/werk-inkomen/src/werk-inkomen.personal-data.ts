import type { PersonalDataSpec } from '@regie/household';
import { WerkInkomenEventType as T } from './werk-inkomen.events';

const reden = [{ memberId: 'memberId', fields: { reden: 'text' } }] as const;

/**
 * Personal data in Werk & Inkomen events: free text (reden, note, and the schuldeiser, which may be a private
 * landlord) and the arrears amount of a vroegsignaal, sealed as that member's Werk & Inkomen data. Codes, dates,
 * AGB-codes and ids are not.
 */
export const werkInkomenPersonalData: PersonalDataSpec = {
  [T.bijstandAangevraagd]: reden,
  [T.contactmomentVastgelegd]: [{ memberId: 'memberId', fields: { note: 'text' } }],
  [T.bijstandToegekend]: [{ memberId: 'memberId', fields: { reden: 'text', bedragPerMaand: 'amount' } }],
  [T.bijstandAfgewezen]: reden,
  [T.bijstandBeeindigd]: reden,
  [T.vroegsignaalOntvangen]: [{ memberId: 'memberId', fields: { schuldeiser: 'text', bedragAchterstand: 'amount' } }],
  [T.vroegsignaalOpgevolgd]: [{ memberId: 'memberId', fields: { note: 'text' } }],
  [T.schuldhulpGestart]: [{ memberId: 'memberId', fields: { reden: 'text', 'afweging.reasonNoAlternative': 'text' } }],
  [T.reintegratieGestart]: [{ memberId: 'memberId', fields: { 'afweging.reasonNoAlternative': 'text' } }],
  [T.schuldhulpFaseGewijzigd]: reden,
  [T.schuldhulpBeeindigd]: reden,
};
