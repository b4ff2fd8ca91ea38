// Unit tests (*.spec.ts) need nothing; integration (*.int-spec.ts) and end-to-end (*.e2e-spec.ts) tests
// talk to the local PostgreSQL (DATABASE_URL, default postgres://127.0.0.1:5432/test) and embedded PGlite.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/*', '/(.*)')}$`,
    `<rootDir>/${target.replace('/*', '/$1')}`,
  ]),
);

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
  // jose 6 ships only ES modules: Node 20.19+ loads it with require(esm), Jest's CommonJS runtime needs it compiled.
  '/node_modules/jose/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
};

const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  ...extra,
});

module.exports = {
  projects: [
    project('unit', ['**/*.spec.ts']),
    project('int', ['**/*.int-spec.ts'], { setupFiles: ['<rootDir>/tools/test/tracing.setup.ts'] }),
    project('e2e', ['**/*.e2e-spec.ts'], { setupFiles: ['<rootDir>/tools/test/tracing.setup.ts'] }),
  ],
  testTimeout: 60_000,
  // One worker runs the suites one after another (they share PostgreSQL and the machine's two cores); it is replaced
  // when a suite leaves its heap above this, so memory one suite keeps does not slow every later one.
  workerIdleMemoryLimit: '1GB',
};
