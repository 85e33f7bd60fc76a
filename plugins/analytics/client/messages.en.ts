/**
 * The analytics plugin's messages in the web client, in English: its screens import them; the shell reads its labels
 * and `problems`.
 */
export const messages = {
  menu: { dashboard: 'Dashboard' },
  dashboard: {
    title: 'Dashboard',
    figures: 'Headline figures',
    updated: (when: string) => `Updated ${when}`,
    stale: 'Could not refresh: these figures may be out of date.',
    inPatients: 'In-patients now',
    occupancy: 'Bed occupancy',
    occupancyDetail: (inPatients: number, beds: number) => `${inPatients} of ${beds} in-service beds occupied`,
    appointmentsToday: 'Appointments today',
    noShowsToday: 'Did not come today',
    admissionsToday: 'Admissions today',
    dischargesToday: 'Discharges today',
    averageLengthOfStay: 'Average length of stay (last 30 days)',
    days: (n: string) => `${n} days`,
    notAvailable: 'no data yet',
    charts: {
      title: 'Charts',
      today: 'Patient movements today',
      patients: 'Patients (count)',
      percentOfBeds: 'Beds in service occupied (%)',
      days: 'Days',
      averageStay: 'Average stay',
      measure: 'Measure',
    },
  },
};
