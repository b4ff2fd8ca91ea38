import {
  fixtureMembers,
  HouseholdEventType,
  givenHousehold,
  householdRegistered,
  type DomainModuleDefinition,
  type DraftEvent,
  type ProviderRecord,
} from '@regie/household';
import {
  IJW,
  IWMO,
  evolveEntries,
  initialLifecycleState,
  toewijzingProfile,
  type LifecycleState,
  type ToewijzingProfile,
} from '../src';

// Given-helpers for the life-cycle spec, run once per profile. The profiles have the domain codes and prefixes of
// Jeugd and Wmo (strings only: this lib imports no domain). History events get ids e1, e2, ...; e1 is the registration.

export interface ProfileCase {
  readonly name: string;
  readonly profile: ToewijzingProfile;
  readonly provider: ProviderRecord;
  /** A provider registered for another domain only. */
  readonly otherProvider: ProviderRecord;
  readonly productcategorie: string;
  readonly otherProductcategorie: string;
}

const jeugd = toewijzingProfile({
  domain: 'JEUGD',
  prefix: 'jeugd.',
  standard: IJW,
  care: 'zorg',
  label: 'Jeugd',
  careInEnglish: 'care',
});
const wmo = toewijzingProfile({
  domain: 'WMO',
  prefix: 'wmo.',
  standard: IWMO,
  care: 'ondersteuning',
  label: 'Wmo',
  careInEnglish: 'support',
});

export const PROFILE_CASES: readonly ProfileCase[] = [
  {
    name: 'Jeugd (iJw)',
    profile: jeugd,
    provider: { agbCode: '12345678', name: 'Jeugdteam Noord', domains: ['JEUGD'] },
    otherProvider: { agbCode: '87654321', name: 'Thuiszorg West', domains: ['WMO'] },
    productcategorie: '45',
    otherProductcategorie: '54',
  },
  {
    name: 'Wmo (iWmo)',
    profile: wmo,
    provider: { agbCode: '75750001', name: 'Thuiszorg Zuid', domains: ['WMO'] },
    otherProvider: { agbCode: '98980001', name: 'Jeugdteam Oost', domains: ['JEUGD'] },
    productcategorie: '02',
    otherProductcategorie: '01',
  },
];

/** The life cycle alone as a domain module: enough for the household to fold its events. */
export const lifecycleDefinition = (profile: ToewijzingProfile): DomainModuleDefinition<LifecycleState> => ({
  code: profile.domain,
  eventPrefix: profile.prefix,
  label: profile.domain,
  retentionYears: 15,
  initialState: initialLifecycleState,
  evolve: evolveEntries(profile.domain, profile.prefix),
  validateCorrection: () => undefined,
  describe: () => ({ summary: '' }),
  personalData: {},
});

export const { moeder, zoon } = fixtureMembers;

export function givenFor(testCase: ProfileCase) {
  return (history: readonly DraftEvent[] = [], today?: string) =>
    givenHousehold([householdRegistered(), ...history], {
      domains: [lifecycleDefinition(testCase.profile)],
      providers: [testCase.provider, testCase.otherProvider],
      today,
    });
}

/** A toewijzing T1 for the moeder, 2026-01-05 up to 2026-12-31, as stored. */
export const toewijzingEvent = (testCase: ProfileCase, data: Record<string, unknown> = {}): DraftEvent => ({
  type: testCase.profile.eventType.toewijzingVastgelegd,
  data: {
    memberId: moeder.memberId,
    providerAgb: testCase.provider.agbCode,
    toewijzingNummer: 'T1',
    toewijzingsdatum: '2026-01-02',
    ingangsdatum: '2026-01-05',
    einddatum: '2026-12-31',
    productcategorie: testCase.productcategorie,
    omvang: { volume: 2, eenheid: '04', frequentie: '2' },
    tariefPerEenheidCents: 6_000,
    ...data,
  },
  occurredAt: '2026-01-02',
});

/** Withdraws the entry with this id (ids follow the history: e2 is the first event after the registration). */
export const withdrawn = (testCase: ProfileCase, entryId: string, entryType: string): DraftEvent => ({
  type: HouseholdEventType.entryWithdrawn,
  data: { entryId, entryType, domain: testCase.profile.domain, reason: 'ten onrechte verstuurd' },
});

export const bericht = (berichtType: string, identificatie = 'B1') => ({
  berichtType,
  afzender: '12345678',
  identificatie,
  dagtekening: '2026-03-02',
});
