import { isStalePreparedStatement, StatementNames } from './statement-names';

describe('StatementNames', () => {
  it('gives a text the same name every time, and another text another name', () => {
    const names = new StatementNames();
    const first = names.nameOf('select $1::int');
    expect(first).toBeDefined();
    expect(names.nameOf('select $1::int')).toBe(first);
    expect(names.nameOf('select $1::text')).not.toBe(first);
  });

  it('names no more than max texts; those it named keep their names', () => {
    const names = new StatementNames(2);
    const a = names.nameOf('a');
    const b = names.nameOf('b');
    expect(names.nameOf('c')).toBeUndefined();
    expect([names.nameOf('a'), names.nameOf('b')]).toEqual([a, b]);
  });

  it('gives every text a name never used before after forget()', () => {
    const names = new StatementNames(3);
    const before = [names.nameOf('a'), names.nameOf('b')];
    names.forget();
    const after = [names.nameOf('a'), names.nameOf('b'), names.nameOf('c')];
    expect(after.every((name) => name !== undefined && !before.includes(name))).toBe(true);
  });

  it('knows PostgreSQL’s answer to a statement whose result columns changed', () => {
    expect(isStalePreparedStatement({ code: '0A000', message: 'cached plan must not change result type' })).toBe(true);
    expect(isStalePreparedStatement({ code: '0A000', message: 'something else' })).toBe(false);
    expect(isStalePreparedStatement(undefined)).toBe(false);
  });
});
