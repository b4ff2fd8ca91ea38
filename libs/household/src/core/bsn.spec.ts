import { isValidBsn } from './bsn';

describe('BSN elfproef', () => {
  it.each(['111222333', '123456782', '856885253'])('accepts %s', (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each(['111222334', '12345678', '1234567820', 'abcdefghi', '000000000', ''])('rejects %s', (bsn) =>
    expect(isValidBsn(bsn)).toBe(false),
  );
});
