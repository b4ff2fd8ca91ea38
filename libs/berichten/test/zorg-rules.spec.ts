// 305/307 message-internal rules.
import { fixture } from './fixtures/files';
import { fullRejectionsOf, rejectionsOf } from './rejections';
import { withDuplicate, withText } from './xml-tree';

const JW305 = fixture('jw305-start-zorg.xml');
const JW307 = fixture('jw307-stop-zorg.xml');
const WMO305 = fixture('wmo305-start-zorg.xml');
const START = 'Client/StartProducten/StartProduct[1]';
const STOP = 'Client/StopProducten/StopProduct[1]';

describe('305 start zorg', () => {
  it.each(['2', '9'])('CS058: StatusAanlevering %s is refused; a correction is 3 then 1', (status) => {
    expect(rejectionsOf(withText(JW305, `${START}/StatusAanlevering`, status))).toEqual([
      { code: 'STATUS_AANLEVERING_NOT_ALLOWED', path: `${START}/StatusAanlevering`, rule: 'CS058' },
    ]);
  });

  it('explains how to correct instead', () => {
    const [rejection] = fullRejectionsOf(withText(JW305, `${START}/StatusAanlevering`, '2'));
    expect(rejection!.reason).toMatch(/met 3 en daarna de goede regel met 1/);
  });

  it('TR134: care cannot be reported as started after the dagtekening', () => {
    expect(rejectionsOf(withText(JW305, `${START}/Begindatum`, '2026-03-21'))).toEqual([
      { code: 'DATE_AFTER_DAGTEKENING', path: `${START}/Begindatum`, rule: 'TR134' },
    ]);
  });

  it('TR101: the same start (toewijzing, product, begindatum) once per message', () => {
    expect(rejectionsOf(withDuplicate(JW305, START))).toEqual([
      { code: 'DUPLICATE_KEY', path: 'Client/StartProducten/StartProduct[2]', rule: 'TR101' },
    ]);
    expect(
      rejectionsOf(
        withText(withDuplicate(JW305, START), 'Client/StartProducten/StartProduct[2]/Begindatum', '2026-03-19'),
      ),
    ).toEqual([]);
  });

  it('checks the client geboortedatum (CS139, TR134)', () => {
    expect(rejectionsOf(withText(WMO305, 'Client/Geboortedatum/Datum', '2026-03-01'))).toEqual([
      { code: 'DATE_AFTER_DAGTEKENING', path: 'Client/Geboortedatum/Datum', rule: 'TR134' },
    ]);
  });
});

describe('307 stop zorg', () => {
  it('TR018: the einddatum is on or after the begindatum', () => {
    expect(rejectionsOf(withText(JW307, `${STOP}/Einddatum`, '2026-03-18'))).toEqual([
      { code: 'EINDDATUM_BEFORE_BEGINDATUM', path: `${STOP}/Einddatum`, rule: 'TR018' },
    ]);
    expect(rejectionsOf(withText(JW307, `${STOP}/Einddatum`, '2026-03-19'))).toEqual([]);
  });

  it('TR134: a stop is not reported before it happened', () => {
    expect(rejectionsOf(withText(JW307, `${STOP}/Einddatum`, '2026-09-17'))).toEqual([
      { code: 'DATE_AFTER_DAGTEKENING', path: `${STOP}/Einddatum`, rule: 'TR134' },
    ]);
  });

  it('CS058 applies to the stop too', () => {
    expect(rejectionsOf(withText(JW307, `${STOP}/StatusAanlevering`, '2'))).toEqual([
      { code: 'STATUS_AANLEVERING_NOT_ALLOWED', path: `${STOP}/StatusAanlevering`, rule: 'CS058' },
    ]);
  });

  it('TR101: the same stop once per message; a temporary and a final stop may go together', () => {
    expect(rejectionsOf(withDuplicate(JW307, STOP))).toEqual([
      { code: 'DUPLICATE_KEY', path: 'Client/StopProducten/StopProduct[2]', rule: 'TR101' },
    ]);
    const temporary = withText(
      withDuplicate(JW307, STOP),
      'Client/StopProducten/StopProduct[2]/RedenBeeindiging',
      '20',
    );
    expect(rejectionsOf(temporary)).toEqual([]);
  });
});

describe('TR135: the dagtekening is not in the future (when today is given)', () => {
  it('refuses with retourcode 8848', () => {
    const result = fullRejectionsOf(JW305, { today: '2026-03-19' });
    expect(result).toEqual([
      expect.objectContaining({
        code: 'DAGTEKENING_IN_FUTURE',
        retourcode: '8848',
        rule: 'TR135',
        path: 'Header/BerichtIdentificatie/Dagtekening',
      }),
    ]);
    expect(fullRejectionsOf(JW305, { today: '2026-03-20' })).toEqual([]);
    expect(fullRejectionsOf(JW305)).toEqual([]);
  });
});
