// The only place that parses XML. saxes is a non-validating, namespace-aware XML 1.0 parser that never reads a DTD
// and knows only the five predefined entities, so an entity can neither expand nor reach outside the file; on top
// of that any DOCTYPE is refused outright, and size, depth, element count, attributes and text are bounded while
// the file is read, so a hostile file stops early with one rejection instead of exhausting memory or time.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { TECHNICAL, type Rejection, type RejectionCode } from '../rejection';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './limits';
import type { XmlElement } from './xml-element';

export type XmlReadResult =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly rejection: Rejection };

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';
const WHITESPACE_ONLY = /^[ \t\n\r]*$/;

class Stop extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.reason);
  }
}

const stop = (code: RejectionCode, reason: string): never => {
  throw new Stop({ code, retourcode: TECHNICAL, path: '', reason });
};

/** A check of the root element as soon as it opens: a rejection stops the reading there, before the rest is read. */
export type RootCheck = (root: XmlElement) => Rejection | undefined;

/** Reads `input` as one UTF-8 XML document within `limits`; never throws for bad input. */
export function readXml(
  input: string | Uint8Array,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
  checkRoot?: RootCheck,
): XmlReadResult {
  try {
    return { ok: true, root: parse(decode(input, limits.maxBytes), limits, checkRoot) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, rejection: error.rejection };
    throw error;
  }
}

function decode(input: string | Uint8Array, maxBytes: number): string {
  const tooLarge = (): never =>
    stop('XML_TOO_LARGE', `Het bestand is groter dan ${formatBytes(maxBytes)}. Splits het in kleinere berichten.`);
  if (typeof input === 'string') {
    if (input.length > maxBytes || Buffer.byteLength(input, 'utf8') > maxBytes) tooLarge();
    return input.startsWith('\uFEFF') ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes) tooLarge();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return stop('XML_ENCODING', 'Het bestand is geen geldige UTF-8-tekst. iJw- en iWmo-berichten zijn altijd UTF-8.');
  }
}

function parse(text: string, limits: XmlLimits, checkRoot?: RootCheck): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let attributes = 0;

  parser.on('xmldecl', ({ version, encoding }) => {
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      stop(
        'XML_ENCODING',
        'Het bestand noemt een andere tekenset dan UTF-8. iJw- en iWmo-berichten zijn altijd UTF-8.',
      );
    }
    // XML 1.1 admits control characters (&#1; …) that have no place in a case file; the messages are XML 1.0.
    if (version !== undefined && version !== '1.0') {
      stop('XML_VERSION', 'Het bestand is geen XML 1.0. iJw- en iWmo-berichten zijn altijd XML 1.0.');
    }
  });
  parser.on('doctype', () =>
    stop(
      'XML_DOCTYPE_FORBIDDEN',
      'Het bestand bevat een DOCTYPE. Regie leest geen DTD en geen entiteiten; een iJw- of iWmo-bericht heeft die nooit.',
    ),
  );
  parser.on('opentagstart', () => {
    attributes = 0;
  });
  parser.on('attribute', () => {
    attributes += 1;
    if (attributes > limits.maxAttributes) {
      stop('XML_TOO_MANY_ATTRIBUTES', `Een element heeft meer dan ${limits.maxAttributes} attributen.`);
    }
  });
  parser.on('opentag', (tag) => {
    elements += 1;
    if (elements > limits.maxElements) {
      stop('XML_TOO_MANY_ELEMENTS', `Het bestand heeft meer dan ${limits.maxElements} elementen.`);
    }
    if (stack.length + 1 > limits.maxDepth) {
      stop('XML_TOO_DEEP', `De elementen zijn dieper genest dan ${limits.maxDepth} niveaus.`);
    }
    const element: XmlElement = {
      name: tag.local,
      ns: tag.uri,
      attributes: attributeNames(tag),
      children: [],
      text: '',
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else {
      root = element;
      // A file that is no message at all is refused at its first element, not after reading megabytes of it.
      const rejection = checkRoot?.(element);
      if (rejection) throw new Stop(rejection);
    }
    stack.push(element);
  });
  const addText = (chunk: string) => {
    const current = stack[stack.length - 1];
    if (!current) return;
    // Whitespace between child elements means nothing (the messages have no mixed content); keeping it would let
    // the line breaks of a large declaratie add up to one long "text".
    if (current.children.length > 0 && WHITESPACE_ONLY.test(chunk)) return;
    // XML 1.0 forbids the other control characters already; DEL it allows, the api refuses it in any text.
    if (chunk.includes('\u007f')) {
      stop(
        'XML_CONTROL_CHARACTER',
        'Het bestand bevat een stuurteken (DEL) in een tekst. Dat hoort niet in een bericht.',
      );
    }
    if (current.text.length + chunk.length > limits.maxTextLength) {
      stop('XML_TEXT_TOO_LONG', `De tekst in een element is langer dan ${limits.maxTextLength} tekens.`);
    }
    current.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => stop('XML_MALFORMED', malformedReason(error.message)));

  parser.write(text).close();
  return root ?? stop('XML_MALFORMED', 'Het bestand bevat geen XML-element.');
}

function attributeNames(tag: SaxesTagNS): string[] {
  return Object.values(tag.attributes)
    .filter((attribute) => attribute.uri !== XMLNS_URI)
    .map((attribute) => (attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local));
}

/** saxes reports `line:column: message`; the reader gets the place and a Dutch hint. */
function malformedReason(message: string): string {
  const match = /^(\d+):(\d+): (.*)$/s.exec(message);
  const where = match ? ` (regel ${match[1]}, kolom ${Number(match[2]) + 1})` : '';
  const detail = match?.[3] ?? message;
  const hint = /undefined entity|entity/i.test(detail)
    ? ' Er staat een onbekende entiteit in, zoals &naam;. Alleen &amp; &lt; &gt; &quot; &apos; en tekencodes mogen.'
    : /close tag|unclosed/i.test(detail)
      ? ' Een element is niet goed afgesloten.'
      : /root/i.test(detail)
        ? ' Een bericht heeft precies één hoofdelement.'
        : /prefix|namespace/i.test(detail)
          ? ' Een namespace-voorvoegsel is niet gedeclareerd.'
          : '';
  return `Het bestand is geen geldige XML${where}.${hint}`;
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
