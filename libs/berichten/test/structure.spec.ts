import { fixture } from './fixtures/files';
import { fullRejectionsOf, rejectionsOf } from './rejections';
import { edit, find, parseTree, withDuplicate, withElementAfter, withText, without } from './xml-tree';

const JW301 = fixture('jw301-toewijzing.xml');
const JW305 = fixture('jw305-start-zorg.xml');
const PRODUCT = 'Client/ToegewezenProducten/ToegewezenProduct[1]';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

describe('structure: elements, order, cardinality and namespaces (as the 3.2 XSD)', () => {
  it('names a missing required element by its path', () => {
    expect(rejectionsOf(without(JW301, `${PRODUCT}/Ingangsdatum`))).toEqual([
      { code: 'ELEMENT_MISSING', path: `${PRODUCT}/Ingangsdatum` },
    ]);
    expect(rejectionsOf(without(JW305, 'Header'))).toEqual([{ code: 'ELEMENT_MISSING', path: 'Header' }]);
  });

  it('numbers repeated elements from 1 in the path', () => {
    expect(rejectionsOf(without(JW301, 'Client/ToegewezenProducten/ToegewezenProduct[2]/Toewijzingstijd'))).toEqual([
      { code: 'ELEMENT_MISSING', path: 'Client/ToegewezenProducten/ToegewezenProduct[2]/Toewijzingstijd' },
    ]);
  });

  it('refuses an unknown element and says what may stand there', () => {
    const rejections = fullRejectionsOf(withElementAfter(JW305, 'Client/Bsn', 'Huisdier', 'kat'));
    expect(rejections).toEqual([expect.objectContaining({ code: 'ELEMENT_UNEXPECTED', path: 'Client/Huisdier[1]' })]);
    expect(rejections[0]!.reason).toBe(
      'Het element Huisdier hoort hier niet. Hier kan staan: Geboortedatum, Geslacht, Naam, StartProducten.',
    );
  });

  it('refuses elements out of order', () => {
    const swapped = edit(JW305, (root) => {
      const client = find(root, 'Client')!;
      const [bsn, geboortedatum] = client.children;
      client.children.splice(0, 2, geboortedatum!, bsn!);
    });
    expect(rejectionsOf(swapped)).toEqual([
      { code: 'ELEMENT_MISSING', path: 'Client/Bsn' },
      { code: 'ELEMENT_UNEXPECTED', path: 'Client/Bsn[1]' },
    ]);
  });

  it('refuses an element that may occur once but occurs twice', () => {
    expect(rejectionsOf(withDuplicate(JW305, 'Client/Bsn'))).toEqual([
      { code: 'ELEMENT_TOO_MANY', path: 'Client/Bsn' },
    ]);
  });

  it('accepts repeated elements where the XSD allows them (maxOccurs unbounded)', () => {
    const twice = withDuplicate(JW305, 'Client/StartProducten/StartProduct');
    expect(rejectionsOf(twice).map((rejection) => rejection.code)).toEqual(['DUPLICATE_KEY']);
  });

  it('checks namespaces: message elements in the message namespace, CDT children in the basisschema', () => {
    const basis = find(parseTree(JW305), 'Client/Geboortedatum/Datum')!.ns;
    const moved = edit(JW305, (root) => {
      (find(root, 'Client/Bsn') as { ns: string }).ns = basis;
    });
    expect(rejectionsOf(moved)).toEqual([{ code: 'ELEMENT_NAMESPACE', path: 'Client/Bsn' }]);
  });

  it('refuses an attribute, but allows xsi:schemaLocation on the root', () => {
    const withAttribute = String(JW305).replace('<jw305:Bsn>', '<jw305:Bsn soort="x">');
    expect(rejectionsOf(withAttribute)).toEqual([{ code: 'ATTRIBUTE_UNEXPECTED', path: 'Client/Bsn' }]);
    const withSchemaLocation = String(JW305).replace(
      'xmlns:jw305=',
      `xmlns:xsi="${XSI}" xsi:schemaLocation="http://www.istandaarden.nl/ijw/3_2/jw305/schema jw305.xsd" xmlns:jw305=`,
    );
    expect(rejectionsOf(withSchemaLocation)).toEqual([]);
  });

  it('refuses text in a group element and elements inside a value', () => {
    const text = edit(JW305, (root) => {
      find(root, 'Client')!.text = 'los';
    });
    expect(rejectionsOf(text)).toEqual([{ code: 'TEXT_UNEXPECTED', path: 'Client' }]);
    const nested = edit(JW305, (root) => {
      const bsn = find(root, 'Client/Bsn')!;
      bsn.children.push({ ...bsn, children: [] });
    });
    expect(rejectionsOf(nested)).toEqual([{ code: 'ELEMENT_UNEXPECTED', path: 'Client/Bsn/Bsn' }]);
  });

  it('knows the difference between JW315 and WMO315 (GezagsdragerBekend is iJw only)', () => {
    const wmo = fixture('wmo315-verzoek-om-toewijzing.xml');
    const jwPath = 'Client/GezagsdragerBekend';
    expect(find(parseTree(fixture('jw315-verzoek-om-toewijzing.xml')), jwPath)).toBeDefined();
    expect(rejectionsOf(withElementAfter(wmo, 'Client/Naam', 'GezagsdragerBekend', '1'))).toEqual([
      { code: 'ELEMENT_UNEXPECTED', path: 'Client/GezagsdragerBekend[1]' },
    ]);
  });

  it('caps a flood of errors at 100 and says how many more there are', () => {
    const flood = edit(JW305, (root) => {
      const client = find(root, 'Client')!;
      for (let index = 0; index < 150; index += 1) {
        client.children.push({ name: 'X', ns: client.ns, attributes: [], children: [], text: '', line: 0 });
      }
    });
    const rejections = fullRejectionsOf(flood);
    expect(rejections).toHaveLength(101);
    expect(rejections[100]).toMatchObject({ code: 'REJECTIONS_TRUNCATED', path: '' });
    expect(rejections[100]!.reason).toMatch(/nog 50 fouten/);
  });
});

