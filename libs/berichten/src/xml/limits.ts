/** Bounds the safe reader enforces before any message logic runs. */
export interface XmlLimits {
  /** Bytes (UTF-8) of the whole file. */
  readonly maxBytes: number;
  /** Nesting depth of elements (the root is depth 1). */
  readonly maxDepth: number;
  /** Elements in the whole file. */
  readonly maxElements: number;
  /** Attributes (namespace declarations included) on one element. */
  readonly maxAttributes: number;
  /** Characters of text directly inside one element. */
  readonly maxTextLength: number;
}

/**
 * Defaults: 25 MB is the size the iStandaarden allow a message file (OP179; GGK/VECOZO refuse larger payloads,
 * IB003/IB012). The deepest element of a 3.2 message sits at depth 8 (Bericht/Client/Relaties/Relatie/Contact/Adres/
 * Huis/Huisnummer), so 32 leaves room and still stops a nesting attack at once. A 25 MB declaratie has well under
 * a million elements. The messages declare no attributes; 16 allows namespace declarations and xsi hints. Commentaar
 * has no maximum length in 3.2; 10,000 characters is Regie's bound.
 */
export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxDepth: 32,
  maxElements: 1_000_000,
  maxAttributes: 16,
  maxTextLength: 10_000,
};
