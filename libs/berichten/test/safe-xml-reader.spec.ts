import { DEFAULT_XML_LIMITS, passesElfproef, readBericht, type ReadResult } from '@regie/berichten';
import { fixture } from './fixtures/files';
import { deeplyNested, longText, manyAttributes, manyElements, NS, oversized } from './fixtures/hostile';

const rejectionOf = (result: ReadResult) => {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a rejection');
  expect(result.rejections).toHaveLength(1);
  return result.rejections[0]!;
};

const codesOf = (result: ReadResult) => (result.ok ? [] : result.rejections.map((rejection) => rejection.code));

describe('the safe XML reader refuses hostile files with one stable code', () => {
  it.each([
    ['billion-laughs.xml', 'XML_DOCTYPE_FORBIDDEN'],
    ['external-entity.xml', 'XML_DOCTYPE_FORBIDDEN'],
    ['external-dtd.xml', 'XML_DOCTYPE_FORBIDDEN'],
    ['parameter-entity.xml', 'XML_DOCTYPE_FORBIDDEN'],
    ['undeclared-entity.xml', 'XML_MALFORMED'],
    ['malformed.xml', 'XML_MALFORMED'],
  ])('%s → %s, about the file as a whole', (file, code) => {
    const rejection = rejectionOf(readBericht(fixture(`hostile/${file}`)));
    expect(rejection).toMatchObject({ code, retourcode: '0001', path: '' });
    expect(rejection.reason).not.toMatch(/passwd|lol/);
  });

  it('says where a malformed file breaks, in Dutch', () => {
    expect(rejectionOf(readBericht(fixture('hostile/malformed.xml'))).reason).toMatch(
      /^Het bestand is geen geldige XML \(regel 5, kolom \d+\)\. Een element is niet goed afgesloten\.$/,
    );
  });

  it('explains an undeclared entity', () => {
    expect(rejectionOf(readBericht(fixture('hostile/undeclared-entity.xml'))).reason).toMatch(/onbekende entiteit/);
  });

  it('stops a document nested deeper than the limit', () => {
    expect(rejectionOf(readBericht(deeplyNested(DEFAULT_XML_LIMITS.maxDepth + 1))).code).toBe('XML_TOO_DEEP');
    expect(rejectionOf(readBericht(deeplyNested(100_000))).code).toBe('XML_TOO_DEEP');
  });

  it('accepts nesting up to the limit (and then judges the message, not the XML)', () => {
    const codes = codesOf(readBericht(deeplyNested(DEFAULT_XML_LIMITS.maxDepth)));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => code.startsWith('XML_'))).toEqual([]);
  });

  it('stops a document with more elements than the limit', () => {
    const limits = { maxElements: 1_000 };
    expect(rejectionOf(readBericht(manyElements(1_000), { limits })).code).toBe('XML_TOO_MANY_ELEMENTS');
    expect(codesOf(readBericht(manyElements(999), { limits }))).not.toContain('XML_TOO_MANY_ELEMENTS');
  });

  it('stops text longer than the limit', () => {
    expect(rejectionOf(readBericht(longText(DEFAULT_XML_LIMITS.maxTextLength + 1))).code).toBe('XML_TEXT_TOO_LONG');
  });

  it('stops an element with too many attributes', () => {
    expect(rejectionOf(readBericht(manyAttributes(DEFAULT_XML_LIMITS.maxAttributes + 1))).code).toBe(
      'XML_TOO_MANY_ATTRIBUTES',
    );
  });

  it('refuses a file over the size limit before parsing it, as text or as bytes', () => {
    const big = rejectionOf(readBericht(oversized(DEFAULT_XML_LIMITS.maxBytes)));
    expect(big).toMatchObject({ code: 'XML_TOO_LARGE', path: '' });
    expect(big.reason).toMatch(/groter dan 25 MB/);
    const limits = { maxBytes: 1_000 };
    expect(rejectionOf(readBericht(Buffer.from(oversized(1_000)), { limits })).code).toBe('XML_TOO_LARGE');
    expect(codesOf(readBericht(Buffer.from(oversized(900)), { limits }))).toEqual([
      'ELEMENT_MISSING',
      'ELEMENT_MISSING',
    ]);
  });

  it('counts bytes, not characters: multi-byte text can exceed the limit with fewer characters', () => {
    const limits = { maxBytes: 100 };
    const text = `<a>${'é'.repeat(60)}</a>`;
    expect(text.length).toBeLessThan(100);
    expect(rejectionOf(readBericht(text, { limits })).code).toBe('XML_TOO_LARGE');
  });

  it('refuses bytes that are not UTF-8 and a declared encoding other than UTF-8', () => {
    expect(rejectionOf(readBericht(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))).code).toBe(
      'XML_ENCODING',
    );
    expect(rejectionOf(readBericht('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).code).toBe('XML_ENCODING');
  });

  it('refuses XML 1.1, which admits control characters, and DEL in text', () => {
    const bericht = (text: string) => `<Bericht xmlns="${NS}">${text}</Bericht>`;
    expect(rejectionOf(readBericht(`<?xml version="1.1"?>${bericht('&#1;')}`)).code).toBe('XML_VERSION');
    expect(rejectionOf(readBericht(bericht('&#1;'))).code).toBe('XML_MALFORMED');
    expect(rejectionOf(readBericht(bericht('\u0000'))).code).toBe('XML_MALFORMED');
    expect(rejectionOf(readBericht(bericht('\ud800'))).code).toBe('XML_MALFORMED');
    expect(rejectionOf(readBericht(bericht('&#x7f;'))).code).toBe('XML_CONTROL_CHARACTER');
    expect(rejectionOf(readBericht(bericht('<![CDATA[\u007f]]>'))).code).toBe('XML_CONTROL_CHARACTER');
  });

  it('refuses a file that is no message at its first element, without reading the rest of it', () => {
    // Past the element limit after the root: read to the end, it would stop there; it stops at the root instead.
    const notAMessage = `<html>${'<p>x</p>'.repeat(2_000)}</html>`;
    expect(rejectionOf(readBericht(notAMessage, { limits: { maxElements: 1_000 } })).code).toBe('MESSAGE_UNKNOWN');
    const otherRelease = `<Bericht xmlns="http://www.istandaarden.nl/ijw/3_1/jw301/schema">${'<x/>'.repeat(2_000)}</Bericht>`;
    expect(rejectionOf(readBericht(otherRelease, { limits: { maxElements: 1_000 } })).code).toBe(
      'RELEASE_NOT_SUPPORTED',
    );
  });

  it('reads a UTF-8 byte order mark as nothing', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a/>')]);
    expect(rejectionOf(readBericht(withBom)).code).toBe('MESSAGE_UNKNOWN');
    expect(rejectionOf(readBericht('\uFEFF<a/>')).code).toBe('MESSAGE_UNKNOWN');
  });

  it('refuses empty input and text without an element', () => {
    expect(rejectionOf(readBericht('')).code).toBe('XML_MALFORMED');
    expect(rejectionOf(readBericht('   ')).code).toBe('XML_MALFORMED');
    expect(rejectionOf(readBericht('geen xml')).code).toBe('XML_MALFORMED');
  });
});

