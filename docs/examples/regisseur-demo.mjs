// A small walk-through against a running api (default http://localhost:3000/graphql): registers two providers,
// a household, a regisseur, a legal basis and a Jeugd toewijzing with its start, then prints the regisseur's view.
// Usage: node docs/examples/regisseur-demo.mjs [url]
// Each user gets a development bearer token, signed like `npm run regie -- token` does: with AUTH_JWT_SECRET, or the
// public development secret the api uses when nothing is configured (see docs/security.md).
import { SignJWT } from 'jose';

const url = process.argv[2] ?? 'http://localhost:3000/graphql';
const secret = new TextEncoder().encode(
  process.env.AUTH_JWT_SECRET ?? 'regie-development-secret-never-use-in-production',
);
const token = ({ sub, ...claims }) =>
  new SignJWT({ ...claims, gemeente: '0363' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(process.env.AUTH_ISSUER ?? 'regie')
    .setAudience(process.env.AUTH_AUDIENCE ?? 'regie-api')
    .setExpirationTime('10m')
    .sign(secret);
const beheerder = await token({ sub: 'u-beheer', role: 'functioneel_beheerder', name: 'Fatima Beheer' });
const jeugdconsulent = await token({
  sub: 'u-jeugd-1',
  role: 'domeinmedewerker',
  domain: 'JEUGD',
  name: 'Joost Jeugdteam',
});
const regisseur = await token({ sub: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker' });

async function gql(query, variables, bearer) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const agb = String(10000000 + Math.floor(Math.random() * 89999999));
await gql(
  `mutation($i: RegisterProviderInput!) { registerProvider(input: $i) { position } }`,
  { i: { agbCode: agb, name: 'Jeugdhulp Noord', domains: ['JEUGD'] } },
  beheerder,
);
const { registerHousehold } = await gql(
  `mutation($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { householdId } }`,
  {
    i: {
      gemeente: '0363',
      name: 'Familie De Vries',
      members: [
        { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
        { bsn: '856885253', name: 'Noah de Vries', birthDate: '2012-07-30', relation: 'KIND' },
      ],
    },
  },
  beheerder,
);
const householdId = registerHousehold.householdId;
await gql(
  `mutation($i: AssignRegisseurInput!) { assignRegisseur(input: $i) { position } }`,
  {
    i: {
      householdId,
      regisseurUserId: 'u-regisseur-anna',
      regisseurName: 'Anna Bakker',
      reason: 'Meervoudige problematiek: schulden en jeugdhulp',
    },
  },
  beheerder,
);
await gql(
  `mutation($i: RecordSharingBasisInput!) { recordSharingBasis(input: $i) { position } }`,
  {
    i: {
      householdId,
      domain: 'JEUGD',
      grondslag: 'WETTELIJKE_TAAK',
      wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
      memberIds: [],
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
    },
  },
  jeugdconsulent, // the domain that holds the data records the basis to share it
);
const {
  household: { members },
} = await gql(`query($id: ID!) { household(id: $id) { members { id name } } }`, { id: householdId }, regisseur);
const noah = members.find((member) => member.name.startsWith('Noah')).id;
await gql(
  `mutation($i: RecordJeugdToewijzingInput!) { recordJeugdToewijzing(input: $i) { position } }`,
  {
    i: {
      householdId,
      memberId: noah,
      providerAgb: agb,
      toewijzingNummer: 'JZ2026001',
      toewijzingsdatum: '2026-03-02',
      ingangsdatum: '2026-03-09',
      productcategorie: '45',
      verwijzer: '02',
    },
  },
  jeugdconsulent,
);
await gql(
  `mutation($i: RecordJeugdZorgStartInput!) { recordJeugdZorgStart(input: $i) { position } }`,
  { i: { householdId, toewijzingNummer: 'JZ2026001', begindatum: '2026-04-27' } },
  jeugdconsulent,
);

const view = await gql(
  `query($id: ID!) { household(id: $id) {
     name regisseur { name }
     providers { agbCode name active { label wachttijdDays overNorm stillWaiting } }
     timeline(first: 10) { totalCount edges { node { occurredAt domain summary } } }
  } }`,
  { id: householdId },
  regisseur,
);
console.log(JSON.stringify(view, null, 2));
