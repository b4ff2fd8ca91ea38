import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BerichtenImport } from '@regie/berichten-import';
import { STAFF } from './actors';
import { newBsn, unique, type MatrixClient } from './fixtures';
import type { GemeenteWriteRow } from './gemeente-write-rows';

// The queue of iJw/iWmo messages waiting for a household (issue 17): its functioneel beheerder links or discards.

const WAITING_FIXTURE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'libs',
  'berichten',
  'test',
  'fixtures',
  'wmo305-onbekend-bsn.xml',
);

/** A WMO305 for a BSN in no household of `gemeente`, imported so it waits in that gemeente's queue. */
async function waitingBericht(client: MatrixClient, gemeente: string, bsn: string): Promise<string> {
  const xml = readFileSync(WAITING_FIXTURE, 'utf8')
    .replace('<wmo305:Ontvanger>0599<', `<wmo305:Ontvanger>${gemeente}<`)
    .replace('SZ-W-0301', unique('Q').slice(0, 12))
    .replace('999990044', bsn);
  const answer = await client.api.app.get(BerichtenImport).importBericht(xml, { gemeente });
  if (answer.outcome !== 'WAITING' || !answer.berichtId) throw new Error(`not waiting: ${JSON.stringify(answer)}`);
  return answer.berichtId;
}

export const BERICHTEN_WRITE_ROWS: readonly GemeenteWriteRow[] = [
  {
    label: 'discardBericht',
    field: 'discardBericht',
    namesGemeente: false,
    selection: '',
    prepare: async (client, gemeente) => ({
      berichtId: await waitingBericht(client, gemeente, newBsn()),
      reason: 'Cliënt is verhuisd naar een andere gemeente',
    }),
    verify: (payload) => ((payload as unknown) === true ? undefined : `answered ${JSON.stringify(payload)}`),
  },
  {
    label: 'linkBericht',
    field: 'linkBericht',
    namesGemeente: false,
    selection: 'outcome householdId',
    prepare: async (client, gemeente) => {
      const bsn = newBsn();
      const berichtId = await waitingBericht(client, gemeente, bsn);
      const registered = await client.call<{ householdId: string }>(
        STAFF[gemeente]!.beheerder,
        'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }',
        {
          input: {
            gemeente,
            name: `Familie ${unique('Wachtrij')}`,
            members: [{ bsn, name: 'Ria Wachtrij', birthDate: '1950-02-01', relation: 'OUDER_VERZORGER' }],
          },
        },
        'registerHousehold',
      );
      return { berichtId, householdId: registered.householdId };
    },
    // Replayed onto the household, where the start is refused (no Wmo aanbieder or toewijzing there): an answer, not
    // an access error, and the message keeps waiting.
    verify: (payload, _gemeente, input) =>
      payload.householdId === input.householdId && payload.outcome === 'WAITING'
        ? undefined
        : `answered ${JSON.stringify(payload)} to ${JSON.stringify(input)}`,
  },
];
