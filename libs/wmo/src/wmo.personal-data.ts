import type { PersonalDataSpec } from '@regie/household';
import { WmoEventType as T } from './wmo.events';

const rung = (name: string) => ({ [`${name}.toelichting`]: 'text' }) as const;

/**
 * Personal data in Wmo events: the hulpvraag in the person's words, the findings of the onderzoek per rung, the
 * motivering of the besluit and the verslag of a contactmoment, sealed as that member's Wmo data. Codes, dates, AGB-codes and ids are not.
 */
export const wmoPersonalData: PersonalDataSpec = {
  [T.meldingOntvangen]: [{ memberId: 'memberId', fields: { hulpvraag: 'text' } }],
  [T.contactmomentVastgelegd]: [{ memberId: 'memberId', fields: { note: 'text' } }],
  [T.onderzoekAfgerond]: [
    {
      memberId: 'memberId',
      fields: {
        ...rung('eigenKracht'),
        ...rung('gebruikelijkeHulp'),
        ...rung('mantelzorg'),
        ...rung('sociaalNetwerk'),
        ...rung('algemeneVoorziening'),
      },
    },
  ],
  [T.verzoekOmToewijzingOntvangen]: [{ memberId: 'memberId', fields: { note: 'text' } }],
  [T.verzoekOmWijzigingOntvangen]: [{ memberId: 'memberId', fields: { toelichting: 'text' } }],
  [T.besluitGenomen]: [
    { memberId: 'memberId', fields: { motivering: 'text', 'afweging.reasonNoAlternative': 'text' } },
  ],
};
