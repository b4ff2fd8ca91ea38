import type { TestActor } from '../test-app';

// The cast of the access matrix: per gemeente a regisseur, a domeinmedewerker per domain, a functioneel beheerder
// and an auditor; gemeente A has a second regisseur (the current regisseur of the other household).

export const GEMEENTE_A = '0363';
export const GEMEENTE_B = '0599';

export type Role = 'regisseur' | 'domeinmedewerker' | 'functioneel_beheerder' | 'auditor';
export const ROLES: readonly Role[] = ['regisseur', 'domeinmedewerker', 'functioneel_beheerder', 'auditor'];

export type Domain = 'JEUGD' | 'WMO' | 'WERK_EN_INKOMEN' | 'WONEN';
export const DOMAINS: readonly Domain[] = ['JEUGD', 'WMO', 'WERK_EN_INKOMEN', 'WONEN'];

export interface MatrixActor extends TestActor {
  /** Short label for the report, e.g. `regisseur anna (0363)`. */
  readonly label: string;
  readonly role: Role;
  readonly gemeente: string;
  readonly domain?: Domain;
}

const actor = (label: string, fields: Omit<MatrixActor, 'label'>): MatrixActor => ({ label, ...fields });

export const anna = actor('regisseur anna@A', {
  userId: 'u-matrix-anna',
  role: 'regisseur',
  name: 'Anna Regie',
  gemeente: GEMEENTE_A,
});
export const bram = actor('regisseur bram@A', {
  userId: 'u-matrix-bram',
  role: 'regisseur',
  name: 'Bram Regie',
  gemeente: GEMEENTE_A,
});
export const carla = actor('regisseur carla@B', {
  userId: 'u-matrix-carla',
  role: 'regisseur',
  name: 'Carla Regie',
  gemeente: GEMEENTE_B,
});

const worker = (gemeente: string, tag: string, domain: Domain): MatrixActor =>
  actor(`${domain}-medewerker@${tag}`, {
    userId: `u-matrix-${domain.toLowerCase()}-${tag.toLowerCase()}`,
    role: 'domeinmedewerker',
    name: `${domain} medewerker ${tag}`,
    domain,
    gemeente,
  });
const beheer = (gemeente: string, tag: string): MatrixActor =>
  actor(`beheerder@${tag}`, {
    userId: `u-matrix-beheer-${tag.toLowerCase()}`,
    role: 'functioneel_beheerder',
    name: `Beheerder ${tag}`,
    gemeente,
  });
const auditor = (gemeente: string, tag: string): MatrixActor =>
  actor(`auditor@${tag}`, {
    userId: `u-matrix-auditor-${tag.toLowerCase()}`,
    role: 'auditor',
    name: `Auditor ${tag}`,
    gemeente,
  });

export interface Staff {
  readonly beheerder: MatrixActor;
  readonly auditor: MatrixActor;
  readonly workers: Readonly<Record<Domain, MatrixActor>>;
}

export const STAFF: Readonly<Record<string, Staff>> = {
  [GEMEENTE_A]: {
    beheerder: beheer(GEMEENTE_A, 'A'),
    auditor: auditor(GEMEENTE_A, 'A'),
    workers: {
      JEUGD: worker(GEMEENTE_A, 'A', 'JEUGD'),
      WMO: worker(GEMEENTE_A, 'A', 'WMO'),
      WERK_EN_INKOMEN: worker(GEMEENTE_A, 'A', 'WERK_EN_INKOMEN'),
      WONEN: worker(GEMEENTE_A, 'A', 'WONEN'),
    },
  },
  [GEMEENTE_B]: {
    beheerder: beheer(GEMEENTE_B, 'B'),
    auditor: auditor(GEMEENTE_B, 'B'),
    workers: {
      JEUGD: worker(GEMEENTE_B, 'B', 'JEUGD'),
      WMO: worker(GEMEENTE_B, 'B', 'WMO'),
      WERK_EN_INKOMEN: worker(GEMEENTE_B, 'B', 'WERK_EN_INKOMEN'),
      WONEN: worker(GEMEENTE_B, 'B', 'WONEN'),
    },
  },
};

const staffOf = (gemeente: string): MatrixActor[] => {
  const staff = STAFF[gemeente]!;
  return [...DOMAINS.map((domain) => staff.workers[domain]), staff.beheerder, staff.auditor];
};

/** Everyone who sends requests in the matrix: 15 actors over two gemeenten. */
export const ACTORS: readonly MatrixActor[] = [anna, bram, ...staffOf(GEMEENTE_A), carla, ...staffOf(GEMEENTE_B)];
