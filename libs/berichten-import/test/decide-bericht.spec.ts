import {
  FIXTURE_HOUSEHOLD_ID,
  givenHousehold,
  HouseholdEventType,
  type DraftEvent,
  type EntryCorrected,
  type EntryWithdrawn,
} from '@regie/household';
import { jeugdDefinition, JeugdEventType, type ToewijzingVastgelegd, type ZorgGestopt } from '@regie/jeugd';
import { wmoDefinition, WmoEventType } from '@regie/wmo';
import type { Bericht } from '@regie/berichten';
import { BerichtAfgewezen, decideBericht, type ImportRejection } from '@regie/berichten-import';
import { bericht, JEUGD_AANBIEDER, lotte, OTHER_JEUGD_AANBIEDER, sem, WMO_AANBIEDER } from './berichten';

// Given a household and the messages read before, when a message is decided, then these events (or refusals).

const domains = [jeugdDefinition, wmoDefinition];
const registered: DraftEvent = {
  type: HouseholdEventType.registered,
  data: { householdId: FIXTURE_HOUSEHOLD_ID, gemeente: '0599', name: 'Familie Jansen', members: [sem, lotte] },
};

const contextAfter = (history: readonly DraftEvent[], today: string) =>
  givenHousehold([registered, ...history], {
    domains,
    providers: [JEUGD_AANBIEDER, WMO_AANBIEDER, OTHER_JEUGD_AANBIEDER],
    today,
  });

/** The history after reading these messages one by one (each must be accepted). */
function given(berichten: readonly Bericht[], today = '2026-12-01'): DraftEvent[] {
  const history: DraftEvent[] = [];
  for (const message of berichten) history.push(...when(message, history, today));
  return history;
}

const memberOf = (message: Bericht) => (message.standaard === 'iJw' ? sem.memberId : lotte.memberId);

function when(message: Bericht, history: readonly DraftEvent[], today = '2026-12-01'): DraftEvent[] {
  return decideBericht(message, memberOf(message), contextAfter(history, today));
}

function refusalsOf(message: Bericht, history: readonly DraftEvent[], today = '2026-12-01'): ImportRejection[] {
  try {
    when(message, history, today);
  } catch (error) {
    if (error instanceof BerichtAfgewezen) return [...error.rejections];
    throw error;
  }
  throw new Error('expected the message to be refused');
}

const vot = bericht('jw315-verzoek-om-toewijzing.xml');
const toewijzing = bericht('jw301-toewijzing.xml');
const start = bericht('jw305-start-zorg.xml');
const correctie = bericht('jw305-correctie.xml');
const stop = bericht('jw307-stop-zorg.xml');

describe('decideBericht: JW315 verzoek om toewijzing', () => {
  it('records a Jeugd verzoek with the message identity and the ReferentieAanbieder', () => {
    const [event, ...rest] = when(vot, []);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      type: JeugdEventType.verzoekOmToewijzingOntvangen,
      occurredAt: '2026-03-02',
      data: {
        memberId: sem.memberId,
        providerAgb: '75751234',
        productcategorie: '45',
        productcode: '45A01',
        gewensteIngangsdatum: '2026-03-16',
        verwijzer: '02',
        bericht: {
          berichtType: 'JW315',
          afzender: '75751234',
          identificatie: 'VOT20260042',
          dagtekening: '2026-03-02',
          referentieAanbieder: 'VOT-2026-0042',
        },
      },
    });
  });

  it('records nothing when the same request was read before', () => {
    expect(when(vot, given([vot]))).toEqual([]);
  });
});

