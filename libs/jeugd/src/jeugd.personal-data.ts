import type { PersonalDataSpec } from '@regie/household';
import { JeugdEventType as T } from './jeugd.events';

/**
 * Personal data in Jeugd events: the free text about the child (sealed as that member's Jeugd data, so
 * forgetting the child or the end of the Jeugd retention term erases it). Codes, dates, AGB-codes and ids are not.
 */
export const jeugdPersonalData: PersonalDataSpec = {
  [T.verzoekOmToewijzingOntvangen]: [{ memberId: 'memberId', fields: { note: 'text' } }],
  [T.toewijzingVastgelegd]: [
    { memberId: 'memberId', fields: { note: 'text', 'afweging.reasonNoAlternative': 'text' } },
  ],
  [T.contactmomentVastgelegd]: [{ memberId: 'memberId', fields: { note: 'text' } }],
  [T.verzoekOmWijzigingOntvangen]: [{ memberId: 'memberId', fields: { toelichting: 'text' } }],
};
