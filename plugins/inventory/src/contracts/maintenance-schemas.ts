import { z } from '@hms/sdk';

/** A calibration passes (the device measures within its tolerances) or fails. */
export const calibrationResultSchema = z.enum(['pass', 'fail']);
export type CalibrationResult = z.infer<typeof calibrationResultSchema>;
