// Test helpers: read a fixture into the reader's own tree, change it by element path, and write it back as XML.
// Paths are those of a rejection: `Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum`.
import { readXml } from '../src/xml/safe-xml-reader';
import type { XmlElement } from '../src/xml/xml-element';

export function parseTree(xml: string | Buffer): XmlElement {
  const result = readXml(xml);
  if (!result.ok) throw new Error(`fixture is not XML: ${result.rejection.reason}`);
  return result.root;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** Writes `element` as XML; a namespace is declared where it differs from the parent's. */
export function serialize(element: XmlElement, parentNs = ''): string {
  const declaration = element.ns !== parentNs ? ` xmlns="${escape(element.ns)}"` : '';
  const children = element.children.map((child) => serialize(child, element.ns)).join('');
  return `<${element.name}${declaration}>${escape(element.text)}${children}</${element.name}>`;
}

const clone = (element: XmlElement): XmlElement => ({ ...element, children: element.children.map(clone) });

/** The element at `path` below the root, or undefined. */
export function find(root: XmlElement, path: string): XmlElement | undefined {
  let current: XmlElement | undefined = root;
  for (const step of path.split('/').filter(Boolean)) {
    const [, name, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(step)!;
    current = current?.children.filter((child) => child.name === name)[Number(index ?? 1) - 1];
  }
  return current;
}

const parentAndName = (path: string) => {
  const at = path.lastIndexOf('/');
  return { parent: at === -1 ? '' : path.slice(0, at), last: path.slice(at + 1) };
};

/** A copy of `xml` changed by `change`, which gets the tree's root. */
export function edit(xml: string | Buffer, change: (root: XmlElement) => void): string {
  const root = clone(parseTree(xml));
  change(root);
  return serialize(root);
}

const at = (root: XmlElement, path: string): XmlElement => {
  const element = find(root, path);
  if (!element) throw new Error(`no element at ${path}`);
  return element;
};

/** `xml` with the text of the element at `path` set to `text`. */
export const withText = (xml: string | Buffer, path: string, text: string): string =>
  edit(xml, (root) => {
    at(root, path).text = text;
  });

/** `xml` without the element at `path`. */
export const without = (xml: string | Buffer, path: string): string =>
  edit(xml, (root) => {
    const { parent } = parentAndName(path);
    const container = at(root, parent);
    container.children.splice(container.children.indexOf(at(root, path)), 1);
  });

/** Content of a new element: a value, or child elements as [name, content] pairs (children in the basisschema). */
export type Content = string | readonly (readonly [string, Content])[];

const build = (name: string, ns: string, content: Content, childNs: string): XmlElement => ({
  name,
  ns,
  attributes: [],
  children: typeof content === 'string' ? [] : content.map(([child, inner]) => build(child, childNs, inner, childNs)),
  text: typeof content === 'string' ? content : '',
  line: 0,
});

/** The basisschema namespace of the message in `xml` (where CDT children such as Datum and Categorie live). */
const basisNamespaceOf = (root: XmlElement) => root.ns.replace(/\/[a-z]+\d{3}\/schema$/, '/basisschema/schema');

/** `xml` with a new element `name` (in the sibling's namespace) inserted after the element at `after`. */
export const withElementAfter = (xml: string | Buffer, after: string, name: string, content: Content): string =>
  edit(xml, (root) => {
    const { parent } = parentAndName(after);
    const container = at(root, parent);
    const sibling = at(root, after);
    container.children.splice(
      container.children.indexOf(sibling) + 1,
      0,
      build(name, sibling.ns, content, basisNamespaceOf(root)),
    );
  });

/** `xml` with the element at `path` repeated right after itself. */
export const withDuplicate = (xml: string | Buffer, path: string): string =>
  edit(xml, (root) => {
    const { parent } = parentAndName(path);
    const container = at(root, parent);
    const element = at(root, path);
    container.children.splice(container.children.indexOf(element) + 1, 0, clone(element));
  });
