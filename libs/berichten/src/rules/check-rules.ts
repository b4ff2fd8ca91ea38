import type { Bericht } from '../model/bericht';
import type { RuleContext } from './context';
import { checkDeclaratie } from './declaratie.rules';
import { checkToewijzing } from './toewijzing.rules';
import { checkVerzoekOmToewijzing, checkVerzoekOmWijziging } from './verzoek.rules';
import { checkStartZorg, checkStopZorg } from './zorg.rules';

/** Runs the message-internal rules (CS, CD, xslt TR and TR319/TR135) of the message's type. */
export function checkRules(context: RuleContext, bericht: Bericht): void {
  const { dagtekening } = bericht.header.berichtIdentificatie;
  if (context.today !== undefined && dagtekening > context.today) {
    context.out.add({
      code: 'DAGTEKENING_IN_FUTURE',
      retourcode: '8848',
      rule: 'TR135',
      path: 'Header/BerichtIdentificatie/Dagtekening',
      reason: 'De dagtekening ligt in de toekomst. Een bericht kan niet later gemaakt zijn dan vandaag.',
    });
  }
  switch (bericht.soort) {
    case 'toewijzing':
      return checkToewijzing(context, bericht);
    case 'startZorg':
      return checkStartZorg(context, bericht);
    case 'stopZorg':
      return checkStopZorg(context, bericht);
    case 'verzoekOmToewijzing':
      return checkVerzoekOmToewijzing(context, bericht);
    case 'verzoekOmWijziging':
      return checkVerzoekOmWijziging(context, bericht);
    case 'declaratie':
      return checkDeclaratie(context, bericht);
  }
}
