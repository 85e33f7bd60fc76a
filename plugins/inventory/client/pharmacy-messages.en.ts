/** The pharmacy screens' messages (inventory 1.4), in English; messages.en.ts carries them as `pharmacy`. */
export const pharmacyMessages = {
  title: 'Pharmacy',
  worklist: 'Prescriptions to dispense',
  worklistHint:
    'Prescriptions from the clinical record, oldest first, until they are supplied in full. Open one to dispense it.',
  showAll: 'Show every prescription, supplied and stopped too',
  none: 'Nothing is waiting to be dispensed.',
  medication: 'Prescribed',
  dosage: 'Dosage',
  patient: 'Patient',
  prescribed: 'Prescribed quantity',
  dispensed: 'Dispensed',
  outstanding: 'Still to supply',
  prescribedAt: 'Prescribed',
  status: 'Status',
  statuses: { active: 'Active', stopped: 'Stopped' } as Record<string, string>,
  noQuantity: 'not stated',
  open: (medication: string) => `Dispense: ${medication}`,
  back: 'Pharmacy worklist',
  dispense: 'Dispense',
  dispenseHint:
    'Choose the medicine in stock that supplies this prescription and the store it comes from; the lots expiring first are taken first.',
  item: 'Medicine',
  offFormulary: 'not on the formulary',
  from: 'From store',
  quantity: 'Quantity',
  choose: 'Choose…',
  dispenses: 'Dispensed so far',
  noDispenses: 'Nothing has been dispensed for this prescription yet.',
  lots: 'Lots',
  /** One lot a dispense took from; a dispense lists them with commas ("6 of B2 (to 2026-04-30), 2 of C3"). */
  lotTaken: (quantity: number, lot: string, expiresOn: string | null) =>
    `${quantity} of ${lot}${expiresOn ? ` (to ${expiresOn})` : ''}`,
  by: 'By',
  when: 'When',
  returned: 'Returned',
  giveBack: 'Return',
  returnHint: 'Unused medication back from the ward or the patient goes back into its lots at the store it came from.',
  reason: 'Reason',
  returns: 'Returns',
  needItem: 'Choose the medicine to dispense.',
  needLocation: 'Choose the store it comes from.',
  needQuantity: 'Give the quantity as a whole number of at least 1.',
  needReason: 'Say why it comes back.',
  dispensedDone: (quantity: string) => `Dispensed ${quantity}.`,
  dispensedWaiting: (quantity: string) => `${quantity} recorded on this computer; dispensed when the network is back.`,
  returnedDone: (quantity: string) => `${quantity} back in stock.`,
  stoppedNotice: 'The prescriber stopped this prescription: it is no longer dispensed. Returns are still taken.',
};

/**
 * What the pharmacy's refusals (the problem's `code`) say to the user. Dispensing more than prescribed and returning
 * more than dispensed are not here: the server's sentence says it with the numbers ("at most 2 more").
 */
export const pharmacyProblems = {
  PRESCRIPTION_NOT_FOUND: 'This prescription is not on the pharmacy worklist.',
  DISPENSE_NOT_FOUND: 'This dispense was not found for this prescription.',
  PRESCRIPTION_STOPPED: 'The prescriber stopped this prescription: it is no longer dispensed.',
  ITEM_NOT_A_MEDICINE: 'This item is not a medicine: choose the medicine to dispense.',
  ISSUE_IS_A_DISPENSE: 'This issue dispensed a prescription: take it back as a return in the pharmacy.',
};