describe('which message this is', () => {
  it('refuses a root that is not an iStandaard Bericht', () => {
    expect(rejectionsOf('<Bericht/>')).toEqual([{ code: 'MESSAGE_UNKNOWN', path: '' }]);
    expect(rejectionsOf('<Factuur xmlns="http://www.istandaarden.nl/ijw/3_2/jw301/schema"/>')).toEqual([
      { code: 'MESSAGE_UNKNOWN', path: '' },
    ]);
  });

  it('refuses a message type Regie does not read, naming it', () => {
    const rejections = fullRejectionsOf('<Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw319/schema"/>');
    expect(rejections).toEqual([expect.objectContaining({ code: 'MESSAGE_NOT_SUPPORTED', path: '' })]);
    expect(rejections[0]!.reason).toMatch(/JW319/);
  });

  it('refuses another release, naming it', () => {
    const rejections = fullRejectionsOf('<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_1/wmo301/schema"/>');
    expect(rejections[0]).toMatchObject({ code: 'RELEASE_NOT_SUPPORTED' });
    expect(rejections[0]!.reason).toBe('Dit is een WMO301-bericht van release 3.1. Regie leest alleen release 3.2.');
  });

  it('refuses a BerichtCode that belongs to another message, and a version other than 3.2', () => {
    expect(rejectionsOf(withText(JW305, 'Header/BerichtCode', '436'))).toEqual([
      { code: 'BERICHTCODE_MISMATCH', path: 'Header/BerichtCode', rule: 'RS047' },
    ]);
    expect(rejectionsOf(withText(JW305, 'Header/BerichtVersie', '2'))).toEqual([
      { code: 'VERSION_MISMATCH', path: 'Header/BerichtVersie', rule: 'CS025' },
    ]);
  });
});
