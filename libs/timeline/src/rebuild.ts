import type { RegieConfig } from '@regie/config';
import type { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TimelineProjector, type RebuildProgress } from './projection/timeline-projector';
import { TimelineHostModule } from './timeline.module';

const duration = (seconds: number | undefined) => {
  if (seconds === undefined || !Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${s % 60}s`
      : `${s}s`;
};

/** One progress line: "rebuild 12000/50000 events (24%), 3100 ev/s, ETA 12s". */
export function formatProgress(progress: RebuildProgress): string {
  const head = progress.head ?? 0n;
  const at = progress.position ?? 0n;
  const percent = head > 0n ? Number((at * 100n) / head) : 100;
  const state = progress.finished ? 'done' : `ETA ${duration(progress.etaSeconds)}`;
  return `rebuild ${progress.done} events, position ${at}/${head} (${percent}%), ${Math.round(progress.eventsPerSecond)} ev/s, ${state}`;
}

/**
 * Truncates the timeline read models and their checkpoint and projects the whole store again. Stop the api and any
 * PROJECTOR_ONLY process on the same database first (embedded: the data directory lock enforces it).
 */
export async function rebuildReadModel(
  config: RegieConfig,
  domainModules: NonNullable<ModuleMetadata['imports']>,
  onProgress: (progress: RebuildProgress) => void,
): Promise<RebuildProgress> {
  const app = await NestFactory.createApplicationContext(
    TimelineHostModule.forRoot(config, domainModules, { runProjector: false }),
    // No abort and no logger while starting: a failure (a missing database) reaches the caller as an error.
    { logger: false, abortOnError: false },
  );
  app.useLogger(['error', 'warn']);
  try {
    return await app.get(TimelineProjector).rebuild(onProgress);
  } finally {
    await app.close();
  }
}
