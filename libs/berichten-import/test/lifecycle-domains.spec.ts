import {
  fixtureMembers,
  givenHousehold,
  householdRegistered,
  rejectionWithField,
  type DomainModuleDefinition,
  type DraftEvent,
} from '@regie/household';
import {
  JeugdEventType,
  jeugdDefinition,
  recordJeugdDeclaratie,
  recordJeugdVerzoekOmWijziging,
  type DeclaratieCommand,
  type VerzoekOmWijzigingCommand,
} from '@regie/jeugd';
import { WmoEventType, recordWmoDeclaratie, recordWmoVerzoekOmWijziging, wmoDefinition } from '@regie/wmo';

// The 323 and 317 as Jeugd and Wmo export them (TEAM.md contract): stored under each domain's own event names and
// described through its definition. The rules themselves are specified in libs/toewijzing for both profiles.

const { zoon } = fixtureMembers;
const cases = [
  {
    name: 'Jeugd',
    definition: jeugdDefinition as DomainModuleDefinition,
    eventType: JeugdEventType,
    recordDeclaratie: recordJeugdDeclaratie,
    recordVerzoekOmWijziging: recordJeugdVerzoekOmWijziging,
    productcategorie: '45',
    extra: { verwijzer: '01' },
  },
  {
    name: 'Wmo',
    definition: wmoDefinition as DomainModuleDefinition,
    eventType: WmoEventType,
    recordDeclaratie: recordWmoDeclaratie,
    recordVerzoekOmWijziging: recordWmoVerzoekOmWijziging,
    productcategorie: '02',
    extra: {},
  },
];

describe.each(cases)('$name: 323 and 317 through the domain', (testCase) => {
  const { definition, eventType } = testCase;
  const provider = { agbCode: '12345678', name: 'Aanbieder', domains: [definition.code] };
  const toewijzing: DraftEvent = {
    type: eventType.toewijzingVastgelegd,
    data: {
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      toewijzingNummer: 'T1001',
      toewijzingsdatum: '2026-01-02',
      ingangsdatum: '2026-01-05',
      productcategorie: testCase.productcategorie,
      ...testCase.extra,
    },
  };
  const given = () =>
    givenHousehold([householdRegistered(), toewijzing], { domains: [definition], providers: [provider] });
  const names = { member: () => 'Noah', provider: () => provider.name };
  const bericht = { berichtType: '323', afzender: provider.agbCode, identificatie: 'B1', dagtekening: '2026-04-02' };
  const stored = (draft: DraftEvent) => ({ id: 'e3', metadata: {} as never, type: draft.type, data: draft.data });

  it('keeps the stored names and adds DeclaratieOntvangen and VerzoekOmWijzigingOntvangen', () => {
    const prefix = definition.eventPrefix;
    expect(eventType).toMatchObject({
      toewijzingVastgelegd: `${prefix}ToewijzingVastgelegd`,
      zorgGestart: `${prefix}ZorgGestart`,
      zorgGestopt: `${prefix}ZorgGestopt`,
      declaratieOntvangen: `${prefix}DeclaratieOntvangen`,
      verzoekOmWijzigingOntvangen: `${prefix}VerzoekOmWijzigingOntvangen`,
    });
  });

  it('records a declaration line, describes it as a declaration fact and refuses to correct it', () => {
    const command: DeclaratieCommand = {
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      toewijzingNummer: 'T1001',
      declaratieNummer: 'D1',
      productReferentie: 'P1',
      periodBegin: '2026-03-01',
      periodEnd: '2026-03-31',
      productcategorie: testCase.productcategorie,
      geleverdVolume: 10,
      eenheid: '04',
      ingediendBedragCents: 75_000,
      debetCredit: 'D',
      bericht,
    };
    const [draft] = testCase.recordDeclaratie(command, given());
    expect(draft!.type).toBe(eventType.declaratieOntvangen);
    expect(definition.describe(stored(draft!), names).declaration).toMatchObject({ key: 'T1001', amountCents: 75_000 });
    expect(definition.validateCorrection(stored(draft!), { periodEnd: '2026-03-30' })).toMatch(/crediteer/);
    const wrongPeriod = { ...command, periodEnd: '2026-02-01' };
    expect(rejectionWithField(() => testCase.recordDeclaratie(wrongPeriod, given()))).toBe('BAD_USER_INPUT:periodEnd');
  });

  it('records a 317 as a request without an episode', () => {
    const command: VerzoekOmWijzigingCommand = {
      memberId: zoon.memberId,
      providerAgb: provider.agbCode,
      toewijzingNummer: 'T1001',
      productcategorie: testCase.productcategorie,
      gewensteIngangsdatum: '2026-04-01',
      bericht: { ...bericht, berichtType: '317' },
    };
    const [draft] = testCase.recordVerzoekOmWijziging(command, given());
    expect(draft!.type).toBe(eventType.verzoekOmWijzigingOntvangen);
    const line = definition.describe(stored(draft!), names);
    expect(line).toMatchObject({ status: 'WIJZIGING_GEVRAAGD' });
    expect(line.episode).toBeUndefined();
  });
});
