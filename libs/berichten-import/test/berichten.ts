// Test helpers: the fixtures of libs/berichten read into typed messages, and a household with their clients.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBericht, type Bericht } from '@regie/berichten';
import type { MemberData, ProviderRecord } from '@regie/household';

export const FIXTURES = join(__dirname, '..', '..', 'berichten', 'test', 'fixtures');

export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A fixture read as a valid message; `edit` changes its text first (e.g. another date). */
export function bericht(name: string, edit: (xml: string) => string = (xml) => xml): Bericht {
  const result = readBericht(edit(fixtureText(name)));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.rejections)}`);
  return result.bericht;
}

/** Sem Jansen (the iJw fixtures) and Ria Bakker (the iWmo fixtures), in one household for the unit tests. */
export const sem: MemberData = {
  memberId: 'm-sem',
  bsn: '999990019',
  name: 'Sem Jansen',
  birthDate: '2014-05-12',
  relation: 'KIND',
};
export const lotte: MemberData = {
  memberId: 'm-lotte',
  bsn: '999990032',
  name: 'Lotte Jansen',
  birthDate: '1986-11-02',
  relation: 'OUDER_VERZORGER',
};

export const JEUGD_AANBIEDER: ProviderRecord = { agbCode: '75751234', name: 'Jeugdhulp Rijnmond', domains: ['JEUGD'] };
export const WMO_AANBIEDER: ProviderRecord = { agbCode: '98765432', name: 'Thuiszorg Zuid', domains: ['WMO'] };
/** A second Jeugd aanbieder, for a ToewijzingNummer that is another aanbieder's. */
export const OTHER_JEUGD_AANBIEDER: ProviderRecord = {
  agbCode: '87654321',
  name: 'Jeugdzorg West',
  domains: ['JEUGD'],
};
