/**
 * The clicks of each journey before the issue-16 client work, counted (not measured) on the screens of commit
 * c100d6c, the last before the header patient search and the role home pages (4f68b6b). How each was counted is
 * in docs/performance.md ("Role journeys"). A role missing here had no screens for its journey at that commit.
 */
export const BEFORE: Readonly<Record<string, { readonly clicks: number; readonly commit: string }>> = {
  // Patients (menu) 1, search field 1, Register a patient 1, three fields 3, gender 2, Register 1, search field
  // again 1, the patient in the list 1, Appointments (menu) 1, patient field 1, the patient offered 1, Find free
  // times 1, Book 1: nothing linked the patient page to the booking.
  'front desk': { clicks: 16, commit: 'c100d6c' },
};
