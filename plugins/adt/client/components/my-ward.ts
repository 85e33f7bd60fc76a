import type { WardBoard } from '$lib/api/types';

/** One ward's team as `GET /api/wards/{wardId}/staff` answers it. */
export interface WardTeam {
  readonly wardId: string;
  readonly items: readonly { readonly memberId: string; readonly active: boolean }[];
}

/** One patient in a bed of the signed-in person's wards, for the home's worklist. */
export interface WardPatient {
  readonly wardId: string;
  readonly wardName: string;
  readonly bedLabel: string;
  readonly patientId: string;
  readonly name: string;
  readonly mrn: string;
  readonly inBedSince: string;
}

/** The wards whose team the person is on now (their account id or their employee id is a member). */
export function myWards(teams: readonly WardTeam[], myIds: readonly string[]): string[] {
  return teams
    .filter((team) => team.items.some((member) => member.active && myIds.includes(member.memberId)))
    .map((team) => team.wardId);
}

/** The occupied beds of the boards, ward by ward and bed by bed as the boards list them. */
export function patientsOn(boards: readonly WardBoard[]): WardPatient[] {
  return boards.flatMap((board) =>
    board.beds.flatMap((bed) =>
      bed.occupant
        ? [
            {
              wardId: board.ward.id,
              wardName: board.ward.name,
              bedLabel: bed.label,
              patientId: bed.occupant.patientId,
              name: `${bed.occupant.familyName}, ${bed.occupant.givenName}`,
              mrn: bed.occupant.mrn,
              inBedSince: bed.occupant.inBedSince,
            },
          ]
        : [],
    ),
  );
}
