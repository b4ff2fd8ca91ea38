import { asHistory, type DraftEvent, type HouseholdEvent, type NameLookup } from '@regie/household';
import { wonenCorrectionFieldNames } from './wonen.correction';
import { wonenDefinition } from './wonen.definition';
import { WONEN_DOMAIN, WonenEventType as T } from './wonen.events';
import { findOntruiming, findSignaal, type WonenState } from './wonen.state';
import { wonenSignalKinds } from './wonen.signals';
import {
  ONTRUIMING_ID,
  SIGNAAL_ID,
  aanzegging,
  afspraak,
  begeleidingGestart,
  corrected,
  dagvaarding,
  given,
  moeder,
  opgevolgd,
  regeling,
  signaal,
  uitkomst,
  urgentieAangevraagd,
  urgentieToegekend,
  vader,
  withdrawn,
  woonbegeleider,
} from './test/wonen.fixtures';

const sliceOf = (...history: DraftEvent[]) => given(...history).state.domains[WONEN_DOMAIN] as WonenState;
const eventOf = (draft: DraftEvent): HouseholdEvent => asHistory([draft], [wonenDefinition])[0]!;
const names: NameLookup = {
  member: (id) => ({ [moeder.memberId]: 'Sanne', [vader.memberId]: 'Karim' })[id],
  provider: (agb) => (agb === woonbegeleider.agbCode ? woonbegeleider.name : undefined),
};
const describe_ = (draft: DraftEvent) => wonenDefinition.describe(eventOf(draft), names);

describe('wonenDefinition', () => {
  it('is the Wonen domain with 10 years retention', () => {
    expect(wonenDefinition).toMatchObject({ code: 'WONEN', eventPrefix: 'wonen.', label: 'Wonen', retentionYears: 10 });
  });

  it('declares its two signal kinds with a Dutch worklist text and a term', () => {
    expect(wonenSignalKinds.map(({ kind, termDays }) => [kind, termDays])).toEqual([
      ['WONEN_HUURACHTERSTAND', 28],
      ['WONEN_ONTRUIMING', 14],
    ]);
  });

  it('counts an eviction case without outcome, a running regeling or agreement as ongoing', () => {
    const ongoing = (...history: DraftEvent[]) => wonenDefinition.careOngoing!(sliceOf(...history));
    expect(ongoing(signaal)).toBe(false);
    expect(ongoing(dagvaarding)).toBe(true);
    expect(ongoing(dagvaarding, aanzegging, uitkomst('UITGESTELD'))).toBe(true);
    expect(ongoing(dagvaarding, aanzegging, uitkomst('VOORKOMEN'))).toBe(false);
    expect(ongoing(signaal, regeling)).toBe(true);
    expect(ongoing(afspraak)).toBe(true);
  });
});

describe('evolve', () => {
  it('merges a correction into the entry it corrects', () => {
    const state = sliceOf(signaal, corrected('e2', T.huurachterstandGesignaleerd, { bedragAchterstandCents: 82_000 }));
    expect(findSignaal(state, SIGNAAL_ID)!.signaal.data.bedragAchterstandCents).toBe(82_000);
  });

  it('no longer counts a withdrawn entry, and ignores other domains’ withdrawals', () => {
    expect(findSignaal(sliceOf(signaal, withdrawn('e2', T.huurachterstandGesignaleerd)), SIGNAAL_ID)).toBeUndefined();
    const otherDomain: DraftEvent = { ...withdrawn('e2', T.huurachterstandGesignaleerd) };
    (otherDomain.data as { domain: string }).domain = 'JEUGD';
    expect(findSignaal(sliceOf(signaal, otherDomain), SIGNAAL_ID)).toBeDefined();
  });

  it('tracks the furthest fase and the ontruimingsdatum that now counts', () => {
    const zaak = findOntruiming(
      sliceOf(dagvaarding, aanzegging, uitkomst('UITGESTELD', '2026-06-12', '2026-07-15')),
      ONTRUIMING_ID,
    )!;
    expect(zaak).toMatchObject({
      fase: 'AANZEGGING',
      ontruimingsdatum: '2026-07-15',
      afgerond: false,
      laatsteDatum: '2026-06-12',
    });
  });
});

