// A message as the domain commands it stands for, decided on the household's state: pure, no Nest, no I/O.
import type { Bericht } from '@regie/berichten';
import type { DecideContext, DraftEvent } from '@regie/household';
import { BerichtAfgewezen } from '../import-rejection';
import { JEUGD, WMO } from '../zorg-domain';
import { aanbiederRefusal } from './aanbieder';
import { Steps } from './steps';
import { mapDeclaratie } from './declaratie.map';
import { mapToewijzing } from './toewijzing.map';
import { mapJeugdVerzoekOmToewijzing } from './verzoek.map';
import { mapVerzoekOmWijziging } from './verzoek-om-wijziging.map';
import { mapStartZorg, mapStopZorg } from './zorg.map';

/**
 * What a message does to the household when it is read: which events its products become. Returns `[]` for a
 * message that is recorded only as received (a WMO315) or that repeats what Regie holds already; throws
 * BerichtAfgewezen (with every refused element) and writes nothing when any product cannot be recorded; an aanbieder
 * not registered for the message's domain is one refusal at its header element, before any product. A 323 may name
 * several clients: `bsn` says whose Prestaties this household's member `memberId` gets (default: the first).
 */
export function decideBericht(
  bericht: Bericht,
  memberId: string,
  context: DecideContext,
  bsn: string = bsnsOf(bericht)[0]!,
): DraftEvent[] {
  const domain = bericht.standaard === 'iJw' ? JEUGD : WMO;
  const unregistered = aanbiederRefusal(bericht, context.providers, domain.code);
  if (unregistered) throw new BerichtAfgewezen([unregistered]);
  const steps = new Steps(context);
  switch (bericht.soort) {
    case 'toewijzing':
      mapToewijzing(bericht, memberId, domain, steps);
      break;
    case 'startZorg':
      mapStartZorg(bericht, memberId, domain, steps);
      break;
    case 'stopZorg':
      mapStopZorg(bericht, memberId, domain, steps);
      break;
    case 'verzoekOmToewijzing':
      if (bericht.standaard === 'iJw') mapJeugdVerzoekOmToewijzing(bericht, memberId, steps);
      break;
    case 'verzoekOmWijziging':
      mapVerzoekOmWijziging(bericht, memberId, domain, steps);
      break;
    case 'declaratie':
      mapDeclaratie(bericht, bsn, memberId, domain, steps);
      break;
  }
  // A draft without a date of its own (a verzoek, a withdrawal, a correction) happened when the message was sent.
  return steps.result().map((draft) => ({ ...draft, occurredAt: draft.occurredAt ?? bericht.identiteit.dagtekening }));
}

/** Whether the message is only recorded as received: it has no command in its domain (docs/berichten.md). */
export const isRecordedOnly = (bericht: Bericht): boolean =>
  bericht.soort === 'verzoekOmToewijzing' && bericht.standaard === 'iWmo';

/** The Bsn(s) of the client(s) a message is about (a 323 may name several). */
export function bsnsOf(bericht: Bericht): string[] {
  if (bericht.soort === 'declaratie') return [...new Set(bericht.declaratie.clienten.map((client) => client.bsn))];
  return [bericht.client.bsn];
}

/** The domain code the message belongs to. */
export const domainOfBericht = (bericht: Bericht): string => (bericht.standaard === 'iJw' ? JEUGD.code : WMO.code);
