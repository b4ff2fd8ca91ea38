// Checks an element tree against a message schema the way an XSD validator would: element names, namespaces,
// order, how often each occurs, no stray text or attributes, and every simple value against its type.
import type { RejectionList } from '../rejection';
import type { XmlElement } from '../xml/xml-element';
import type { ComplexType, ElementDecl, SimpleType } from './content-model';

export interface Namespaces {
  readonly bericht: string;
  readonly basis: string;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ALLOWED_ATTRIBUTES = new Set([`{${XSI}}schemaLocation`, `{${XSI}}noNamespaceSchemaLocation`]);

/** Validates `root` (already known to be the `Bericht` element in the right namespace) against `schema`. */
export function validateStructure(
  root: XmlElement,
  schema: ElementDecl,
  namespaces: Namespaces,
  out: RejectionList,
): void {
  if (schema.type.kind === 'complex') validateComplex(root, schema.type, '', namespaces, out);
}

const join = (path: string, name: string) => (path ? `${path}/${name}` : name);
const show = (path: string) => path || 'Bericht';

function validateComplex(
  element: XmlElement,
  type: ComplexType,
  path: string,
  ns: Namespaces,
  out: RejectionList,
): void {
  checkAttributes(element, path, out);
  if (/[^ \t\n\r]/.test(element.text)) {
    out.add({
      code: 'TEXT_UNEXPECTED',
      path: show(path),
      reason: 'Hier hoort alleen een groep elementen, geen losse tekst.',
    });
  }
  const particles = type.children;
  const counts = particles.map(() => 0);
  const seen = new Map<string, number>();
  let position = 0;
  for (const child of element.children) {
    const occurrence = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, occurrence);
    const index = particles.findIndex((particle, at) => at >= position && particle.name === child.name);
    if (index === -1) {
      reportUnexpected(child, particles, counts, position, join(path, `${child.name}[${occurrence}]`), out);
      continue;
    }
    for (let skipped = position; skipped < index; skipped += 1)
      reportIfMissing(particles[skipped]!, counts[skipped]!, path, out);
    position = index;
    const particle = particles[index]!;
    counts[index] = counts[index]! + 1;
    const childPath = join(path, particle.max > 1 ? `${particle.name}[${counts[index]}]` : particle.name);
    if (counts[index]! > particle.max) {
      out.add({
        code: 'ELEMENT_TOO_MANY',
        path: childPath,
        reason: `Het element ${particle.name} mag hier maar één keer staan.`,
      });
      continue;
    }
    const expectedNs = type.ns === 'bericht' ? ns.bericht : ns.basis;
    if (child.ns !== expectedNs) {
      out.add({
        code: 'ELEMENT_NAMESPACE',
        path: childPath,
        reason: `Het element ${particle.name} staat in de verkeerde namespace. Het hoort in ${expectedNs}.`,
      });
      continue;
    }
    if (particle.type.kind === 'complex') validateComplex(child, particle.type, childPath, ns, out);
    else validateSimple(child, particle.type, childPath, out);
  }
  for (let rest = position; rest < particles.length; rest += 1)
    reportIfMissing(particles[rest]!, counts[rest]!, path, out);
}

function reportIfMissing(particle: ElementDecl, count: number, path: string, out: RejectionList): void {
  if (count >= particle.min) return;
  out.add({
    code: 'ELEMENT_MISSING',
    path: join(path, particle.name),
    reason: `Het verplichte element ${particle.name} ontbreekt.`,
  });
}

function reportUnexpected(
  child: XmlElement,
  particles: readonly ElementDecl[],
  counts: readonly number[],
  position: number,
  path: string,
  out: RejectionList,
): void {
  const known = particles.some((particle) => particle.name === child.name);
  const expected = particles
    .filter((particle, index) => index > position || (index === position && counts[index]! < particle.max))
    .map((particle) => particle.name)
    .slice(0, 4);
  out.add({
    code: 'ELEMENT_UNEXPECTED',
    path,
    reason: known
      ? `Het element ${child.name} staat op de verkeerde plaats of komt te vaak voor.`
      : `Het element ${child.name} hoort hier niet.${expected.length ? ` Hier kan staan: ${expected.join(', ')}.` : ''}`,
  });
}

function validateSimple(element: XmlElement, type: SimpleType, path: string, out: RejectionList): void {
  checkAttributes(element, path, out);
  const [first] = element.children;
  if (first) {
    out.add({
      code: 'ELEMENT_UNEXPECTED',
      path: join(path, first.name),
      reason: 'Dit element bevat alleen een waarde, geen andere elementen.',
    });
    return;
  }
  const value = type.collapse ? trimXsdWhitespace(element.text) : element.text;
  const problem = type.check(value);
  if (problem) out.add({ ...problem, path });
}

function checkAttributes(element: XmlElement, path: string, out: RejectionList): void {
  for (const attribute of element.attributes) {
    if (ALLOWED_ATTRIBUTES.has(attribute)) continue;
    out.add({
      code: 'ATTRIBUTE_UNEXPECTED',
      path: show(path),
      reason: 'Dit element heeft een attribuut. De berichten van release 3.2 gebruiken geen attributen.',
    });
    return;
  }
}

const isXsdWhitespace = (character: string | undefined) =>
  character === ' ' || character === '\t' || character === '\n' || character === '\r';

/** Strips XSD whitespace at both ends (whiteSpace="collapse" for integers, dates and times). */
export function trimXsdWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isXsdWhitespace(value[start])) start += 1;
  while (end > start && isXsdWhitespace(value[end - 1])) end -= 1;
  return value.slice(start, end);
}
