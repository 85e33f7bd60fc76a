import type { FhirImport, FhirResource } from '@hms/sdk';
import { RecordObservation } from '../../contracts/commands';
import { LOINC, UCUM } from '../fhir-codes';
import { codingsOf, elementOf, instantOf, otherCodings, type Concept } from './concepts';

/**
 * An Observation as a chart measurement: its LOINC coding, a `valueQuantity` in a UCUM unit, and the effective
 * instant (`effectiveDateTime`, or the start of `effectivePeriod`; without one the chart takes the time of import).
 */
export const observationImport: FhirImport<typeof RecordObservation> = {
  command: RecordObservation,
  map(observation: FhirResource, { patientId }) {
    const code = elementOf<Concept>(observation, 'code');
    const loinc = code?.coding?.find((c) => c.system === LOINC && c.code && /^[0-9]{1,7}-[0-9]$/.test(c.code));
    if (!loinc?.code) {
      const codes = codingsOf(code);
      return {
        notMappable: `The chart takes observations coded in LOINC (${LOINC}); this one is coded ${codes.length ? codes.join(', ') : 'in no system'}`,
      };
    }
    const quantity = elementOf<{ value?: number; system?: string; code?: string }>(observation, 'valueQuantity');
    if (quantity?.value === undefined || quantity.system !== UCUM || !quantity.code) {
      return {
        notMappable: `The chart takes observations with a value in a UCUM unit (${UCUM}); ${loinc.code} has none`,
      };
    }
    const sent =
      elementOf<string>(observation, 'effectiveDateTime') ??
      elementOf<{ start?: string }>(observation, 'effectivePeriod')?.start;
    const effectiveAt = instantOf(sent);
    const left = [
      ...otherCodings(code, loinc),
      ...(sent !== undefined && effectiveAt === undefined ? [`the effective date ${sent} (not an instant)`] : []),
      ...(elementOf(observation, 'component') !== undefined ? ['its components'] : []),
      ...(elementOf(observation, 'encounter') !== undefined ? ['its encounter'] : []),
    ];
    return {
      data: {
        patientId,
        code: loinc.code,
        value: quantity.value,
        unit: quantity.code,
        ...(effectiveAt === undefined ? {} : { effectiveAt }),
      },
      summary: `A chart observation ${loinc.code} of ${quantity.value} ${quantity.code}`,
      ...(left.length > 0 ? { left } : {}),
    };
  },
  createdId: (recorded) => recorded.observationId,
};
