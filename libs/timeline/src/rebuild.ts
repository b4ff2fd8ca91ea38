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
  const state = progress.finished
    ? 'done'
    : progress.phase === 'indexing'
      ? 'building indexes'
      : progress.phase === 'switching'
        ? 'switching to the new read model'
        : `ETA ${duration(progress.etaSeconds)}`;
  const resumed = progress.resumed ? ' (resumed)' : '';
  return `rebuild${resumed} ${progress.done} events, position ${at}/${head} (${percent}%), ${Math.round(progress.eventsPerSecond)} ev/s, ${state}`;
}

/**
 * Builds the timeline read models anew next to the live ones and switches to them (blue/green, see
 * projection/blue-green.ts). The api and a PROJECTOR_ONLY process may keep running on PostgreSQL; an embedded data
 * directory is locked by the api, so stop it there first. An interrupted rebuild goes on where it stopped; `restart`
 * starts it over.
 */
export async function rebuildReadModel(
  config: RegieConfig,
  domainModules: NonNullable<ModuleMetadata['imports']>,
  onProgress: (progress: RebuildProgress) => void,
  options: { readonly restart?: boolean; readonly workers?: number } = {},
): Promise<RebuildProgress> {
  const app = await NestFactory.createApplicationContext(
    TimelineHostModule.forRoot(config, domainModules, { runProjector: false }),
    // No abort and no logger while starting: a failure (a missing database) reaches the caller as an error.
    { logger: false, abortOnError: false },
  );
  app.useLogger(['error', 'warn']);
  try {
    return await app.get(TimelineProjector).rebuild(onProgress, options);
  } finally {
    await app.close();
  }
}
