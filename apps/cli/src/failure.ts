import { ConfigError } from '@regie/config';

/**
 * Nest options for the CLI's application contexts: no logger while the modules start (Nest would print a coloured
 * stack trace of a start-up failure) and no `abortOnError` (Nest would exit 1 before the command can say why), so a
 * failure reaches the command's catch and becomes one line.
 */
export const QUIET_NEST_START = { logger: false, abortOnError: false } as const;

/** The first line of an error's message: what an operator reads, without a stack. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim() || (error instanceof Error ? error.name : 'unknown error');
}

/** `regie: <command> failed: <message>` (a configuration problem as it is) on stderr; returns exit code 1. */
export function commandFailed(command: string, error: unknown): number {
  const message = oneLine(error);
  process.stderr.write(`regie: ${error instanceof ConfigError ? message : `${command} failed: ${message}`}\n`);
  return 1;
}
