// Reading values out of a tree that validateStructure has passed: every required element is there and every value
// fits its type, so a missing element here is a bug in the schema or the mapper, not bad input.
import { trimXsdWhitespace } from '../schema/validate-structure';
import { childNamed, childrenNamed, type XmlElement } from '../xml/xml-element';

export class MappingInvariantError extends Error {
  override readonly name = 'MappingInvariantError';
}

export const req = (element: XmlElement, name: string): XmlElement => {
  const child = childNamed(element, name);
  if (!child) throw new MappingInvariantError(`${element.name}/${name} missing after validation`);
  return child;
};

export const opt = childNamed;
export const all = childrenNamed;

/** An xs:string value (whitespace kept). */
export const text = (element: XmlElement, name: string): string => req(element, name).text;
/** An xs:integer value. */
export const int = (element: XmlElement, name: string): number =>
  Number(trimXsdWhitespace(req(element, name).text)) || 0;
/** An xs:date or xs:time value. */
export const trimmed = (element: XmlElement, name: string): string => trimXsdWhitespace(req(element, name).text);
/** LDT_Nummer as a canonical decimal string ("007" and "+7" are the toewijzing 7). */
export const nummer = (element: XmlElement, name: string): string => String(int(element, name));

/** Applies `read` to the child `name` when it is there. */
export function maybe<T>(
  element: XmlElement,
  name: string,
  read: (parent: XmlElement, name: string) => T,
): T | undefined {
  return childNamed(element, name) ? read(element, name) : undefined;
}

/** Applies `read` to the child element `name` itself when it is there. */
export function maybeGroup<T>(element: XmlElement, name: string, read: (child: XmlElement) => T): T | undefined {
  const child = childNamed(element, name);
  return child ? read(child) : undefined;
}

/** The items of a wrapper such as ToegewezenProducten/ToegewezenProduct (an absent optional wrapper: none). */
export const itemsOf = (element: XmlElement, wrapper: string, item: string): XmlElement[] => {
  const group = childNamed(element, wrapper);
  return group ? childrenNamed(group, item) : [];
};
