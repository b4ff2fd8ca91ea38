import { fixtureMembers, givenHousehold, householdRegistered, rejectionWithField } from '@regie/household';
import type { DeclaratieCommand, VerzoekOmWijzigingCommand } from '@regie/toewijzing';
import * as decide from './wmo.zorg.decide';
import { wmoDefinition } from './wmo.definition';
import { WmoEventType } from './wmo.events';

// Wmo's exports of the shared life cycle's 323 and 317 (the rules are specified in libs/toewijzing for both profiles).

const provider = { agbCode: '12345678', name: 'Thuiszorg Zuid', domains: ['WMO'] };
const { moeder } = fixtureMembers;
const bericht = { berichtType: 'WMO323', afzender: provider.agbCode, identificatie: 'B1', dagtekening: '2026-04-02' };
const toewijzing = {
  type: 'wmo.ToewijzingVastgelegd',
  data: {
    memberId: moeder.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1001',
    toewijzingsdatum: '2026-01-02',
    ingangsdatum: '2026-01-05',
    productcategorie: '02',
  },
};
const given = () =>
  givenHousehold([householdRegistered(), toewijzing], { domains: [wmoDefinition], providers: [provider] });
const names = { member: () => 'Sanne', provider: () => provider.name };

it('keeps the stored event type names', () => {
  expect(WmoEventType).toEqual({
    meldingOntvangen: 'wmo.MeldingOntvangen',
    onderzoekAfgerond: 'wmo.OnderzoekAfgerond',
    besluitGenomen: 'wmo.BesluitGenomen',
    verzoekOmToewijzingOntvangen: 'wmo.VerzoekOmToewijzingOntvangen',
    toewijzingVastgelegd: 'wmo.ToewijzingVastgelegd',
    zorgGestart: 'wmo.ZorgGestart',
    zorgGestopt: 'wmo.ZorgGestopt',
    declaratieOntvangen: 'wmo.DeclaratieOntvangen',
    verzoekOmWijzigingOntvangen: 'wmo.VerzoekOmWijzigingOntvangen',
  });
});

it('records a WMO323 line as wmo.DeclaratieOntvangen and describes it as a declaration fact', () => {
  const command: DeclaratieCommand = {
    memberId: moeder.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1001',
    declaratieNummer: 'D1',
    productReferentie: 'P1',
    periodBegin: '2026-03-01',
    periodEnd: '2026-03-31',
    productcategorie: '02',
    geleverdVolume: 10,
    eenheid: '04',
    ingediendBedragCents: 75_000,
    debetCredit: 'D',
    bericht,
  };
  const [draft] = decide.recordWmoDeclaratie(command, given());
  expect(draft!.type).toBe('wmo.DeclaratieOntvangen');
  const event = { id: 'e3', metadata: {} as never, ...draft!, data: draft!.data };
  expect(wmoDefinition.describe(event, names).declaration).toMatchObject({ key: 'T1001', amountCents: 75_000 });
  expect(wmoDefinition.validateCorrection(event, { periodEnd: '2026-03-30' })).toMatch(/crediteer/);
  expect(rejectionWithField(() => decide.recordWmoDeclaratie({ ...command, periodEnd: '2026-02-01' }, given()))).toBe(
    'BAD_USER_INPUT:periodEnd',
  );
});

it('records a WMO317 as wmo.VerzoekOmWijzigingOntvangen, a request without an episode', () => {
  const command: VerzoekOmWijzigingCommand = {
    memberId: moeder.memberId,
    providerAgb: provider.agbCode,
    toewijzingNummer: 'T1001',
    productcategorie: '02',
    gewensteIngangsdatum: '2026-04-01',
    bericht: { ...bericht, berichtType: 'WMO317' },
  };
  const [draft] = decide.recordWmoVerzoekOmWijziging(command, given());
  expect(draft!.type).toBe('wmo.VerzoekOmWijzigingOntvangen');
  const line = wmoDefinition.describe({ id: 'e3', metadata: {} as never, ...draft!, data: draft!.data }, names);
  expect(line).toMatchObject({ status: 'WIJZIGING_GEVRAAGD' });
  expect(line.episode).toBeUndefined();
});