describe('the safe XML reader on large, honest files', () => {
  it('does not count the line breaks between elements as text (a declaratie of many clients)', () => {
    const bsns: string[] = [];
    for (let candidate = 999_990_000; bsns.length < 150; candidate += 1) {
      if (passesElfproef(String(candidate))) bsns.push(String(candidate));
    }
    const base = fixture('wmo323-declaratie.xml').toString();
    const client = base.slice(
      base.indexOf('<wmo323:Client>'),
      base.indexOf('</wmo323:Client>') + '</wmo323:Client>'.length,
    );
    let lines = 0;
    const clients = bsns.map((bsn) =>
      client
        .replace(/<wmo323:Bsn>\d+</, `<wmo323:Bsn>${bsn}<`)
        .replace(
          /<iwmo:ReferentieNummer>([^<]+)</g,
          (_, reference: string) => `<iwmo:ReferentieNummer>${reference}-${(lines += 1)}<`,
        ),
    );
    const xml = base
      .replace(
        /<wmo323:Clienten>[\s\S]*<\/wmo323:Clienten>/,
        `<wmo323:Clienten>\n${clients.join('\n')}\n</wmo323:Clienten>`,
      )
      .replace(/<iwmo:TotaalBedrag>\d+</, `<iwmo:TotaalBedrag>${150 * 45_800}<`);
    const result = readBericht(xml, { limits: { maxTextLength: 100 } });
    expect(result.ok ? [] : result.rejections).toEqual([]);
  });
});
