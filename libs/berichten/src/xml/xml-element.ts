/** An element as the safe reader keeps it: namespace-resolved name, child elements, its own text. */
export interface XmlElement {
  /** Local name, without prefix. */
  readonly name: string;
  /** Namespace URI ('' when none). */
  readonly ns: string;
  /** Attributes other than namespace declarations, as `{uri}local` or `local`. */
  readonly attributes: readonly string[];
  readonly children: XmlElement[];
  /** Concatenated character data directly inside this element (text and CDATA). */
  text: string;
  /** 1-based line of the start tag, for a reader of the file. */
  readonly line: number;
}

/** The children of `element` with local name `name`, in document order. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

/** The first child named `name`, if any. */
export const childNamed = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((child) => child.name === name);
