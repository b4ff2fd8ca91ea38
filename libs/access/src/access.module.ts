import { Module, type DynamicModule } from '@nestjs/common';
import { TokenVerifier, type AuthenticationConfig } from './token-verifier';

/** Provides the TokenVerifier of this configuration (one per app: a remote JWKS is fetched and cached once). */
@Module({})
export class AccessModule {
  static forRoot(config: AuthenticationConfig, options: { domains?: readonly string[] } = {}): DynamicModule {
    return {
      module: AccessModule,
      providers: [{ provide: TokenVerifier, useFactory: () => TokenVerifier.fromConfig(config, options.domains) }],
      exports: [TokenVerifier],
    };
  }
}
