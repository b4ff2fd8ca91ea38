import type { ImportRejection } from '@regie/berichten-import';
import {
  linkRefusals,
  TOEWIJZING_MISSING,
  TOEWIJZING_WAITS,
  toewijzingNummersNamedBy,
} from '../src/link/link-refusals';
import { bericht } from './berichten';

// Given the messages of a client that still wait, when a link of one of them is refused, then the beheerder reads
// what to do: link the toewijzing first when it waits too, else that Regie has no such toewijzing.

const start = bericht('wmo305-start-zorg.xml'); // names toewijzingen 7000311 and 7000312 of aanbieder 98765432
const toewijzing = bericht('wmo301-toewijzing.xml'); // assigns 7000311 and 7000312 to 98765432
const notFound: ImportRejection = {
  code: 'TOEWIJZING_NOT_FOUND',
  path: 'Client/StartProducten/StartProduct[1]/ToewijzingNummer',
  reason: 'Regie heeft geen toewijzing … Stuur het bericht opnieuw nadat de toewijzing (301) is ingelezen.',
};

describe('linkRefusals: why a link was refused, for the functioneel beheerder', () => {
  it('says to link the toewijzing (301) first when the 301 that names the number waits too', () => {
    expect(linkRefusals(start, [notFound], [toewijzing])).toEqual([{ ...notFound, reason: TOEWIJZING_WAITS }]);
    expect(TOEWIJZING_WAITS).toContain('Koppel eerst de toewijzing (301) van deze cliënt');
  });

  it('says Regie has no such toewijzing, and no longer asks to send the message again, when no 301 waits', () => {
    const [refusal] = linkRefusals(start, [notFound], []);
    expect(refusal).toEqual({ ...notFound, reason: TOEWIJZING_MISSING });
    expect(refusal!.reason).not.toMatch(/opnieuw nadat/);
  });

  it('does not count a waiting 301 of another aanbieder or with other numbers', () => {
    const otherAanbieder = bericht('wmo301-toewijzing.xml', (xml) => xml.replace(/98765432/g, '87654321'));
    const otherNumbers = bericht('wmo301-toewijzing.xml', (xml) => xml.replace(/700031/g, '800031'));
    expect(linkRefusals(start, [notFound], [otherAanbieder, otherNumbers])[0]!.reason).toBe(TOEWIJZING_MISSING);
  });

  it('keeps every other refusal as it is', () => {
    const provider: ImportRejection = { code: 'PROVIDER_NOT_FOUND', path: 'Header/Afzender', reason: 'onbekend' };
    expect(linkRefusals(start, [provider], [toewijzing])).toEqual([provider]);
  });

  it('knows the ToewijzingNummers a start, stop, verzoek om wijziging and declaratie name', () => {
    expect(toewijzingNummersNamedBy(start)).toEqual(['7000311', '7000312']);
    expect(toewijzingNummersNamedBy(bericht('wmo307-stop-zorg.xml'))).toEqual(['7000312']);
    expect(toewijzingNummersNamedBy(bericht('jw317-verzoek-om-wijziging.xml'))).toEqual(['4100021']);
    expect(toewijzingNummersNamedBy(bericht('jw323-declaratie.xml'))).toEqual(['4100021', '4100022']);
    expect(toewijzingNummersNamedBy(toewijzing)).toEqual([]);
  });
});
