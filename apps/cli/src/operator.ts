import { hostname, userInfo } from 'node:os';
import { Logger } from '@nestjs/common';
import { TokenVerifier, type Role } from '@regie/access';
import { DOMAIN_CODES } from '@regie/domains';
import type { RegieConfig } from '@regie/config';

/** Who runs a CLI command on personal data, as the verwerkingenlog records the user. */
export interface Operator {
  readonly userId: string;
  readonly name?: string;
  /** From a verified token: the user's role and gemeente. Absent for an operating-system account. */
  readonly verified?: { readonly role: Role; readonly gemeente?: string };
}

/** The operating-system account running the command: `cli:<user>@<host>`. */
export function osAccount(): string {
  return `cli:${userInfo().username}@${hostname()}`;
}

export const TOKEN_OPTION_HELP = `  --token      a bearer token of the user running this (or REGIE_TOKEN): verified like the api's; without one
               the operating-system account (cli:<user>@<host>) is recorded as the user`;

/**
 * The operator of a command: the user of a verified token (`--token` or `REGIE_TOKEN`), checked as the api checks
 * bearer tokens, or else the operating-system account. A free-text name is never taken as the user.
 */
export async function operatorOf(token: string | undefined, config: RegieConfig): Promise<Operator> {
  if (token === undefined || token === '') return { userId: osAccount() };
  // The verifier's debug line on a refused token would be a second (coloured) line: the CLI says it in one.
  Logger.overrideLogger(['error', 'warn']);
  const verified = await TokenVerifier.fromConfig(config, DOMAIN_CODES).authenticate(`Bearer ${token}`);
  if (!verified.actor) {
    throw new Error(
      'the token (--token or REGIE_TOKEN) is not valid here: signature, issuer, audience, lifetime or claims',
    );
  }
  const { actor } = verified;
  return {
    userId: actor.userId,
    ...(actor.name ? { name: actor.name } : {}),
    verified: { role: actor.role, ...(actor.gemeente ? { gemeente: actor.gemeente } : {}) },
  };
}

/** Refuses a verified operator whose role is not `role` (an OS account is the machine's operator: allowed). */
export function requireRole(operator: Operator, role: Role, what: string): void {
  if (operator.verified && operator.verified.role !== role) {
    throw new Error(`${what} needs a token with role ${role}, not ${operator.verified.role}`);
  }
}