describe('decideBericht: JW301 toewijzing', () => {
  it('records each ToegewezenProduct as a toewijzing, with the Verwijzer of the 315 it honours', () => {
    const events = when(toewijzing, given([vot]));
    expect(events.map((e) => e.type)).toEqual([
      JeugdEventType.toewijzingVastgelegd,
      JeugdEventType.toewijzingVastgelegd,
    ]);
    const [specific, budget] = events.map((e) => e.data as ToewijzingVastgelegd);
    expect(specific).toMatchObject({
      toewijzingNummer: '4100021',
      providerAgb: '75751234',
      ingangsdatum: '2026-03-16',
      einddatum: '2026-09-15',
      omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      verwijzer: '02',
      bericht: {
        berichtType: 'JW301',
        afzender: '0599',
        identificatie: 'TW20260309A',
        dagtekening: '2026-03-09',
        toewijzingNummer: '4100021',
        referentieAanbieder: 'VOT-2026-0042',
        toewijzingVersie: '2026-03-09T10:15:00',
      },
    });
    expect(budget).toMatchObject({
      toewijzingNummer: '4100022',
      productcategorie: '54',
      budget: 150000,
      verwijzer: '01',
    });
  });

  it('records nothing for the same 301 read again (every 301 repeats the current toewijzingen)', () => {
    expect(when(toewijzing, given([vot, toewijzing]))).toEqual([]);
  });

  it('corrects a toewijzing with a newer version (RedenWijziging 04 verlenging) and leaves the unchanged one', () => {
    const [event, ...rest] = when(bericht('jw301-verlenging.xml'), given([vot, toewijzing]));
    expect(rest).toEqual([]);
    expect(event!.type).toBe(HouseholdEventType.entryCorrected);
    const data = event!.data as EntryCorrected;
    expect(data.changes).toEqual({
      einddatum: '2026-12-31',
      omvang: { volume: 3, eenheid: '04', frequentie: '2' },
      redenWijziging: '04',
    });
    expect(data.bericht).toMatchObject({ identificatie: 'TW20260601A', toewijzingVersie: '2026-06-01T11:00:00' });
  });

  it('withdraws a toewijzing sent with RedenWijziging 13', () => {
    const history = given([vot, toewijzing]);
    const [event, ...rest] = when(bericht('jw301-verwijderd.xml'), history);
    expect(rest).toEqual([]);
    expect(event!.type).toBe(HouseholdEventType.entryWithdrawn);
    expect(event!.occurredAt).toBe('2026-03-20');
    expect(event!.data as EntryWithdrawn).toMatchObject({
      entryType: JeugdEventType.toewijzingVastgelegd,
      domain: 'JEUGD',
      bericht: { berichtType: 'JW301', identificatie: 'TW20260320B', toewijzingNummer: '4100022' },
    });
  });

  it('refuses a toewijzing to an aanbieder Regie does not know once, at Header/Ontvanger (its AGB-code)', () => {
    const other = bericht('jw301-toewijzing.xml', (xml) => xml.replace(/75751234/g, '11112222'));
    expect(refusalsOf(other, [])).toEqual([
      {
        code: 'PROVIDER_NOT_FOUND',
        path: 'Header/Ontvanger',
        reason: expect.stringContaining('AGB-code 11112222 staat niet in het aanbiedersregister van deze gemeente'),
      },
    ]);
  });

  it('refuses a toewijzing to an aanbieder registered only for Wmo: not registered for Jeugd, at Header/Ontvanger', () => {
    const wmoOnly = bericht('jw301-toewijzing.xml', (xml) => xml.replace(/75751234/g, WMO_AANBIEDER.agbCode));
    expect(refusalsOf(wmoOnly, [])).toEqual([
      {
        code: 'PROVIDER_NOT_FOUND',
        path: 'Header/Ontvanger',
        reason: expect.stringContaining(
          'Thuiszorg Zuid (AGB-code 98765432) is in deze gemeente niet geregistreerd voor Jeugd',
        ),
      },
    ]);
  });

  it('refuses a ToewijzingNummer that is another aanbieder’s (9332)', () => {
    const history = given([vot, toewijzing]);
    const other = bericht('jw301-toewijzing.xml', (xml) =>
      xml.replace(/75751234/g, OTHER_JEUGD_AANBIEDER.agbCode).replace('TW20260309A', 'TW20260309Z'),
    );
    expect(refusalsOf(other, history)[0]).toMatchObject({
      code: 'TOEWIJZINGNUMMER_IN_USE',
      retourcode: '9332',
      path: 'Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer',
    });
  });
});

