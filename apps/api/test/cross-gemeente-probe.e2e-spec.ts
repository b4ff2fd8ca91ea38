import { randomUUID } from 'node:crypto';
import { startTestApp, type TestActor, type TestApp } from './test-app';

const beheerderAmsterdam: TestActor = { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' };
const auditorAmsterdam: TestActor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };
const regisseurRotterdam: TestActor = { userId: 'u-probe-lees', role: 'regisseur', gemeente: '0599' };
const beheerderRotterdam: TestActor = { userId: 'u-probe-schrijf', role: 'functioneel_beheerder', gemeente: '0599' };
const auditorRotterdam: TestActor = { userId: 'u-audit-rdam', role: 'auditor', gemeente: '0599' };

const READ = `query($id: ID!) { household(id: $id) { name } }`;
const WRITE = `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`;
const SEARCH = `query($filter: ProcessingLogFilter) {
  processingLog(filter: $filter, first: 100) { edges { node { userId gemeente householdId operation action } } } }`;

interface Line {
  userId: string;
  gemeente: string;
  householdId: string | null;
  operation: string;
  action: string;
}

describe('refused attempts on another gemeente’s household in the verwerkingenlog', () => {
  let api: TestApp;
  let householdId: string;
  const unknownId = randomUUID();

  beforeAll(async () => {
    api = await startTestApp('postgres');
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Visser',
          members: [{ bsn: '111222333', name: 'Eva Visser', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
        },
      },
      beheerderAmsterdam,
    );
    householdId = registered.data!.registerHousehold.householdId;
  }, 120_000);
  afterAll(() => api?.close());

  const probe = async (id: string) => ({
    read: await api.graphql(READ, { id }, regisseurRotterdam),
    write: await api.graphql(
      WRITE,
      { input: { householdId: id, regisseurUserId: 'u-x', regisseurName: 'X', reason: 'probe' } },
      beheerderRotterdam,
    ),
  });
  const linesSeenBy = async (auditor: TestActor, id: string) => {
    const { data, errors } = await api.graphql<{ processingLog: { edges: { node: Line }[] } }>(
      SEARCH,
      { filter: { householdId: id } },
      auditor,
    );
    expect(errors).toBeUndefined();
    return data!.processingLog.edges.map((edge) => edge.node);
  };

  it('shows the household’s auditor the probes on it; the prober gets the same answer as for no household', async () => {
    const onExisting = await probe(householdId);
    const onNothing = await probe(unknownId);
    expect(onExisting.read.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(onExisting.write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // Byte for byte the same answer, so the prober cannot tell whether the household exists.
    expect(JSON.stringify(onExisting)).toBe(JSON.stringify(onNothing));

    const probes = (lines: Line[]) =>
      lines
        .filter((line) => line.operation === 'DENIED')
        .map((line) => `${line.gemeente} ${line.userId} ${line.action}`)
        .sort();
    const expected = ['0599 u-probe-lees household.read', '0599 u-probe-schrijf household.write'];
    expect(probes(await linesSeenBy(auditorAmsterdam, householdId))).toEqual(expected);
    // The prober's own auditor sees both attempts, as before.
    expect(probes(await linesSeenBy(auditorRotterdam, householdId))).toEqual(expected);
    expect(probes(await linesSeenBy(auditorRotterdam, unknownId))).toEqual(expected);
    // A household that does not exist belongs to no gemeente: nobody else is shown the attempt.
    expect(probes(await linesSeenBy(auditorAmsterdam, unknownId))).toEqual([]);
  });
});
