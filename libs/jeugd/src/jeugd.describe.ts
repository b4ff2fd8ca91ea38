import {
  describeContactmoment,
  type ContactmomentVastgelegd,
  type HouseholdEvent,
  type NameLookup,
  type TimelineDescription,
} from '@regie/household';
import { describeLifecycleEvent } from '@regie/toewijzing';
import { JeugdEventType } from './jeugd.events';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

// Timeline lines of Jeugd events in need-to-know terms. The life cycle's lines are libs/toewijzing's; in Jeugd the
// toewijzing is the maatwerk decision. Free text goes to `note` only, which other domains never see.

export function describeJeugdEvent(event: HouseholdEvent, names: NameLookup): TimelineDescription {
  const lifecycle = describeLifecycleEvent(JEUGD_TOEWIJZING, event, names, { maatwerk: true });
  if (lifecycle) return lifecycle;
  if (event.type === JeugdEventType.contactmomentVastgelegd) {
    return describeContactmoment(event.data as ContactmomentVastgelegd, names);
  }
  return { summary: 'Registratie van Jeugd' };
}
