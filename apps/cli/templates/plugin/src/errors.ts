/** The plugin's refusal codes: the client part's `messages.problems` says each in plain words. */
export const ALREADY_REQUESTED = 'ALREADY_REQUESTED';
