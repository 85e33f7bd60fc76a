/** The laboratory's refusal codes (the messages say them in plain words). */
export const LAB_ORDER_NOT_FOUND = 'LAB_ORDER_NOT_FOUND';
export const LAB_ORDER_EXISTS = 'LAB_ORDER_EXISTS';
export const NOTHING_ORDERED = 'NOTHING_ORDERED';
export const UNKNOWN_LAB_TEST = 'UNKNOWN_LAB_TEST';
export const TEST_NOT_ORDERED = 'TEST_NOT_ORDERED';
export const WRONG_ORDER_STATUS = 'WRONG_ORDER_STATUS';
export const RESULTS_INCOMPLETE = 'RESULTS_INCOMPLETE';
export const VALIDATOR_ENTERED_RESULTS = 'VALIDATOR_ENTERED_RESULTS';
export const NO_CRITICAL_RESULT = 'NO_CRITICAL_RESULT';
export const CRITICAL_ALREADY_ACKNOWLEDGED = 'CRITICAL_ALREADY_ACKNOWLEDGED';
export const PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND';
export const PATIENT_MERGED = 'PATIENT_MERGED';
/** An analyser's message that cannot be read as an ORU^R01 (the acknowledgement is AR). */
export const ANALYSER_MESSAGE_MALFORMED = 'ANALYSER_MESSAGE_MALFORMED';
/** An analyser's specimen (OBR-3) that names no order of the laboratory (AE). */
export const ANALYSER_UNKNOWN_SPECIMEN = 'ANALYSER_UNKNOWN_SPECIMEN';
/** An analyser's result the order cannot take: a test not ordered, another unit, an order not in the lab (AE). */
export const ANALYSER_RESULT_NOT_FILED = 'ANALYSER_RESULT_NOT_FILED';
