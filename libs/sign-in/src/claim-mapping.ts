import { z } from 'zod';

/**
 * Where Regie finds role, gemeente, domain and name in the identity provider's claims. Gemeenten sign staff in with
 * Entra ID, Keycloak or an IAM suite: roles come from an array (`roles`, `groups`, `realm_access.roles`), often
 * nested and named by the gemeente, so each Regie value is read from a claim path and optionally translated by a
 * table. A path is dot-separated (`resource_access.regie.roles`); a claim name that itself holds a dot is written
 * with a backslash before the dot.
 */
const claimPath = z.string().min(1).max(200);

/** One value: read from a claim (optionally translated), or fixed for the whole deployment. */
const source = z.union([
  claimPath,
  z
    .object({
      claim: claimPath,
      /** Claim value → Regie value. Values not in the table are ignored; without a table the value is taken as is. */
      map: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
  z.object({ value: z.string().min(1) }).strict(),
]);

export const claimMappingSchema = z
  .object({
    userId: claimPath.default('sub'),
    name: claimPath.default('name'),
    role: source,
    gemeente: source,
    domain: source.optional(),
  })
  .strict();

export type ClaimMapping = z.infer<typeof claimMappingSchema>;
type Source = z.infer<typeof source>;

/** The claims Regie's actor check (`actorFromClaims` of @regie/access) expects. */
export interface MappedClaims {
  readonly sub?: unknown;
  readonly name?: unknown;
  readonly role?: string;
  readonly gemeente?: string;
  readonly domain?: string;
}

export type MappingResult =
  | { readonly claims: MappedClaims; readonly problem?: undefined }
  | { readonly claims?: undefined; readonly problem: string };

/** Parses OIDC_CLAIM_MAPPING; the message names the first thing wrong, in one line for the operator. */
export function parseClaimMapping(json: string): ClaimMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('OIDC_CLAIM_MAPPING is not valid JSON');
  }
  const parsed = claimMappingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`OIDC_CLAIM_MAPPING: ${issue.path.join('.') || '(top)'} ${issue.message}`);
  }
  return parsed.data;
}

/** The value at a dotted path (`realm_access.roles`), or undefined. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  const segments = path.split(/(?<!\\)\./).map((segment) => segment.replace(/\\\./g, '.'));
  let node: unknown = claims;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const asStrings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '');

/** The distinct Regie values a source yields: none, one, or (a problem) several. */
function valuesOf(claims: Record<string, unknown>, from: Source): string[] {
  if (typeof from === 'string') return [...new Set(asStrings(claimAt(claims, from)))];
  if ('value' in from) return [from.value];
  const raw = asStrings(claimAt(claims, from.claim));
  const table = from.map;
  const mapped = table ? raw.flatMap((value) => (Object.hasOwn(table, value) ? [table[value]!] : [])) : raw;
  return [...new Set(mapped)];
}

function single(claims: Record<string, unknown>, from: Source, what: string): { value?: string; problem?: string } {
  const values = valuesOf(claims, from);
  if (values.length > 1) return { problem: `the claims give more than one ${what} (${values.join(', ')})` };
  return { value: values[0] };
}

/**
 * Applies the mapping to verified ID-token (and userinfo) claims. A claim that yields no role, or two different
 * roles, is a problem (the sign-in is refused) rather than a guess: a person with two roles gets two accounts or a
 * mapping that says which wins.
 */
export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): MappingResult {
  const role = single(claims, mapping.role, 'role');
  if (role.problem) return { problem: role.problem };
  if (!role.value) return { problem: 'the claims give no Regie role' };
  const gemeente = single(claims, mapping.gemeente, 'gemeente');
  if (gemeente.problem) return { problem: gemeente.problem };
  const domain = mapping.domain ? single(claims, mapping.domain, 'domain') : {};
  if (domain.problem && role.value === 'domeinmedewerker') return { problem: domain.problem };
  return {
    claims: {
      sub: claimAt(claims, mapping.userId),
      name: claimAt(claims, mapping.name),
      role: role.value,
      ...(gemeente.value ? { gemeente: gemeente.value } : {}),
      ...(domain.value && role.value === 'domeinmedewerker' ? { domain: domain.value } : {}),
    },
  };
}
