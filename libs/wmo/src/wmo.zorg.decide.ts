import { reject, type DecideContext, type DraftEvent } from '@regie/household';
import { IWMO_PRODUCTCATEGORIE } from '@regie/berichten';
import {
  codeWithLabel,
  recordDeclaratie,
  recordToewijzing,
  recordVerzoekOmToewijzing,
  recordVerzoekOmWijziging,
  recordZorgStart,
  recordZorgStop,
  type DeclaratieCommand,
  type ToewijzingCommand,
  type VerzoekOmToewijzingCommand,
  type VerzoekOmWijzigingCommand,
  type ZorgStartCommand,
  type ZorgStopCommand,
} from '@regie/toewijzing';
import { WMO_TOEWIJZING } from './wmo.profile';
import { besluitWithId, type WmoState } from './wmo.state';

// The Wmo support life cycle as iWmo 3.2 has it (WMO315, 301, 305, 307, 317, 323) is libs/toewijzing's with Wmo's
// profile. What is Wmo's own: a toewijzing may carry out a TOEGEKEND besluit (the maatwerk decision in Wmo).

export interface RecordWmoToewijzing extends ToewijzingCommand {
  readonly besluitId?: string | null;
}
export type RecordWmoVerzoekOmToewijzing = VerzoekOmToewijzingCommand;
export type RecordWmoZorgStart = ZorgStartCommand;
export type RecordWmoZorgStop = ZorgStopCommand;

const productcategorie = (code: string) => codeWithLabel(IWMO_PRODUCTCATEGORIE, code);

/** The besluit a toewijzing carries out: known, TOEGEKEND, for the same person and product category. */
function assertToegekendBesluit(state: WmoState, besluitId: string, toewijzing: RecordWmoToewijzing): void {
  const besluit = besluitWithId(state, besluitId);
  if (!besluit || besluit.withdrawn) {
    return reject('ENTRY_NOT_FOUND', `Geen (geldig) besluit ${besluitId} in dit huishouden`, { besluitId });
  }
  const { uitkomst, memberId } = besluit.data;
  if (uitkomst !== 'TOEGEKEND') {
    reject(
      'INVALID_STATE',
      `Besluit ${besluitId} kent niets toe (uitkomst ${uitkomst}); een toewijzing volgt alleen op een toekenning`,
      { besluitId },
    );
  }
  if (memberId !== toewijzing.memberId) {
    reject('BAD_USER_INPUT', `Besluit ${besluitId} gaat over een andere persoon dan deze toewijzing`, {
      field: 'besluitId',
    });
  }
  if (besluit.data.productcategorie !== toewijzing.productcategorie) {
    reject(
      'BAD_USER_INPUT',
      `Besluit ${besluitId} kent ${productcategorie(besluit.data.productcategorie ?? '?')} toe, niet ${productcategorie(toewijzing.productcategorie)}`,
      { field: 'productcategorie' },
    );
  }
}

/** As WMO315: an aanbieder asks for a toewijzing for a person. */
export const recordWmoVerzoekOmToewijzing = (
  command: RecordWmoVerzoekOmToewijzing,
  context: DecideContext,
): DraftEvent[] => recordVerzoekOmToewijzing(WMO_TOEWIJZING, command, context);

/** As WMO301: the gemeente assigns support, carrying out a TOEGEKEND besluit when it names one. */
export const recordWmoToewijzing = (command: RecordWmoToewijzing, context: DecideContext): DraftEvent[] =>
  recordToewijzing(WMO_TOEWIJZING, command, context, {
    check: (_command, state) => {
      if (command.besluitId) assertToegekendBesluit(state, command.besluitId, command);
    },
    fields: () => (command.besluitId ? { besluitId: command.besluitId } : {}),
  });

/** As WMO305: the aanbieder started the support of a toewijzing. */
export const recordWmoZorgStart = (command: RecordWmoZorgStart, context: DecideContext): DraftEvent[] =>
  recordZorgStart(WMO_TOEWIJZING, command, context);

/** As WMO307: the aanbieder stopped the running support of a toewijzing. */
export const recordWmoZorgStop = (command: RecordWmoZorgStop, context: DecideContext): DraftEvent[] =>
  recordZorgStop(WMO_TOEWIJZING, command, context);

/** As WMO323: one declaration line (realised cost) of a Wmo toewijzing. */
export const recordWmoDeclaratie = (command: DeclaratieCommand, context: DecideContext): DraftEvent[] =>
  recordDeclaratie(WMO_TOEWIJZING, command, context);

/** As WMO317: an aanbieder asks to change a toewijzing; recorded as a request, it changes nothing until a new WMO301. */
export const recordWmoVerzoekOmWijziging = (command: VerzoekOmWijzigingCommand, context: DecideContext): DraftEvent[] =>
  recordVerzoekOmWijziging(WMO_TOEWIJZING, command, context);