describe('describe (timeline, B1)', () => {
  it('opens a huurachterstand signal with its term, and closes it on a closing follow-up or a regeling', () => {
    expect(describe_(signaal)).toEqual({
      summary: 'Huurachterstand gemeld door Woonstad Rotterdam (woningcorporatie): € 1.640,00, 2 maanden voor Sanne',
      memberId: moeder.memberId,
      category: 'huurachterstand',
      status: 'gemeld',
      signal: { key: SIGNAAL_ID, open: true, kind: 'WONEN_HUURACHTERSTAND', dueOn: '2026-05-29' },
    });
    expect(describe_(opgevolgd('HULP_AANGEBODEN')).signal).toEqual({
      key: SIGNAAL_ID,
      open: false,
      kind: 'WONEN_HUURACHTERSTAND',
    });
    expect(describe_(opgevolgd('GEEN_CONTACT_MOGELIJK')).signal).toBeUndefined();
    expect(describe_(regeling)).toMatchObject({
      summary: 'Betalingsregeling met Woonstad Rotterdam van € 100,00 per maand (Sanne)',
      signal: { key: SIGNAAL_ID, open: false },
    });
  });

  it('reads without the amounts once they were erased', () => {
    const erased = { ...signaal, data: { ...(signaal.data as object), verhuurder: 'gegevens verwijderd' } };
    delete (erased.data as Record<string, unknown>).bedragAchterstandCents;
    delete (erased.data as Record<string, unknown>).maandenAchterstand;
    expect(describe_(erased).summary).toBe(
      'Huurachterstand gemeld door gegevens verwijderd (woningcorporatie) voor Sanne',
    );
  });

  it('puts an aanzegging on the worklist from 14 days before the ontruimingsdatum until an outcome', () => {
    expect(describe_(dagvaarding)).toEqual({
      summary: 'Dreigende ontruiming: Woonstad Rotterdam vraagt de rechter om ontruiming (dagvaarding) (Sanne)',
      memberId: moeder.memberId,
      category: 'dreigende ontruiming',
      status: 'dagvaarding',
    });
    expect(describe_(aanzegging)).toMatchObject({
      summary:
        'Dreigende ontruiming: de deurwaarder kondigt de ontruiming aan (aanzegging), ontruiming op 24 juni 2026 (Sanne)',
      signal: { key: ONTRUIMING_ID, open: true, kind: 'WONEN_ONTRUIMING', dueOn: '2026-06-09' },
    });
    expect(describe_(uitkomst('VOORKOMEN'))).toMatchObject({
      summary: 'Ontruiming voorkomen (Sanne)',
      signal: { key: ONTRUIMING_ID, open: false, kind: 'WONEN_ONTRUIMING' },
    });
    expect(describe_(uitkomst('UITGESTELD', '2026-06-12', '2026-07-15'))).toMatchObject({
      summary: 'Ontruiming uitgesteld tot 15 juli 2026 (Sanne)',
      signal: { key: ONTRUIMING_ID, open: true, dueOn: '2026-06-30' },
    });
  });

  it('describes urgentie, begeleiding (as an episode) and the Laatste kans-afspraak in plain Dutch', () => {
    expect(describe_(urgentieAangevraagd).summary).toBe('Urgentie aangevraagd (huiselijk geweld) voor Sanne');
    expect(describe_(urgentieToegekend).summary).toBe(
      'Urgentie toegekend (huiselijk geweld) voor Sanne, geldig tot 20 oktober 2026',
    );
    expect(describe_(begeleidingGestart)).toMatchObject({
      summary: 'Uitstroom uit beschermd wonen gestart bij Woonbegeleiding De Brug voor Karim',
      providerAgb: woonbegeleider.agbCode,
      episode: {
        key: 't-1',
        kind: 'TRAJECT',
        step: 'GESTART',
        date: '2026-03-01',
        label: 'uitstroom uit beschermd wonen',
      },
    });
    expect(describe_(afspraak).summary).toBe(
      'Laatste kans-afspraak met Woonstad Rotterdam voor Sanne, tot 11 juni 2027. Voorwaarden: budgetbeheer, woonbegeleiding',
    );
  });

  it('keeps free text in the note, out of the summary', () => {
    const withNote = {
      ...opgevolgd('CONTACT_GELEGD'),
      data: { ...(opgevolgd('CONTACT_GELEGD').data as object), note: 'moeder belde terug' },
    };
    const described = describe_(withNote);
    expect(described.note).toBe('moeder belde terug');
    expect(described.summary).not.toContain('belde');
  });
});

