import { reject, type DecideContext, type DraftEvent } from '@regie/household';
import { IWMO_PRODUCTCATEGORIE } from '@regie/berichten';
import {
  codeWithLabel,
  lifecycleDeciders,
  recordToewijzing,
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
type Decider<Command> = (command: Command, context: DecideContext) => DraftEvent[];

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

/** As WMO301: the gemeente assigns support, carrying out a TOEGEKEND besluit when it names one. */
export const recordWmoToewijzing = (command: RecordWmoToewijzing, context: DecideContext): DraftEvent[] =>
  recordToewijzing(WMO_TOEWIJZING, command, context, {
    check: (_command, state) => {
      if (command.besluitId) assertToegekendBesluit(state, command.besluitId, command);
    },
    fields: () => (command.besluitId ? { besluitId: command.besluitId } : {}),
  });

const lifecycle = lifecycleDeciders(WMO_TOEWIJZING);

/** As WMO315: an aanbieder asks for a toewijzing for a person. */
export const recordWmoVerzoekOmToewijzing: Decider<RecordWmoVerzoekOmToewijzing> = lifecycle.recordVerzoekOmToewijzing;
/** As WMO305 and WMO307: the aanbieder started or stopped the support of a toewijzing. */
export const recordWmoZorgStart: Decider<RecordWmoZorgStart> = lifecycle.recordZorgStart;
export const recordWmoZorgStop: Decider<RecordWmoZorgStop> = lifecycle.recordZorgStop;
/** As WMO323: one declaration line (realised cost) of a Wmo toewijzing. */
export const recordWmoDeclaratie: Decider<DeclaratieCommand> = lifecycle.recordDeclaratie;
/** As WMO317: a request to change a toewijzing; it changes nothing until a new WMO301. */
export const recordWmoVerzoekOmWijziging: Decider<VerzoekOmWijzigingCommand> = lifecycle.recordVerzoekOmWijziging;
