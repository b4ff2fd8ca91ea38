import { DEVELOPMENT_JWT_SECRET } from '@regie/config';
import { addDomainProcessingActivities, processingActivityFor } from '@regie/audit';
import { signDevelopmentToken, TokenVerifier } from '@regie/access';
import {
  DomainEnum,
  DomainRegistry,
  EntryDomainEnum,
  rejectionCodes,
  rejectionCodesOf,
  type DomainModuleDefinition,
} from '@regie/household';
import { waitingNormsDays, worklistLabels } from '@regie/timeline';
import { DOMAIN_CODES, DOMAINS } from '../src';

// A test-only fifth domain: everything the rest of Regie knows about it comes from this definition.
const VIJFDE_REJECTIONS = rejectionCodes(['VIJFDE_ZAAK_ONBEKEND']);
const vijfde: DomainModuleDefinition = {
  code: 'VIJFDE',
  eventPrefix: 'vijfde.',
  label: 'Vijfde domein',
  retentionYears: 7,
  initialState: {},
  evolve: (state) => state,
  validateCorrection: () => undefined,
  describe: (event) => ({ summary: event.type }),
  signalKinds: [
    {
      kind: 'VIJFDE_SIGNAAL',
      worklistKind: 'VIJFDE_ZONDER_OPVOLGING',
      worklistLabel: 'Vijfde zonder opvolging',
      termDays: 14,
    },
  ],
  waitingNorm: { days: 10, source: 'test' },
  correctionFacts: { episodeDateFields: { GESTART: ['startdatum'] } },
  rejectionCodes: Object.values(VIJFDE_REJECTIONS),
  processingActivity: {
    version: 1,
    validFrom: '2026-01-01',
    name: 'Vijfde domein',
    purpose: 'Testen dat een domein zijn verwerkingsactiviteit zelf meebrengt.',
    legalBasis: { gdpr: 'OfficialAuthorityOfController', article: 'AVG art. 6 lid 1 sub e', law: 'Testwet' },
    dataSubjects: ['Citizen'],
    personalDataCategories: ['testgegevens'],
    retention: { from: 'het einde van de zaak', basis: 'test' },
    processingOperations: ['Store'],
  },
};

function registryWithFifth(): DomainRegistry {
  const registry = new DomainRegistry();
  for (const { definition } of DOMAINS) registry.register(definition);
  registry.register(vijfde);
  return registry;
}

describe('a fifth domain, registered through its definition only', () => {
  it('is a known domain: the registry, the GraphQL enums and the token verifier take its code', async () => {
    const registry = registryWithFifth();
    expect(registry.codes).toEqual([...DOMAIN_CODES, 'VIJFDE']);
    expect(Object.keys(DomainEnum)).toEqual([...DOMAIN_CODES, 'VIJFDE']);
    expect(Object.keys(EntryDomainEnum)).toEqual(['HOUSEHOLD', ...DOMAIN_CODES, 'VIJFDE']);

    const verifier = new TokenVerifier({
      secret: DEVELOPMENT_JWT_SECRET,
      issuer: 'regie',
      audience: 'regie-api',
      domains: registry.codes,
    });
    const claims = { sub: 'u-vijf', role: 'domeinmedewerker', domain: 'VIJFDE', gemeente: '0363' } as const;
    const token = await signDevelopmentToken(claims, {
      secret: DEVELOPMENT_JWT_SECRET,
      issuer: 'regie',
      audience: 'regie-api',
    });
    expect((await verifier.verify(token)).actor.domain).toBe('VIJFDE');
    const withoutIt = new TokenVerifier({
      secret: DEVELOPMENT_JWT_SECRET,
      issuer: 'regie',
      audience: 'regie-api',
      domains: DOMAIN_CODES,
    });
    await expect(withoutIt.verify(token)).rejects.toThrow();
  });

  it('puts its signal kind with its own text on the worklist, and its norm with the norms', () => {
    const registry = registryWithFifth();
    expect(worklistLabels(registry.all)).toEqual({
      ...Object.fromEntries(
        DOMAINS.flatMap((domain) => domain.definition.signalKinds ?? []).map((kind) => [
          kind.worklistKind,
          kind.worklistLabel,
        ]),
      ),
      TOEWIJZING_WACHT_TE_LANG: 'Zorg wacht langer dan de norm',
      MAATWERK_ZONDER_AFWEGING: 'Maatwerk zonder afweging',
      WMO_ONDERZOEK_TE_LAAT: 'Wmo-onderzoek niet op tijd',
      WGS_SIGNAAL_ZONDER_OPVOLGING: 'Betalingsachterstand zonder opvolging',
      VIJFDE_ZONDER_OPVOLGING: 'Vijfde zonder opvolging',
    });
    expect(waitingNormsDays(registry)).toEqual({ JEUGD: 42, VIJFDE: 10 });
  });

  it('adds its rejection codes without touching the household list, and none twice', () => {
    const registry = registryWithFifth();
    expect(rejectionCodesOf(registry.all)).toContain('VIJFDE_ZAAK_ONBEKEND');
    const copy = { ...vijfde, code: 'ZESDE', eventPrefix: 'zesde.', signalKinds: [] };
    expect(() => registry.register(copy)).toThrow('rejection code VIJFDE_ZAAK_ONBEKEND is already in use');
    expect(() => rejectionCodes(['BAD_USER_INPUT'])).toThrow("household's own");
    expect(() => rejectionCodes(['niet-constant'])).toThrow('constant');
  });

  it('brings its verwerkingsactiviteit to the register: id, term and actions derived from the definition', () => {
    addDomainProcessingActivities([vijfde]);
    addDomainProcessingActivities([vijfde]); // once per domain, however often the composition root loads
    const activity = processingActivityFor('vijfde.ZaakGeopend', '2026-06-01');
    expect(activity).toMatchObject({
      id: 'vijfde',
      domain: 'VIJFDE',
      purpose: 'Testen dat een domein zijn verwerkingsactiviteit zelf meebrengt.',
      retention: { period: 'P7Y', from: 'het einde van de zaak', basis: 'test' },
      actionPrefixes: ['vijfde.'],
    });
    const jeugdTwice = { ...vijfde, code: 'JEUGD', eventPrefix: 'jeugd.' };
    expect(() => addDomainProcessingActivities([jeugdTwice])).toThrow(
      'Domain JEUGD has an entry in the register already',
    );
  });

  it('refuses a signal kind another domain already has', () => {
    const registry = registryWithFifth();
    const clash = {
      ...vijfde,
      code: 'ZESDE',
      eventPrefix: 'zesde.',
      rejectionCodes: [],
      signalKinds: [{ ...vijfde.signalKinds![0]!, worklistKind: 'ZESDE_ZONDER_OPVOLGING' }],
    };
    expect(() => registry.register(clash)).toThrow(
      "signal kind VIJFDE_SIGNAAL (ZESDE_ZONDER_OPVOLGING) is already VIJFDE's",
    );
  });
});
