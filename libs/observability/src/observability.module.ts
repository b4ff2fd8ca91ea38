import { Global, Module } from '@nestjs/common';
import { RegieMetrics } from './metrics';

/** One metrics registry per application, for every module that counts something. */
@Global()
@Module({ providers: [{ provide: RegieMetrics, useFactory: () => new RegieMetrics() }], exports: [RegieMetrics] })
export class ObservabilityModule {}
