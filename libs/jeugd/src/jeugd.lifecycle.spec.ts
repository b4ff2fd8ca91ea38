import { fixtureMembers, givenHousehold, householdRegistered, rejectionWithField } from '@regie/household';
import type { DeclaratieCommand, VerzoekOmWijzigingCommand } from '@regie/toewijzing';
import * as decide from './jeugd.decide';
import { jeugdDefinition } from './jeugd.definition';
import { JeugdEventType } from './jeugd.events';

// Jeugd's exports of the shared life cycle's 323 and 317 (the rules are specified in libs/toewijzing for both profiles).

const provider = { agbCode: '12345678', name: 'Jeugdteam Noord', domains: ['JEUGD'] };
const { zoon } = fixtureMembers;
const bericht = { berichtType: 'JW323', afzender: provider.agbCode, identificatie: 'B1', dagtekening: '2026-04-02' };
const toewijzing = {
  type: 'jeugd.ToewijzingVastgelegd',
  data: {
    memberId: zoon.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1001',
    toewijzingsdatum: '2026-01-02',
    ingangsdatum: '2026-01-05',
    productcategorie: '45',
    verwijzer: '01',
  },
};
const given = () =>
  givenHousehold([householdRegistered(), toewijzing], { domains: [jeugdDefinition], providers: [provider] });
const names = { member: () => 'Noah', provider: () => provider.name };

it('keeps the stored event type names', () => {
  expect(JeugdEventType).toEqual({
    verzoekOmToewijzingOntvangen: 'jeugd.VerzoekOmToewijzingOntvangen',
    toewijzingVastgelegd: 'jeugd.ToewijzingVastgelegd',
    zorgGestart: 'jeugd.ZorgGestart',
    zorgGestopt: 'jeugd.ZorgGestopt',
    contactmomentVastgelegd: 'jeugd.ContactmomentVastgelegd',
    declaratieOntvangen: 'jeugd.DeclaratieOntvangen',
    verzoekOmWijzigingOntvangen: 'jeugd.VerzoekOmWijzigingOntvangen',
  });
});

it('records a JW323 line as jeugd.DeclaratieOntvangen and describes it as a declaration fact', () => {
  const command: DeclaratieCommand = {
    memberId: zoon.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1001',
    declaratieNummer: 'D1',
    productReferentie: 'P1',
    periodBegin: '2026-03-01',
    periodEnd: '2026-03-31',
    productcategorie: '45',
    geleverdVolume: 10,
    eenheid: '04',
    ingediendBedragCents: 75_000,
    debetCredit: 'D',
    bericht,
  };
  const [draft] = decide.recordJeugdDeclaratie(command, given());
  expect(draft!.type).toBe('jeugd.DeclaratieOntvangen');
  const event = { id: 'e3', metadata: {} as never, ...draft!, data: draft!.data };
  expect(jeugdDefinition.describe(event, names).declaration).toMatchObject({ key: 'T1001', amountCents: 75_000 });
  expect(jeugdDefinition.validateCorrection(event, { periodEnd: '2026-03-30' })).toMatch(/crediteer/);
  expect(rejectionWithField(() => decide.recordJeugdDeclaratie({ ...command, periodEnd: '2026-02-01' }, given()))).toBe(
    'BAD_USER_INPUT:periodEnd',
  );
});

it('records a JW317 as jeugd.VerzoekOmWijzigingOntvangen, a request without an episode', () => {
  const command: VerzoekOmWijzigingCommand = {
    memberId: zoon.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1001',
    productcategorie: '45',
    gewensteIngangsdatum: '2026-04-01',
    verwijzer: '02',
    bericht: { ...bericht, berichtType: 'JW317' },
  };
  const [draft] = decide.recordJeugdVerzoekOmWijziging(command, given());
  expect(draft!.type).toBe('jeugd.VerzoekOmWijzigingOntvangen');
  const line = jeugdDefinition.describe({ id: 'e3', metadata: {} as never, ...draft!, data: draft!.data }, names);
  expect(line).toMatchObject({ status: 'WIJZIGING_GEVRAAGD' });
  expect(line.episode).toBeUndefined();
});
