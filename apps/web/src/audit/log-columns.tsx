import { Link } from 'react-router';
import { formatDateTime } from '../app/format';
import { actionName, basisInWords, roleName } from '../app/labels';
import type { Column } from '../components/DataTable';

/** The parts of a verwerkingenlog line the auditor's screens show. */
export interface LogLine {
  readonly id: string;
  readonly loggedAt: string;
  readonly userId: string;
  readonly userName?: string | null;
  readonly role: string;
  readonly operation: string;
  readonly action: string;
  readonly basis: string;
  readonly emergency: boolean;
  readonly emergencyReason?: string | null;
  readonly householdId?: string | null;
  readonly outcome?: string;
}

const OPERATIONS: Record<string, string> = {
  READ: 'lezen',
  WRITE: 'vastleggen',
  EXPORT: 'exporteren',
  ERASE: 'wissen',
  DENIED: 'geweigerd',
};
export const operationName = (code: string): string => OPERATIONS[code] ?? 'anders';
export const OPERATION_OPTIONS = [
  ['', 'Alle handelingen'],
  ['READ', 'Lezen'],
  ['WRITE', 'Vastleggen'],
  ['EXPORT', 'Exporteren'],
  ['ERASE', 'Wissen'],
  ['DENIED', 'Geweigerd (geen toegang)'],
] as const;

/** The user in words: their name and role, and the inlognaam the auditor filters on. */
const who = (line: LogLine) =>
  `${line.userName ?? 'Onbekende naam'} (${roleName(line.role)}, inlognaam ${line.userId})`;

export const LOG_COLUMNS: readonly Column<LogLine>[] = [
  { key: 'when', label: 'Wanneer', render: (line) => formatDateTime(line.loggedAt), rowHeader: true },
  { key: 'who', label: 'Wie', render: who },
  {
    key: 'what',
    label: 'Wat',
    render: (line) =>
      line.outcome === 'DENIED' || line.operation === 'DENIED'
        ? `kreeg geen toegang (${line.action})`
        : `${actionName(line.action, line.operation)} (${operationName(line.operation)})`,
  },
  { key: 'basis', label: 'Grondslag', render: (line) => basisInWords(line.basis) },
  {
    key: 'emergency',
    label: 'Noodprocedure',
    render: (line) => (line.emergency ? `Ja. Reden: ${line.emergencyReason ?? 'geen reden'}` : 'Nee'),
  },
  {
    key: 'household',
    label: 'Huishouden',
    render: (line) =>
      line.householdId ? (
        <Link className="utrecht-link" to={`/audit/huishoudens/${line.householdId}`}>
          Wie keek in dit huishouden?
        </Link>
      ) : (
        'geen'
      ),
  },
];

/** A local date (YYYY-MM-DD) as the start of that day in the browser's time zone; `nextDay` for an exclusive end. */
export function startOfDay(date: string, nextDay = false): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day! + (nextDay ? 1 : 0)).toISOString();
}

export const localDate = (date: Date) => date.toLocaleDateString('sv-SE');
