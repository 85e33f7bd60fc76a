import { z } from '@hms/sdk';

/**
 * What a hospital configures: `fhirPlugin.configure({ organization: { name: 'St. Example Hospital', identifier: {
 * system: 'urn:oid:…', value: '…' } } })`. The organisation is the hospital itself: the server answers it as an
 * Organization resource and names it the author and custodian of every patient summary.
 */
export const fhirOptionsSchema = z.strictObject({
  organization: z
    .strictObject({
      /** Its logical id at `/fhir/R4/Organization/<id>`. Default `hospital`. */
      id: z
        .string()
        .regex(/^[A-Za-z0-9\-.]{1,64}$/, 'a FHIR id: letters, digits, - and ., at most 64')
        .default('hospital'),
      name: z.string().min(1).max(200).default('Hospital'),
      /** A national or registry identifier of the hospital, when it has one. */
      identifier: z.strictObject({ system: z.string().min(1).max(200), value: z.string().min(1).max(100) }).optional(),
      phone: z.string().min(1).max(50).optional(),
      email: z.string().min(1).max(200).optional(),
      address: z
        .strictObject({
          line: z.array(z.string().min(1).max(200)).max(4).default([]),
          city: z.string().min(1).max(100).optional(),
          postalCode: z.string().min(1).max(20).optional(),
          country: z.string().min(1).max(100).optional(),
        })
        .optional(),
    })
    .default({ id: 'hospital', name: 'Hospital' }),
});

export type FhirPluginOptions = z.input<typeof fhirOptionsSchema>;
export type FhirSettings = z.output<typeof fhirOptionsSchema>;

/** The options with their defaults; throws naming the option when one is wrong, so the start stops. */
export function fhirSettings(options: unknown): FhirSettings {
  const parsed = fhirOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`fhir plugin option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}
