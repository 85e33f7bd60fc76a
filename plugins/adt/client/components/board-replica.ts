import type { BoardBed, WardBoard } from '$lib/api/types';

/** A bed of the `adt.WardBoard` replica: the bed with its ward's header (plugins/adt/src/replicas). */
export type WardBoardRow = BoardBed & { readonly ward: WardBoard['ward'] };

/** The board the screen shows, from the replica's rows (in the server's bed order). */
export function boardOf(rows: readonly WardBoardRow[]): { ward: WardBoard['ward'] | undefined; beds: BoardBed[] } {
  return { ward: rows[0]?.ward, beds: rows.map(({ ward: _ward, ...bed }) => bed) };
}

/** The patients in the beds: the EHR's part keeps each one's chart with the board. */
export function occupantsOf(rows: readonly WardBoardRow[]): string[] {
  return rows.flatMap((row) => (row.occupant ? [row.occupant.patientId] : []));
}
