import { messageOrderKey } from '@regie/berichten-import';

// The order of reading (the CLI's export directory, linking a client's waiting messages): by Dagtekening, then
// 315, 301, 305, 307, 317, 323.

const sorted = (messages: [string | null, string | null][]) =>
  [...messages]
    .sort(([da, ta], [db, tb]) => messageOrderKey(da, ta).localeCompare(messageOrderKey(db, tb)))
    .map(([dagtekening, type]) => `${dagtekening ?? '-'} ${type ?? '-'}`);

describe('messageOrderKey', () => {
  it('puts a toewijzing before its start and stop on the same day, whatever the standard', () => {
    expect(
      sorted([
        ['2026-03-09', 'WMO307'],
        ['2026-03-09', 'WMO305'],
        ['2026-03-09', 'WMO301'],
        ['2026-03-09', 'WMO315'],
        ['2026-03-09', 'WMO323'],
        ['2026-03-09', 'WMO317'],
      ]),
    ).toEqual([
      '2026-03-09 WMO315',
      '2026-03-09 WMO301',
      '2026-03-09 WMO305',
      '2026-03-09 WMO307',
      '2026-03-09 WMO317',
      '2026-03-09 WMO323',
    ]);
  });

  it('orders by Dagtekening first; an unknown type or a missing date comes last', () => {
    expect(
      sorted([
        [null, 'JW301'],
        ['2026-03-20', 'JW305'],
        ['2026-03-09', 'JW319'],
        ['2026-03-09', 'JW301'],
      ]),
    ).toEqual(['2026-03-09 JW301', '2026-03-09 JW319', '2026-03-20 JW305', '- JW301']);
  });

  it('takes the message number alone, as the CLI reads it from the namespace', () => {
    expect(messageOrderKey('2026-03-09', '301')).toBe(messageOrderKey('2026-03-09', 'JW301'));
  });
});
