// A small model of what the 3.2 XSDs use: named elements in an xs:sequence with minOccurs/maxOccurs, and simple
// types restricted by length, pattern, range or enumeration. Written from the XSDs, not generated from them.
import type { RejectionCode } from '../rejection';

/** Why a simple value does not fit its type. The reason is a Dutch sentence about "dit element". */
export interface ValueProblem {
  readonly code: RejectionCode;
  readonly rule?: string;
  readonly reason: string;
}

export interface SimpleType {
  readonly kind: 'simple';
  /** xs:string keeps whitespace (preserve); xs:integer, xs:date and xs:time trim it (collapse). */
  readonly collapse: boolean;
  check(value: string): ValueProblem | undefined;
}

/** An xs:sequence. Its children live in the namespace of the schema that declares the type. */
export interface ComplexType {
  readonly kind: 'complex';
  readonly ns: 'bericht' | 'basis';
  readonly children: readonly ElementDecl[];
}

export interface ElementDecl {
  readonly name: string;
  readonly type: SimpleType | ComplexType;
  readonly min: 0 | 1;
  /** 1, or Infinity for maxOccurs="unbounded". */
  readonly max: number;
}

export const UNBOUNDED = Number.POSITIVE_INFINITY;

/** An element that occurs exactly once. */
export const one = (name: string, type: SimpleType | ComplexType): ElementDecl => ({ name, type, min: 1, max: 1 });
/** An optional element (minOccurs="0"). */
export const optional = (name: string, type: SimpleType | ComplexType): ElementDecl => ({ name, type, min: 0, max: 1 });
/** A repeated element (maxOccurs="unbounded", at least one). */
export const many = (name: string, type: SimpleType | ComplexType): ElementDecl => ({
  name,
  type,
  min: 1,
  max: UNBOUNDED,
});

export const sequence = (ns: 'bericht' | 'basis', children: readonly ElementDecl[]): ComplexType => ({
  kind: 'complex',
  ns,
  children,
});
