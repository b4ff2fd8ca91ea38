// The twelve messages Regie reads: iJw and iWmo release 3.2, 301/305/307/315/317/323, as their XSDs define them.
import type { NamedCodeList } from './codes/code-list';
import { IJW_PRODUCTCATEGORIE, IJW_REDEN_BEEINDIGING, IJW_REDEN_WIJZIGING } from './codes/ijw.codes';
import { IWMO_PRODUCTCATEGORIE, IWMO_REDEN_BEEINDIGING, IWMO_REDEN_WIJZIGING } from './codes/iwmo.codes';

export type Standaard = 'iJw' | 'iWmo';

/** What a message is about; the same for iJw and iWmo. */
export type BerichtSoort =
  'toewijzing' | 'startZorg' | 'stopZorg' | 'verzoekOmToewijzing' | 'verzoekOmWijziging' | 'declaratie';

export type BerichtNummer = '301' | '305' | '307' | '315' | '317' | '323';
export type BerichtType = `JW${BerichtNummer}` | `WMO${BerichtNummer}`;

/** Who sends: a 301 goes from gemeente to aanbieder, every other message here the other way. */
export type Richting = 'gemeenteNaarAanbieder' | 'aanbiederNaarGemeente';

export interface BerichtDefinitie {
  readonly type: BerichtType;
  readonly standaard: Standaard;
  readonly nummer: BerichtNummer;
  readonly soort: BerichtSoort;
  /** COD002 (Vektis) BerichtCode the header must carry. */
  readonly berichtCode: string;
  readonly richting: Richting;
  /** Target namespace of the message XSD. */
  readonly namespace: string;
  /** Namespace of the basisschema (the CDT children: Datum, Categorie, Volume, …). */
  readonly basisNamespace: string;
}

/** The code lists that differ between iJw and iWmo. */
export interface StandaardCodeLists {
  readonly productcategorie: NamedCodeList;
  readonly redenBeeindiging: NamedCodeList;
  readonly redenWijziging: NamedCodeList;
}

export const CODE_LISTS: Readonly<Record<Standaard, StandaardCodeLists>> = {
  iJw: {
    productcategorie: IJW_PRODUCTCATEGORIE,
    redenBeeindiging: IJW_REDEN_BEEINDIGING,
    redenWijziging: IJW_REDEN_WIJZIGING,
  },
  iWmo: {
    productcategorie: IWMO_PRODUCTCATEGORIE,
    redenBeeindiging: IWMO_REDEN_BEEINDIGING,
    redenWijziging: IWMO_REDEN_WIJZIGING,
  },
};

const SOORT: Readonly<Record<BerichtNummer, BerichtSoort>> = {
  '301': 'toewijzing',
  '305': 'startZorg',
  '307': 'stopZorg',
  '315': 'verzoekOmToewijzing',
  '317': 'verzoekOmWijziging',
  '323': 'declaratie',
};

/** BerichtCode per standard and message (the `pattern` on BerichtCode in each 3.2 message XSD). */
const BERICHT_CODE: Readonly<Record<Standaard, Readonly<Record<BerichtNummer, string>>>> = {
  iJw: { '301': '436', '305': '438', '307': '440', '315': '446', '317': '486', '323': '490' },
  iWmo: { '301': '414', '305': '418', '307': '420', '315': '444', '317': '480', '323': '484' },
};

export const RELEASE = '3.2';
const NAMESPACE_ROOT = 'http://www.istandaarden.nl/';
const PATH = { iJw: { standaard: 'ijw', prefix: 'jw' }, iWmo: { standaard: 'iwmo', prefix: 'wmo' } } as const;

function definitie(standaard: Standaard, nummer: BerichtNummer): BerichtDefinitie {
  const { standaard: segment, prefix } = PATH[standaard];
  return {
    type: `${standaard === 'iJw' ? 'JW' : 'WMO'}${nummer}`,
    standaard,
    nummer,
    soort: SOORT[nummer],
    berichtCode: BERICHT_CODE[standaard][nummer],
    richting: nummer === '301' ? 'gemeenteNaarAanbieder' : 'aanbiederNaarGemeente',
    namespace: `${NAMESPACE_ROOT}${segment}/3_2/${prefix}${nummer}/schema`,
    basisNamespace: `${NAMESPACE_ROOT}${segment}/3_2/basisschema/schema`,
  };
}

const NUMMERS: readonly BerichtNummer[] = ['301', '305', '307', '315', '317', '323'];

export const BERICHT_DEFINITIES: readonly BerichtDefinitie[] = (['iJw', 'iWmo'] as const).flatMap((standaard) =>
  NUMMERS.map((nummer) => definitie(standaard, nummer)),
);

export type Identification =
  | { readonly kind: 'supported'; readonly definitie: BerichtDefinitie }
  | { readonly kind: 'otherRelease'; readonly standaard: Standaard; readonly release: string; readonly bericht: string }
  | { readonly kind: 'notSupported'; readonly standaard: Standaard; readonly bericht: string }
  | { readonly kind: 'unknown' };

const NAMESPACE_PATTERN = /^http:\/\/www\.istandaarden\.nl\/(ijw|iwmo)\/(\d{1,2})_(\d{1,2})\/(jw|wmo)(\d{3})\/schema$/;

/** Which message a root element's namespace announces. */
export function identify(namespace: string): Identification {
  const found = BERICHT_DEFINITIES.find((definitie) => definitie.namespace === namespace);
  if (found) return { kind: 'supported', definitie: found };
  const match = NAMESPACE_PATTERN.exec(namespace);
  if (!match) return { kind: 'unknown' };
  const [, segment, major, minor, prefix, nummer] = match;
  const standaard: Standaard = segment === 'ijw' ? 'iJw' : 'iWmo';
  const bericht = `${prefix!.toUpperCase()}${nummer}`;
  const release = `${major}.${minor}`;
  if (release !== RELEASE) return { kind: 'otherRelease', standaard, release, bericht };
  return { kind: 'notSupported', standaard, bericht };
}
