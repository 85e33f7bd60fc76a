/** Creating a note goes through the outbox (declared offline-capable); signing and amending never do. */
export const CREATE_NOTE = 'ehr.CreateNote';
