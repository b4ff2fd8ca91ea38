// The module boundaries of docs/architecture.md as lint rules:
// - a domain module never imports another domain module;
// - every lib is reached only through its public index (`@regie/<lib>`), never a deep path;
// - nothing outside libs/event-store reaches an adapter (they are not exported from its index);
// - libs/berichten (the iJw/iWmo reader) imports no other Regie lib, so every domain can build on it;
// - libs/toewijzing (the shared iStandaard toewijzing life cycle) imports no domain module; Jeugd and Wmo import it;
// - an integration lib (libs/berichten-import) may use several domains through their public index, and no domain
//   imports an integration lib.
// Every folder in libs/ that is not infrastructure is a domain module, so adding a domain needs no change here.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INFRASTRUCTURE_LIBS = [
  'event-store',
  'sql',
  'config',
  'household',
  'timeline',
  'access',
  'audit',
  'privacy',
  'observability',
  'berichten',
  'sign-in',
  'search',
  // The iStandaard toewijzing life cycle Jeugd and Wmo share: imports no domain, domains import it.
  'toewijzing',
];
/** Libs that bring outside data into several domains through the domains' public commands. */
export const INTEGRATION_LIBS = ['berichten-import'];
export const LIBS = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
export const DOMAIN_MODULES = LIBS.filter(
  (lib) => !INFRASTRUCTURE_LIBS.includes(lib) && !INTEGRATION_LIBS.includes(lib),
);

/** Second public entry points, light enough for a command that must start fast (`regie token`). */
const LIGHT_ENTRIES = ['@regie/access/tokens'];

const deepImports = LIBS.map((lib) => ({
  group: [
    `@regie/${lib}/*`,
    ...LIGHT_ENTRIES.filter((entry) => entry.startsWith(`@regie/${lib}/`)).map((e) => `!${e}`),
  ],
  message: `Import @regie/${lib} through its public index, not a file inside it.`,
}));

const relativeIntoLibs = {
  group: ['**/libs/*/src/**', '../../libs/**', '../../../libs/**'],
  message: 'Reach another lib through its @regie/<lib> alias and public index.',
};

const adapters = {
  group: ['**/kurrentdb/*', '**/sql/sql-event-store', '**/postgres/*', '**/embedded/*'],
  message: 'Only libs/event-store knows its adapters; depend on the EventStore port.',
};

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const moduleBoundaryRules = [
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'bench/**/*.ts'],
    rules: restrict([...deepImports, relativeIntoLibs, adapters]),
  },
  { files: ['libs/event-store/**/*.ts'], rules: restrict([...deepImports, relativeIntoLibs]) },
  ...DOMAIN_MODULES.map((domain) => ({
    files: [`libs/${domain}/**/*.ts`],
    rules: restrict([
      ...deepImports,
      relativeIntoLibs,
      adapters,
      ...DOMAIN_MODULES.filter((other) => other !== domain).map((other) => ({
        group: [`@regie/${other}`, `**/${other}/**`],
        message: `A domain module never imports another domain module (${domain} -> ${other}); share through @regie/household.`,
      })),
      ...INTEGRATION_LIBS.map((integration) => ({
        group: [`@regie/${integration}`, `**/${integration}/**`],
        message: `A domain module never imports an integration lib (${domain} -> ${integration}).`,
      })),
    ]),
  })),
  {
    // The iJw/iWmo reader stands alone: the domains may build on it, it knows none of them (nor any other lib).
    files: ['libs/berichten/**/*.ts'],
    rules: restrict([
      ...deepImports,
      relativeIntoLibs,
      { group: ['@regie/*'], message: 'libs/berichten reads messages only; it imports no other Regie lib.' },
    ]),
  },
  {
    // The shared toewijzing life cycle: the domains (Jeugd, Wmo) build on it, it knows none of them.
    files: ['libs/toewijzing/**/*.ts'],
    rules: restrict([
      ...deepImports,
      relativeIntoLibs,
      adapters,
      ...DOMAIN_MODULES.map((domain) => ({
        group: [`@regie/${domain}`, `**/${domain}/**`],
        message: `libs/toewijzing is shared by the domains; it never imports one (toewijzing -> ${domain}).`,
      })),
    ]),
  },
  {
    // Tests may open adapters directly to run the contract suite and isolated databases.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
];
