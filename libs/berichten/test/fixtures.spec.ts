import { readBericht, type Bericht, type ReadResult } from '@regie/berichten';
import { ACCEPTED, REFUSED } from './fixtures/catalogue';
import { fixture } from './fixtures/files';
import { withText } from './xml-tree';

const accepted = (result: ReadResult): Bericht => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.rejections, null, 1)}`);
  return result.bericht;
};

describe('the fixture set', () => {
  it.each(ACCEPTED)('accepts $file ($about)', ({ file, type }) => {
    const result = readBericht(fixture(file), { today: '2027-06-01' });
    const bericht = accepted(result);
    expect(bericht.type).toBe(type);
    expect(bericht.gemeente).toBe('0599');
    expect(bericht.aanbieder).toMatch(/^(75751234|98765432)$/);
    expect(result.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(REFUSED)('refuses $file ($about) with exactly its rejections', ({ file, rejections }) => {
    const result = readBericht(fixture(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejections.map(({ code, path, rule }) => (rule ? { code, path, rule } : { code, path }))).toEqual(
      rejections,
    );
    for (const rejection of result.rejections) expect(rejection.reason.length).toBeGreaterThan(20);
  });
});

describe('the typed model', () => {
  it('maps a JW301 with its client, relatie, address and both toewijzingen', () => {
    const bericht = accepted(readBericht(fixture('jw301-toewijzing.xml')));
    if (bericht.soort !== 'toewijzing') throw new Error(bericht.soort);
    expect(bericht.standaard).toBe('iJw');
    expect(bericht.header).toEqual({
      berichtCode: '436',
      berichtVersie: 3,
      berichtSubversie: 2,
      afzender: '0599',
      ontvanger: '75751234',
      berichtIdentificatie: { identificatie: 'TW20260309A', dagtekening: '2026-03-09' },
      xsdVersie: { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' },
    });
    const { client } = bericht;
    expect(client).toMatchObject({
      bsn: '999990019',
      geboortedatum: { datum: '2014-05-12' },
      geslacht: '1',
      naam: { geslachtsnaam: { achternaam: 'Jansen' }, voornamen: 'Sem', voorletters: 'S', naamGebruik: '1' },
    });
    expect(client.relaties[0]).toMatchObject({ nummer: '1', volgorde: 1, soort: '10', naam: { voornamen: 'Lotte' } });
    expect(client.contactgegevens[0]!.adres).toEqual(
      expect.objectContaining({
        huis: expect.objectContaining({ huisnummer: 12 }),
        postcode: '3011AB',
        landCode: 'NL',
      }),
    );
    expect(client.toegewezenProducten).toEqual([
      expect.objectContaining({
        toewijzingNummer: '4100021',
        referentieAanbieder: 'VOT-2026-0042',
        product: { categorie: '45', code: '45A01' },
        toewijzingsdatum: '2026-03-09',
        toewijzingstijd: '10:15:00',
        ingangsdatum: '2026-03-16',
        einddatum: '2026-09-15',
        omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      }),
      expect.objectContaining({ toewijzingNummer: '4100022', product: { categorie: '54' }, budget: 150_000 }),
    ]);
  });

  it('keeps the order and status of a 305 correction (withdraw, then send again)', () => {
    const bericht = accepted(readBericht(fixture('jw305-correctie.xml')));
    if (bericht.soort !== 'startZorg') throw new Error(bericht.soort);
    expect(
      bericht.client.startProducten.map((start) => [start.toewijzingNummer, start.begindatum, start.statusAanlevering]),
    ).toEqual([
      ['4100021', '2026-03-18', '3'],
      ['4100021', '2026-03-19', '1'],
    ]);
  });

  it('maps a 307 with its reden beëindiging and status', () => {
    const bericht = accepted(readBericht(fixture('wmo307-intrekking.xml')));
    if (bericht.soort !== 'stopZorg') throw new Error(bericht.soort);
    expect(bericht.client.stopProducten[0]).toMatchObject({
      redenBeeindiging: '19',
      einddatum: '2026-12-31',
      statusAanlevering: '3',
    });
  });

  it('maps a 323 with amounts in cents and credit lines', () => {
    const bericht = accepted(readBericht(fixture('jw323-creditering.xml')));
    if (bericht.soort !== 'declaratie') throw new Error(bericht.soort);
    const { declaratie } = bericht;
    expect(declaratie.declaratiePeriode).toEqual({ begindatum: '2026-04-01', einddatum: '2026-04-30' });
    expect(declaratie.totaalIngediendBedrag).toEqual({ bedrag: 57_750, debetCredit: 'D' });
    expect(declaratie.clienten[0]!.prestaties[0]).toEqual(
      expect.objectContaining({
        productReferentie: { referentieNummer: 'JHM-2026-000201', vorigReferentieNummer: 'JHM-2026-000101' },
        toewijzingNummer: '4100021',
        geleverdVolume: 4,
        eenheid: '04',
        productTarief: 8250,
        ingediendBedrag: { bedrag: 33_000, debetCredit: 'C' },
      }),
    );
  });

  it('maps a 315 and a 317', () => {
    const verzoek = accepted(readBericht(fixture('jw315-verzoek-om-toewijzing.xml')));
    if (verzoek.soort !== 'verzoekOmToewijzing') throw new Error(verzoek.soort);
    expect(verzoek.client.gezagsdragerBekend).toBe('1');
    expect(verzoek.client.aangevraagdeProducten[0]).toMatchObject({
      referentieAanbieder: 'VOT-2026-0042',
      verwijzer: { type: '02', zorgverlenerCode: '01234567' },
      omvang: { volume: 2, eenheid: '04', frequentie: '2' },
    });
    const wijziging = accepted(readBericht(fixture('wmo317-verzoek-om-wijziging.xml')));
    if (wijziging.soort !== 'verzoekOmWijziging') throw new Error(wijziging.soort);
    expect(wijziging.client.verzoek).toMatchObject({
      redenVerzoek: '1',
      ongewijzigdeProducten: [{ toewijzingNummer: '7000311' }, { toewijzingNummer: '7000312' }],
      teWijzigenProducten: [],
      nieuweProducten: [{ product: { categorie: '07', code: '07A03' }, gewensteIngangsdatum: '2026-07-01' }],
    });
  });

  it('reads "+007" as toewijzing 7, as xs:integer does', () => {
    const xml = withText(
      fixture('jw305-start-zorg.xml'),
      'Client/StartProducten/StartProduct/ToewijzingNummer',
      ' +007 ',
    );
    const bericht = accepted(readBericht(xml));
    if (bericht.soort !== 'startZorg') throw new Error(bericht.soort);
    expect(bericht.client.startProducten[0]!.toewijzingNummer).toBe('7');
  });
});

describe('identity for idempotency', () => {
  it('is the same for the same message read twice, as text or as bytes', () => {
    const bytes = fixture('wmo305-start-zorg.xml');
    const first = accepted(readBericht(bytes));
    const second = accepted(readBericht(bytes.toString('utf8')));
    expect(first.identiteit).toEqual(second.identiteit);
    expect(first.identiteit).toEqual({
      standaard: 'iWmo',
      berichtType: 'WMO305',
      afzender: '98765432',
      identificatie: 'SZ-W-0220',
      dagtekening: '2026-02-20',
      key: 'iWmo/WMO305/98765432/SZ-W-0220/2026-02-20',
      identificatieKey: 'iWmo/WMO305/98765432/SZ-W-0220',
    });
  });

  it('differs per message type, sender, identificatie and dagtekening', () => {
    const keys = [
      'jw305-start-zorg.xml',
      'jw305-correctie.xml',
      'jw301-toewijzing.xml',
      'wmo305-start-zorg.xml',
      'wmo305-onbekend-bsn.xml',
    ].map((file) => accepted(readBericht(fixture(file))).identiteit.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('escapes separators in the identificatie, so two identities never share a key', () => {
    const xml = withText(fixture('jw305-start-zorg.xml'), 'Header/BerichtIdentificatie/Identificatie', 'A/B');
    expect(accepted(readBericht(xml)).identiteit.identificatieKey).toBe('iJw/JW305/75751234/A%2FB');
  });

  it('is still given for a refused message whose header is valid, so the refusal can be logged', () => {
    const result = readBericht(fixture('jw305-status-2.xml'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.identiteit?.key).toBe('iJw/JW305/75751234/SZ20260324/2026-03-24');
    expect(!result.ok && result.berichtType).toBe('JW305');
  });

  it('is absent when the header itself is broken', () => {
    const xml = withText(fixture('jw305-start-zorg.xml'), 'Header/Afzender', '7575');
    const result = readBericht(xml);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.identiteit).toBeUndefined();
    expect(!result.ok && result.berichtType).toBe('JW305');
  });
});