describe('decideBericht: JW305 start zorg and JW307 stop zorg', () => {
  it('refuses a 305 before its 301, naming the ToewijzingNummer', () => {
    expect(refusalsOf(bericht('jw305-voor-toewijzing.xml'), given([vot, toewijzing]))).toEqual([
      expect.objectContaining({
        code: 'TOEWIJZING_NOT_FOUND',
        path: 'Client/StartProducten/StartProduct[1]/ToewijzingNummer',
      }),
    ]);
  });

  it.each([
    ['a 305', 'jw305-start-zorg.xml'],
    ['a 307', 'jw307-stop-zorg.xml'],
    ['a 317', 'jw317-verzoek-om-wijziging.xml'],
    ['a 323', 'jw323-declaratie.xml'],
  ])('refuses %s from an aanbieder not in the register at Header/Afzender, not as an unknown toewijzing', (_, name) => {
    const unknown = bericht(name, (xml) => xml.replace(/75751234/g, '11112222'));
    expect(refusalsOf(unknown, given([vot, toewijzing, start]))).toEqual([
      expect.objectContaining({ code: 'PROVIDER_NOT_FOUND', path: 'Header/Afzender' }),
    ]);
  });

  it('refuses a Wmo start from an aanbieder registered only for Jeugd, naming Wmo', () => {
    const jeugdOnly = bericht('wmo305-start-zorg.xml', (xml) => xml.replace(/98765432/g, JEUGD_AANBIEDER.agbCode));
    expect(refusalsOf(jeugdOnly, [], '2027-02-01')).toEqual([
      expect.objectContaining({
        code: 'PROVIDER_NOT_FOUND',
        path: 'Header/Afzender',
        reason: expect.stringContaining('niet geregistreerd voor Wmo'),
      }),
    ]);
  });

  it('records a start with the message identity', () => {
    const [event] = when(start, given([vot, toewijzing]));
    expect(event).toMatchObject({
      type: JeugdEventType.zorgGestart,
      occurredAt: '2026-03-18',
      data: {
        toewijzingNummer: '4100021',
        begindatum: '2026-03-18',
        bericht: { berichtType: 'JW305', identificatie: 'SZ20260320', toewijzingNummer: '4100021' },
      },
    });
  });

  it('reads a correction (StatusAanlevering 3 then 1) as a withdrawal and a new start', () => {
    const history = given([vot, toewijzing, start]);
    const events = when(correctie, history);
    expect(events.map((e) => e.type)).toEqual([HouseholdEventType.entryWithdrawn, JeugdEventType.zorgGestart]);
    expect(events[0]!.data).toMatchObject({
      entryType: JeugdEventType.zorgGestart,
      bericht: { identificatie: 'SZ20260323' },
    });
    expect(events[1]!.data).toMatchObject({ begindatum: '2026-03-19' });
  });

  it('refuses a start before the ingangsdatum of its toewijzing with retourcode 9307 at the Begindatum', () => {
    const early = bericht('jw305-start-zorg.xml', (xml) => xml.replace('2026-03-18', '2026-03-10'));
    expect(refusalsOf(early, given([vot, toewijzing]))).toEqual([
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        retourcode: '9307',
        path: 'Client/StartProducten/StartProduct[1]/Begindatum',
      }),
    ]);
  });

  it('refuses a withdrawal (3) of a start Regie does not have', () => {
    expect(refusalsOf(correctie, given([vot, toewijzing]))[0]).toMatchObject({
      code: 'START_NOT_FOUND',
      path: 'Client/StartProducten/StartProduct[1]/StatusAanlevering',
    });
  });

  it('records a stop with its JZ588 code as 3.2 has it (31: volgens plan beëindigd)', () => {
    const [event, ...rest] = when(stop, given([vot, toewijzing, start, correctie]));
    expect(rest).toEqual([]);
    expect(event!.type).toBe(JeugdEventType.zorgGestopt);
    expect(event!.data as ZorgGestopt).toMatchObject({
      begindatum: '2026-03-19',
      einddatum: '2026-09-15',
      redenBeeindiging: '31',
      bericht: { berichtType: 'JW307', identificatie: 'ST20260916' },
    });
    expect(when(stop, given([vot, toewijzing, start, correctie, stop]))).toEqual([]);
  });

  it('refuses a stop whose Begindatum is no start in Regie', () => {
    expect(refusalsOf(stop, given([vot, toewijzing, start]))[0]).toMatchObject({
      code: 'START_NOT_FOUND',
      path: 'Client/StopProducten/StopProduct[1]/Begindatum',
    });
  });
});

describe('decideBericht: Wmo', () => {
  const today = '2027-02-01';
  const wmo = [bericht('wmo301-toewijzing.xml'), bericht('wmo305-start-zorg.xml'), bericht('wmo307-stop-zorg.xml')];

  it('records toewijzing, starts and stop of the iWmo messages in the Wmo domain', () => {
    const types = given(wmo, today).map((e) => e.type);
    expect(types).toEqual([
      WmoEventType.toewijzingVastgelegd,
      WmoEventType.toewijzingVastgelegd,
      WmoEventType.zorgGestart,
      WmoEventType.zorgGestart,
      WmoEventType.zorgGestopt,
    ]);
  });

  it('withdraws a stop sent with StatusAanlevering 3', () => {
    const [event] = when(bericht('wmo307-intrekking.xml'), given(wmo, today), today);
    expect(event).toMatchObject({
      type: HouseholdEventType.entryWithdrawn,
      data: { entryType: WmoEventType.zorgGestopt, domain: 'WMO', bericht: { identificatie: 'ST-W-0105' } },
    });
  });
});

describe('decideBericht: messages recorded only as received', () => {
  it('a WMO315 changes nothing in the household (Wmo has no verzoek om toewijzing command)', () => {
    expect(when(bericht('wmo315-verzoek-om-toewijzing.xml'), given([vot, toewijzing]))).toEqual([]);
  });
});

