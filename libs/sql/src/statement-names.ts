/**
 * Names for parameterised statements, so each connection parses and plans a statement once and then reuses it
 * (PostgreSQL keeps a generic plan once it costs no more than the custom ones). Planning the append's and the
 * projector's statements was about a quarter of PostgreSQL's work per command. Bounded: a connection keeps every
 * statement it prepared until it closes, so beyond `max` distinct texts statements go unnamed, planned each time as
 * before. The same text gets the same name on every connection of the pool, until `forget()`.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private generation = 1;

  constructor(private readonly max = 256) {}

  nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= this.max) return known;
    const name = `regie_${this.generation}_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }

  /**
   * New names from now on, for every text: after a table's columns changed (a migration by another process), a
   * statement prepared before answers "cached plan must not change result type" on every connection that has it.
   */
  forget(): void {
    this.names.clear();
    this.generation++;
  }
}

/** PostgreSQL's answer to a prepared statement whose result columns changed since it was prepared. */
export function isStalePreparedStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}