describe('validateCorrection', () => {
  const validate = (draft: DraftEvent, changes: Record<string, unknown>) =>
    wonenDefinition.validateCorrection(eventOf(draft), changes);

  it('accepts amounts, the verhuurder and dates that carry no signal term', () => {
    expect(
      validate(signaal, { bedragAchterstandCents: 82_000, maandenAchterstand: 1, verhuurder: 'Havensteder' }),
    ).toBeUndefined();
    expect(validate(dagvaarding, { datum: '2026-05-19' })).toBeUndefined();
    expect(validate(urgentieToegekend, { geldigTot: null, grond: 'MEDISCH' })).toBeUndefined();
    expect(validate(regeling, { bedragPerMaandCents: null })).toBeUndefined();
    expect(validate(begeleidingGestart, { datum: '2026-02-27' })).toBeUndefined();
    expect(validate(afspraak, { einddatum: '2027-01-01' })).toBeUndefined();
  });

  it('refuses the dates a worklist signal runs on, naming what can be corrected', () => {
    expect(validate(signaal, { ontvangenOp: '2026-04-01' })).toBe(
      'Van een signaal van huurachterstand zijn niet te corrigeren: ontvangenOp (wel: verhuurder, verhuurderSoort, bedragAchterstandCents, maandenAchterstand); trek de registratie zo nodig in en leg haar opnieuw vast',
    );
    expect(validate(aanzegging, { ontruimingsdatum: '2026-07-01' })).toMatch(/niet te corrigeren: ontruimingsdatum/);
    expect(
      validate(uitkomst('UITGESTELD', '2026-06-12', '2026-07-15'), { nieuweOntruimingsdatum: '2026-08-01' }),
    ).toMatch(/niet te corrigeren: nieuweOntruimingsdatum/);
  });

  it('refuses the person, the outcome and bad values', () => {
    expect(validate(signaal, { memberId: vader.memberId })).toMatch(/niet te corrigeren: memberId/);
    expect(validate(uitkomst('VOORKOMEN'), { uitkomst: 'UITGEVOERD' })).toMatch(/niet te corrigeren: uitkomst/);
    expect(validate(signaal, { bedragAchterstandCents: -1 })).toMatch(/^bedragAchterstandCents is een positief bedrag/);
    expect(validate(signaal, { verhuurderSoort: 'GEMEENTE' })).toMatch(/^verhuurderSoort:/);
    expect(validate(dagvaarding, { datum: '2026-02-30' })).toBe('datum is geen geldige datum (JJJJ-MM-DD)');
    expect(validate(afspraak, { einddatum: '2026-06-12' })).toBe('De einddatum ligt na de ingangsdatum');
    expect(validate({ type: 'wonen.Onbekend', data: {} }, { datum: '2026-01-01' })).toMatch(
      /niets worden gecorrigeerd/,
    );
  });
});

describe('the Wonen definition as the plug reads it', () => {
  it('declares exactly the fields its corrections take, with their kind', () => {
    const declared = wonenDefinition.correctableFields!.map((field) => field.name).sort();
    expect(declared).toEqual(wonenCorrectionFieldNames());
    const kindOf = (name: string) => wonenDefinition.correctableFields!.find((field) => field.name === name)?.kind;
    expect([kindOf('datum'), kindOf('bedragAchterstandCents'), kindOf('maandenAchterstand')]).toEqual([
      'date',
      'cents',
      'count',
    ]);
  });

  it('puts both signal kinds on the worklist with their text and term, and declares its verwerkingsactiviteit', () => {
    expect(wonenDefinition.signalKinds).toEqual([
      {
        kind: 'WONEN_HUURACHTERSTAND',
        worklistKind: 'WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING',
        worklistLabel: 'Huurachterstand niet op tijd opgevolgd',
        termDays: 28,
      },
      {
        kind: 'WONEN_ONTRUIMING',
        worklistKind: 'WONEN_ONTRUIMING_DREIGT',
        worklistLabel: 'Ontruiming binnen 14 dagen, nog geen uitkomst',
        termDays: 14,
      },
    ]);
    expect(wonenDefinition.waitingNorm).toBeUndefined();
    expect(wonenDefinition.processingActivity?.legalBasis.law).toContain('Huisvestingswet 2014 art. 12');
  });
});
