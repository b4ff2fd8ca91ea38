import { signDevelopmentToken, UNAUTHENTICATED_MESSAGE } from '@regie/access';
import request from 'supertest';
import { startTestApp, type TestActor, type TestApp } from './test-app';

// One definition of a valid actor (libs/access actor-identity.ts) for the token verifier and the verwerkingenlog:
// the user ids identity providers really use write and are logged; what the log cannot hold is refused at the door.

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`;
const member = { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' };
const auditor: TestActor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };
const LOG = `query($filter: ProcessingLogFilter) {
  processingLog(filter: $filter, first: 10) { edges { node { userId userName operation householdId } } }
}`;

describe('real-world user ids, end to end (PostgreSQL)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  const headPosition = async () =>
    (await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }')).data!.system
      .headPosition;

  it.each([
    ['an 8-digit employee number', '12345678', 'Jan Jansen'],
    ['an e-mail address with +', 'j.jansen+regie@gemeente.nl', 'J. Jansen'],
    ['a UPN', 'j.jansen@gemeente.nl', 'Jansen, J. (Jan)'],
    ['an id with a space', 'GEMEENTE\\Jan Jansen', 'Jan van der Berg-Öztürk'],
  ])('%s writes, answers without error and leaves a WRITE line', async (_label, userId, name) => {
    const beheerder: TestActor = { userId, name, role: 'functioneel_beheerder', gemeente: '0363' };
    const written = await api.graphql<{ registerHousehold: { householdId: string } }>(
      REGISTER,
      { input: { gemeente: '0363', name: 'Familie Jansen', members: [member] } },
      beheerder,
    );
    expect(written.errors).toBeUndefined();
    const householdId = written.data!.registerHousehold.householdId;
    const log = await api.graphql<{ processingLog: { edges: { node: Record<string, unknown> }[] } }>(
      LOG,
      { filter: { userId, householdId } },
      auditor,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.processingLog.edges.map(({ node }) => node)).toContainEqual({
      userId,
      userName: name,
      operation: 'WRITE',
      householdId,
    });
  });

  it.each([
    ['a control character in name', { sub: 'u-beheer', name: 'Jan\u0007Jansen' }],
    ['a newline in name', { sub: 'u-beheer', name: 'Jan\nJansen' }],
    ['a bidi override in sub', { sub: 'u-\u202ebeheer', name: 'Jan' }],
    ['a NUL in sub', { sub: 'u-\u0000beheer', name: 'Jan' }],
  ])('refuses %s at the door: UNAUTHENTICATED, nothing written', async (_label, identity) => {
    const before = await headPosition();
    const token = await signDevelopmentToken({ ...identity, role: 'functioneel_beheerder', gemeente: '0363' });
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: REGISTER, variables: { input: { gemeente: '0363', name: 'Familie X', members: [member] } } });
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expect(await headPosition()).toBe(before);
  });
});
