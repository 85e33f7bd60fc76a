import type { BoardBed } from '$lib/api/types';
import type { CommandPayloads } from '$lib/stores/commands';
import type { OutboxEntry, RefusedCommand } from '$lib/stores/outbox';

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
      rejections.push({ entryId: entry.id, kind: entry.kind, rejection: entry.rejection! });
      continue;
    }
    if (entry.kind === 'stay.admit') {
      const p = entry.payload as CommandPayloads['stay.admit'];
      fill(p.bedId, p.patientId);
    } else if (entry.kind === 'stay.discharge') {
      empty((entry.payload as CommandPayloads['stay.discharge']).bedId);
    } else if (entry.kind === 'stay.transfer') {
      const p = entry.payload as CommandPayloads['stay.transfer'];
      if (p.fromWardId === wardId) empty(p.fromBedId);
      if (p.body.toWardId === wardId) fill(p.body.toBedId, p.patientId);
    }
  }
  return { items: [...items.values()], rejections };
}

function touchesWard(entry: OutboxEntry, wardId: string): boolean {
  switch (entry.kind) {
    case 'stay.admit':
      return (entry.payload as CommandPayloads['stay.admit']).wardId === wardId;
    case 'stay.discharge':
      return (entry.payload as CommandPayloads['stay.discharge']).wardId === wardId;
    case 'stay.transfer': {
      const p = entry.payload as CommandPayloads['stay.transfer'];
      return p.fromWardId === wardId || p.body.toWardId === wardId;
    }
    default:
      return false;
  }
}
