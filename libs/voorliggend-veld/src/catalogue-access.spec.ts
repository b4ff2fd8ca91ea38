import type { Actor } from '@regie/access';
import { rejectionOf } from '@regie/household';
import { assertMayManage, assertMayRead } from './catalogue-access';

const beheerder: Actor = { userId: 'b', role: 'functioneel_beheerder', gemeente: '0363' };
const consulent: Actor = { userId: 'c', role: 'domeinmedewerker', domain: 'WMO', gemeente: '0363' };

describe('catalogue access', () => {
  it('lets the functioneel beheerder of the gemeente manage its catalogue', () => {
    expect(() => assertMayManage(beheerder, '0363')).not.toThrow();
  });

  it.each([
    ['a beheerder of another gemeente', beheerder, '0599'],
    ['a domeinmedewerker', consulent, '0363'],
    ['a regisseur', { ...consulent, role: 'regisseur' } as Actor, '0363'],
    ['an auditor', { ...consulent, role: 'auditor' } as Actor, '0363'],
  ])('forbids %s to manage it', (_case, actor, gemeente) => {
    expect(rejectionOf(() => assertMayManage(actor, gemeente))).toBe('FORBIDDEN');
  });

  it('lets every role of the gemeente read it, and no one of another gemeente', () => {
    expect(() => assertMayRead(consulent, '0363')).not.toThrow();
    expect(rejectionOf(() => assertMayRead(consulent, '0599'))).toBe('FORBIDDEN');
    expect(rejectionOf(() => assertMayRead({ userId: 'x', role: 'regisseur' }, '0363'))).toBe('FORBIDDEN');
  });
});