describe('decideBericht: JW323/WMO323 declaratie', () => {
  const declaratie = bericht('jw323-declaratie.xml');
  const creditering = bericht('jw323-creditering.xml');

  it('records each Prestatie as a declaration line with the message identity', () => {
    const events = when(declaratie, given([vot, toewijzing]));
    expect(events.map((event) => event.type)).toEqual([
      JeugdEventType.declaratieOntvangen,
      JeugdEventType.declaratieOntvangen,
    ]);
    expect(events[0]).toMatchObject({
      data: {
        memberId: sem.memberId,
        providerAgb: '75751234',
        toewijzingNummer: '4100021',
        declaratieNummer: 'D202603001',
        productReferentie: 'JHM-2026-000101',
        lineReference: 'D202603001/JHM-2026-000101',
        periodBegin: '2026-03-16',
        periodEnd: '2026-03-31',
        geleverdVolume: 4,
        eenheid: '04',
        productTariefCents: 8250,
        ingediendBedragCents: 33_000,
        debetCredit: 'D',
        bericht: { berichtType: 'JW323', identificatie: 'DC20260406', toewijzingNummer: '4100021' },
      },
    });
    expect(events[1]!.data).not.toHaveProperty('productTariefCents');
  });

  it('records nothing when the same lines were read before', () => {
    expect(when(declaratie, given([vot, toewijzing, declaratie]))).toEqual([]);
  });

  it('records a credit line under the debit it cancels (VorigReferentieNummer), then the new lines', () => {
    const events = when(creditering, given([vot, toewijzing, declaratie]));
    expect(events.map((event) => (event.data as { debetCredit: string }).debetCredit)).toEqual(['C', 'D', 'D']);
    expect(events[0]).toMatchObject({
      data: { productReferentie: 'JHM-2026-000101', lineReference: 'D202603001/JHM-2026-000101' },
    });
  });

  it('refuses a credit line without the debit it cancels, at its element', () => {
    const refusals = refusalsOf(creditering, given([vot, toewijzing]));
    expect(refusals[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: 'Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductReferentie/ReferentieNummer',
    });
  });

  it('refuses a line on a toewijzing Regie does not have', () => {
    const refusals = refusalsOf(declaratie, given([vot]));
    expect(refusals.map((refusal) => refusal.path)).toEqual([
      'Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ToewijzingNummer',
      'Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ToewijzingNummer',
    ]);
  });

  it('takes only the Prestaties of the client this household has (a WMO323 for two clients)', () => {
    const wmo = [bericht('wmo301-toewijzing.xml')];
    const events = decideBericht(
      bericht('wmo323-declaratie.xml'),
      lotte.memberId,
      contextAfter(given(wmo, '2027-02-01'), '2027-02-01'),
      '999990032',
    );
    expect(events.map((event) => [event.type, (event.data as { toewijzingNummer: string }).toewijzingNummer])).toEqual([
      [WmoEventType.declaratieOntvangen, '7000311'],
      [WmoEventType.declaratieOntvangen, '7000312'],
    ]);
  });
});

describe('decideBericht: JW317/WMO317 verzoek om wijziging', () => {
  const vow = bericht('jw317-verzoek-om-wijziging.xml');

  it('records a request per TeWijzigenProduct; the toewijzing stays as it is', () => {
    const events = when(vow, given([vot, toewijzing]));
    expect(events).toEqual([
      expect.objectContaining({
        type: JeugdEventType.verzoekOmWijzigingOntvangen,
        data: expect.objectContaining({
          toewijzingNummer: '4100021',
          memberId: sem.memberId,
          providerAgb: '75751234',
          productcategorie: '45',
          gewensteIngangsdatum: '2026-06-01',
          einddatum: '2026-12-31',
          bericht: expect.objectContaining({ berichtType: 'JW317', referentieAanbieder: 'VOW-2026-0007' }),
        }),
      }),
    ]);
    expect(events.some((event) => event.type === JeugdEventType.toewijzingVastgelegd)).toBe(false);
  });

  it('records nothing when the same request was read before', () => {
    expect(when(vow, given([vot, toewijzing, vow]))).toEqual([]);
  });

  it('refuses a request about a toewijzing Regie does not have', () => {
    expect(refusalsOf(vow, given([vot]))).toEqual([
      expect.objectContaining({
        code: 'TOEWIJZING_NOT_FOUND',
        path: 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/ToewijzingNummer',
      }),
    ]);
  });

  it('a WMO317 with only a NieuwProduct records nothing: a new product has no toewijzing to attach to yet', () => {
    const events = decideBericht(
      bericht('wmo317-verzoek-om-wijziging.xml'),
      lotte.memberId,
      contextAfter(given([bericht('wmo301-toewijzing.xml')], '2027-02-01'), '2027-02-01'),
    );
    expect(events).toEqual([]);
  });
});
