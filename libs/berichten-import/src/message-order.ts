// The order in which Regie reads messages of one client, so a start comes after its toewijzing: by Dagtekening, then
// 315, 301, 305, 307, 317, 323. The CLI reads an export directory in this order; linking the queue uses it too.

const MESSAGE_NUMBER_ORDER = ['315', '301', '305', '307', '317', '323'];

/**
 * A sort key (compare with `localeCompare`) of a message by its Dagtekening (`YYYY-MM-DD`) and its message number:
 * the type (`JW301`, `WMO305`) or the number alone (`301`). Without a Dagtekening or with an unknown number, last.
 */
export function messageOrderKey(
  dagtekening: string | null | undefined,
  berichtType: string | null | undefined,
): string {
  const nummer = /(\d{3})$/.exec(berichtType ?? '')?.[1];
  const rank = nummer === undefined ? -1 : MESSAGE_NUMBER_ORDER.indexOf(nummer);
  return `${dagtekening ?? '9999-99-99'}/${rank < 0 ? 9 : rank}`;
}
