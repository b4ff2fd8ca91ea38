// The lib's entry point: bytes or text in, a typed message or the reasons it was refused out. Pure: no I/O, no
// clock (pass `today` to check the dagtekening against it), never throws for bad input.
import { createHash } from 'node:crypto';
import { berichtIdentiteit, identityFromTree } from './identity';
import { mapHeader } from './map/common.map';
import { mapBericht } from './map/map-bericht';
import type { Bericht } from './model/bericht';
import type { BerichtIdentiteit, IsoDate } from './model/common';
import { RejectionList, TECHNICAL, type Rejection } from './rejection';
import { checkRules } from './rules/check-rules';
import { messageSchema } from './schema/message-schemas';
import { validateStructure } from './schema/validate-structure';
import { identify, type BerichtType } from './standards';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/limits';
import { readXml } from './xml/safe-xml-reader';
import type { XmlElement } from './xml/xml-element';

export interface ReadOptions {
  /** Tighter or looser bounds for the safe reader; defaults in DEFAULT_XML_LIMITS. */
  readonly limits?: Partial<XmlLimits>;
  /** Today (YYYY-MM-DD): when given, a dagtekening after it is rejected (TR135, retourcode 8848). */
  readonly today?: IsoDate;
}

export type ReadResult =
  | { readonly ok: true; readonly bericht: Bericht; readonly digest: string }
  | {
      readonly ok: false;
      readonly rejections: readonly Rejection[];
      /** The message type, once the root element named a supported one. */
      readonly berichtType?: BerichtType;
      /** The identity, when the header names it validly even though the message is refused. */
      readonly identiteit?: BerichtIdentiteit;
      readonly digest: string;
    };

/** Reads one iJw/iWmo 3.2 message (301, 305, 307, 315, 317 or 323) from an XML file's bytes or text. */
export function readBericht(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const digest = createHash('sha256').update(input).digest('hex');
  const xml = readXml(input, { ...DEFAULT_XML_LIMITS, ...options.limits }, (root) => {
    const identification = identify(root.ns);
    return root.name !== 'Bericht' || identification.kind !== 'supported'
      ? unsupported(root, identification)
      : undefined;
  });
  if (!xml.ok) return { ok: false, rejections: [xml.rejection], digest };
  const root = xml.root;
  const identification = identify(root.ns);
  if (root.name !== 'Bericht' || identification.kind !== 'supported') {
    return { ok: false, rejections: [unsupported(root, identification)], digest };
  }
  const definitie = identification.definitie;
  const out = new RejectionList();
  validateStructure(
    root,
    messageSchema(definitie),
    { bericht: definitie.namespace, basis: definitie.basisNamespace },
    out,
  );
  if (out.size > 0) {
    return refused(out, definitie.type, identityFromTree(root, definitie), digest);
  }
  const header = mapHeader(root);
  const identiteit = berichtIdentiteit(
    definitie,
    header.afzender,
    header.berichtIdentificatie.identificatie,
    header.berichtIdentificatie.dagtekening,
  );
  const bericht = mapBericht(root, definitie, header, identiteit);
  checkRules({ out, dagtekening: header.berichtIdentificatie.dagtekening, today: options.today }, bericht);
  if (out.size > 0) return refused(out, definitie.type, identiteit, digest);
  return { ok: true, bericht, digest };
}

function refused(
  out: RejectionList,
  berichtType: BerichtType,
  identiteit: BerichtIdentiteit | undefined,
  digest: string,
): ReadResult {
  return identiteit
    ? { ok: false, rejections: out.toArray(), berichtType, identiteit, digest }
    : { ok: false, rejections: out.toArray(), berichtType, digest };
}

function unsupported(root: XmlElement, identification: ReturnType<typeof identify>): Rejection {
  const base = { retourcode: TECHNICAL, path: '' };
  if (root.name === 'Bericht' && identification.kind === 'otherRelease') {
    return {
      ...base,
      code: 'RELEASE_NOT_SUPPORTED',
      reason: `Dit is een ${identification.bericht}-bericht van release ${identification.release}. Regie leest alleen release 3.2.`,
    };
  }
  if (root.name === 'Bericht' && identification.kind === 'notSupported') {
    return {
      ...base,
      code: 'MESSAGE_NOT_SUPPORTED',
      reason: `Regie leest ${identification.bericht}-berichten niet. Regie leest 301, 305, 307, 315, 317 en 323 van iJw en iWmo.`,
    };
  }
  return {
    ...base,
    code: 'MESSAGE_UNKNOWN',
    reason: 'Dit is geen iJw- of iWmo-bericht: het hoofdelement is geen Bericht in een namespace van de iStandaarden.',
  };
}
