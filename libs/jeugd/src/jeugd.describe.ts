import type { HouseholdEvent, NameLookup, TimelineDescription } from '@regie/household';
import { describeLifecycleEvent, memberName, providerName } from '@regie/toewijzing';
import { JEUGD_CONTACTMOMENT_SOORT } from './jeugd.codes';
import { JeugdEventType, type ContactmomentVastgelegd } from './jeugd.events';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

// Timeline lines of Jeugd events in need-to-know terms. The life cycle's lines are libs/toewijzing's; in Jeugd the
// toewijzing is the maatwerk decision. Free text goes to `note` only, which other domains never see.

function describeContactmoment(data: ContactmomentVastgelegd, names: NameLookup): TimelineDescription {
  const provider = data.providerAgb ? ` (${providerName(names, data.providerAgb)})` : '';
  const soort = JEUGD_CONTACTMOMENT_SOORT[data.soort as keyof typeof JEUGD_CONTACTMOMENT_SOORT] ?? data.soort;
  return {
    summary: `Contactmoment (${soort}) met ${memberName(names, data.memberId)}${provider}`,
    memberId: data.memberId,
    providerAgb: data.providerAgb,
    category: `Contactmoment ${soort}`,
    note: data.note,
  };
}

export function describeJeugdEvent(event: HouseholdEvent, names: NameLookup): TimelineDescription {
  const lifecycle = describeLifecycleEvent(JEUGD_TOEWIJZING, event, names, { maatwerk: true });
  if (lifecycle) return lifecycle;
  if (event.type === JeugdEventType.contactmomentVastgelegd) {
    return describeContactmoment(event.data as ContactmomentVastgelegd, names);
  }
  return { summary: 'Registratie van Jeugd' };
}
