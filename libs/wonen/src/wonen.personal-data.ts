import type { PersonalDataSpec } from '@regie/household';
import { WonenEventType as T } from './wonen.events';

const note = [{ memberId: 'memberId', fields: { note: 'text' } }] as const;

/**
 * Personal data in Wonen events, sealed as that member's Wonen data: the verhuurder (may be a private landlord),
 * the amounts (arrears, months in arrears, a regeling's monthly amount) and all free text (note, reden). Codes,
 * dates, AGB-codes and ids are not.
 */
export const wonenPersonalData: PersonalDataSpec = {
  [T.contactmomentVastgelegd]: note,
  [T.huurachterstandGesignaleerd]: [
    {
      memberId: 'memberId',
      fields: { verhuurder: 'text', bedragAchterstandCents: 'amount', maandenAchterstand: 'amount' },
    },
  ],
  [T.huurachterstandOpgevolgd]: note,
  [T.ontruimingDreigt]: [{ memberId: 'memberId', fields: { verhuurder: 'text', note: 'text' } }],
  [T.ontruimingAfgelopen]: note,
  [T.urgentieAangevraagd]: [{ memberId: 'memberId', fields: { reden: 'text' } }],
  [T.urgentieToegekend]: [{ memberId: 'memberId', fields: { reden: 'text' } }],
  [T.urgentieAfgewezen]: [{ memberId: 'memberId', fields: { reden: 'text' } }],
  [T.betalingsregelingGetroffen]: [
    { memberId: 'memberId', fields: { verhuurder: 'text', bedragPerMaandCents: 'amount', note: 'text' } },
  ],
  [T.betalingsregelingBeeindigd]: note,
  [T.woonbegeleidingGestart]: note,
  [T.woonbegeleidingBeeindigd]: note,
  [T.laatsteKansAfspraakGemaakt]: [{ memberId: 'memberId', fields: { verhuurder: 'text', note: 'text' } }],
  [T.laatsteKansAfspraakBeeindigd]: note,
};
