import { Args, Context, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { GraphQLError } from 'graphql';
import { auditForbidden, decideLogRead } from '../audit-access';
import { correlationIdOf } from '../correlation';
import { checkPeriod } from '../period';
import { ProcessingLog } from '../processing-log';
import type { ExportFormat } from '../types';

/** The formats a browser download offers: Excel (CSV with `;` and a byte order mark) and JSON Lines. */
export const ProcessingLogExportFormat = { EXCEL: 'EXCEL', JSON_LINES: 'JSON_LINES' } as const;
export type ProcessingLogExportFormat = keyof typeof ProcessingLogExportFormat;
registerEnumType(ProcessingLogExportFormat, {
  name: 'ProcessingLogExportFormat',
  description:
    'EXCEL: CSV with ";" between cells and a UTF-8 byte order mark (Dutch Excel opens it in columns). JSON_LINES: one JSON object per line.',
});

const FORMAT: Record<ProcessingLogExportFormat, ExportFormat> = { EXCEL: 'excel', JSON_LINES: 'json' };

/** A download goes through one GraphQL answer: bounded, so it stays small enough for a browser. */
export const MAX_EXPORT_DAYS = 366;
export const MAX_EXPORT_LINES = 50_000;

const tooLong = () =>
  new GraphQLError(
    `Deze periode heeft meer dan ${MAX_EXPORT_LINES.toLocaleString('nl-NL')} regels. Kies een kortere periode.`,
    { extensions: { code: 'BAD_USER_INPUT', field: 'to' } },
  );

/**
 * The auditor's export of the verwerkingenlog as a file for the browser. The same rows as the cli's `audit-export`
 * (which streams any size); the export is itself a line in the log (EXPORT, `audit.export`), written only once the
 * file is complete, so a refused export writes nothing but its DENIED line.
 */
@Resolver()
export class ProcessingLogExportResolver {
  constructor(private readonly log: ProcessingLog) {}

  @Query(() => String, {
    description: `Auditor: the verwerkingenlog of your own gemeente in [from, to) as a file's text, oldest first (EXCEL or JSON_LINES). At most ${MAX_EXPORT_DAYS} days and ${MAX_EXPORT_LINES} lines; larger exports: the cli's audit-export.`,
  })
  async processingLogExport(
    @CurrentActor() actor: Actor,
    @Context() context: unknown,
    @Args('from', { type: () => Date, description: 'Inclusive.' }) from: Date,
    @Args('to', { type: () => Date, description: 'Exclusive.' }) to: Date,
    @Args('format', { type: () => ProcessingLogExportFormat }) format: ProcessingLogExportFormat,
  ): Promise<string> {
    const who = {
      userId: actor.userId,
      userName: actor.name ?? null,
      role: actor.role,
      correlationId: correlationIdOf(context),
    };
    const decision = decideLogRead(actor);
    if (!decision.allowed) {
      if (actor.gemeente) {
        await this.log.record({
          ...who,
          gemeente: actor.gemeente,
          operation: 'DENIED',
          action: 'audit.export',
          fields: ['processing_log'],
          basis: decision.reason,
        });
      }
      throw auditForbidden();
    }
    const period = checkPeriod({ from, to }, MAX_EXPORT_DAYS);
    const chunks: string[] = [];
    let lines = 0;
    for await (const chunk of this.log.export({ gemeente: decision.gemeente, ...period }, FORMAT[format])) {
      lines += chunk.split('\n').length - 1;
      // The CSV's header row is not a line of the log.
      if (lines > MAX_EXPORT_LINES + (format === 'EXCEL' ? 1 : 0)) throw tooLong();
      chunks.push(chunk);
    }
    await this.log.record({
      ...who,
      gemeente: decision.gemeente,
      operation: 'EXPORT',
      action: 'audit.export',
      fields: [`format.${FORMAT[format]}`],
      basis: `export van de verwerkingenlog ${period.from.toISOString()} tot ${period.to.toISOString()}`,
    });
    return chunks.join('');
  }
}
