import { safeReturnTo } from './sign-in.controller';

describe('safeReturnTo', () => {
  it.each(['/', '/zoeken', '/huishoudens/de000000-0000-4000-8000-000000000001', '/werklijst?x=1'])(
    'keeps %s',
    (path) => {
      expect(safeReturnTo(path)).toBe(path);
    },
  );

  it.each(['//evil.example', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '', 42, undefined])(
    'sends %p to / (no open redirect)',
    (value) => {
      expect(safeReturnTo(value)).toBe('/');
    },
  );
});
