import { actorIdProblem, actorNameProblem, MAX_ACTOR_ID_LENGTH, MAX_ACTOR_NAME_LENGTH } from './actor-identity';

describe('a valid actor identity (token sub and name, verwerkingenlog userId and userName)', () => {
  it.each([
    '12345678',
    '123456782',
    'j.jansen+regie@gemeente.nl',
    'j.jansen@gemeente.nl',
    'GEMEENTE\\jjansen',
    'Jan Jansen',
    'u-regisseur-anna',
    'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    'Zoë Öztürk',
    'x'.repeat(MAX_ACTOR_ID_LENGTH),
  ])('given the user id %j, when checked, then it is valid', (id) => {
    expect(actorIdProblem(id)).toBeUndefined();
  });

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    [' jan', 'must not start or end with a space'],
    ['x'.repeat(MAX_ACTOR_ID_LENGTH + 1), `must be at most ${MAX_ACTOR_ID_LENGTH} characters`],
    ['jan\u0000', 'control character'],
    ['jan\tjansen', 'control character'],
    ['jan\u0085', 'control character'],
    ['jan\u202ejansen', 'invisible formatting character'],
    ['jan\u200bjansen', 'invisible formatting character'],
    ['jan\u2028jansen', 'control character'],
    ['jan\ud800', 'lone surrogate'],
  ])('given the user id %j, when checked, then it is refused (%s)', (id, problem) => {
    expect(actorIdProblem(id)).toContain(problem);
  });

  it('given a non-string, when checked, then it is refused', () => {
    expect(actorIdProblem(12345678)).toBe('must be text');
    expect(actorNameProblem(null)).toBe('must be text');
  });

  it('given names, when checked, then spaces and any script pass and invisible characters do not', () => {
    expect(actorNameProblem('Jan van der Berg-Öztürk 👩‍💼')).toContain('invisible'); // ZWJ in an emoji sequence
    expect(actorNameProblem('Jan van der Berg-Öztürk')).toBeUndefined();
    expect(actorNameProblem('Jan\r\nJansen')).toContain('control character');
    expect(actorNameProblem('x'.repeat(MAX_ACTOR_NAME_LENGTH + 1))).toContain('at most');
  });
});
