import type { AdmitBody, BoardBed, DischargeBody, TransferBody } from '$lib/api/types';
import type { OutboxEntry, RefusedCommand } from '$lib/stores/outbox';

/** The adt commands its screens queue, by wire type, with their data (the route's body plus the path's ids). */
export const ADMIT = 'adt.AdmitPatient';
export const TRANSFER = 'adt.TransferPatient';
export const DISCHARGE = 'adt.DischargePatient';
export type AdmitData = AdmitBody;
export type TransferData = TransferBody & { patientId: string };
export type DischargeData = DischargeBody & { patientId: string };
/** Kept beside a waiting transfer or discharge (not sent): the bed it leaves, for the board. */
export interface LeavingBed {
  readonly wardId: string;
  readonly bedId: string;
}

/** A bed as the board shows it: the server's, with admissions, transfers and discharges not yet sent laid over it. */
export interface BoardItem {
  readonly bed: BoardBed;
  /** Who is (or is about to be) in the bed. */
  readonly patientId?: string;
  readonly status: BoardBed['status'];
  readonly pending?: boolean;
}

/**
 * The server's beds of one ward with the outbox laid over them: a waiting admission fills its bed, a waiting
 * discharge empties one, a waiting transfer empties the old bed and fills the new one (when on this ward); all
 * marked pending. A refused command leaves the server's state and is listed to be explained.
 */
export function overlayBoard(
  wardId: string,
  beds: readonly BoardBed[],
  entries: readonly OutboxEntry[],
): { items: BoardItem[]; rejections: RefusedCommand[] } {
  const items = new Map<string, BoardItem>(
    beds.map((bed) => [bed.id, { bed, status: bed.status, patientId: bed.occupant?.patientId }]),
  );
  const rejections: RefusedCommand[] = [];
  const fill = (bedId: string, patientId: string) => {
    const item = items.get(bedId);
    if (item) items.set(bedId, { ...item, status: 'occupied', patientId, pending: true });
  };
  const empty = (bedId: string) => {
    const item = items.get(bedId);
    if (item) items.set(bedId, { bed: item.bed, status: 'vacant', pending: true });
  };
  for (const entry of entries) {
    const concerns = touchesWard(entry, wardId);
    if (!concerns) continue;
    if (entry.status === 'rejected') {
      rejections.push({ entryId: entry.id, command: entry.command, rejection: entry.rejection! });
      continue;
    }
    if (entry.command === ADMIT) {
      const d = entry.data as AdmitData;
      fill(d.bedId, d.patientId);
    } else if (entry.command === DISCHARGE) {
      empty(leaving(entry).bedId);
    } else if (entry.command === TRANSFER) {
      const d = entry.data as TransferData;
      const from = leaving(entry);
      if (from.wardId === wardId) empty(from.bedId);
      if (d.toWardId === wardId) fill(d.toBedId, d.patientId);
    }
  }
  return { items: [...items.values()], rejections };
}

const leaving = (entry: OutboxEntry): LeavingBed => (entry.display ?? { wardId: '', bedId: '' }) as LeavingBed;

function touchesWard(entry: OutboxEntry, wardId: string): boolean {
  switch (entry.command) {
    case ADMIT:
      return (entry.data as AdmitData).wardId === wardId;
    case DISCHARGE:
      return leaving(entry).wardId === wardId;
    case TRANSFER:
      return leaving(entry).wardId === wardId || (entry.data as TransferData).toWardId === wardId;
    default:
      return false;
  }
}
