import { containsBsn, isValidBsn } from './bsn';

describe('BSN elfproef', () => {
  it.each(['111222333', '123456782', '856885253'])('accepts %s', (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each(['111222334', '12345678', '1234567820', 'abcdefghi', '000000000', ''])('rejects %s', (bsn) =>
    expect(isValidBsn(bsn)).toBe(false),
  );
});

describe('a BSN in free text', () => {
  it.each(['Noah (BSN 856885253) is in gevaar', 'bsn 8568.85.253 volgens de melding', 'bsn 856 885 253', '856885253'])(
    'is found in %j',
    (text) => expect(containsBsn(text)).toBe(true),
  );

  it.each([
    'Melding Veilig Thuis, kind in gevaar',
    'telefoon 0612345678 en dossier 2026-0042',
    'nummer 111222334 (geen geldig BSN)',
    'kenmerk 1234567820 is tien cijfers',
  ])('is not found in %j', (text) => expect(containsBsn(text)).toBe(false));
});
