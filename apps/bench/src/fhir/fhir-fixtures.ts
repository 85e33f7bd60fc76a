import { randomUUID } from 'node:crypto';
import type { BenchClient } from '../lib/bench-client';

/** Registers a fictional patient and records `events` heart rates on the chart, `concurrency` at a time. */
export async function patientWithChart(client: BenchClient, events: number, concurrency = 50): Promise<string> {
  const registered = await client.call('POST', '/api/patients', {
    givenName: 'Bench',
    familyName: `Chartlong${randomUUID().slice(0, 8)}`,
    birthDate: '1960-01-01',
    gender: 'unknown',
  });
  const patientId = String((registered.body as { id: string }).id);
  for (let done = 0; done < events;) {
    const now = Math.min(concurrency, events - done);
    await Promise.all(
      Array.from({ length: now }, (_, i) =>
        client.call('POST', `/api/charts/${patientId}/observations`, {
          code: '8867-4',
          value: 60 + ((done + i) % 40),
          unit: '/min',
        }),
      ),
    );
    done += now;
  }
  return patientId;
}

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const ICD_10 = 'http://hl7.org/fhir/sid/icd-10';

/**
 * A collection Bundle as another provider sends it: `patients` fictional patients (a fresh identifier, name and
 * birth date each, so none matches another), each with two problems and `observations` heart rates. Invented data.
 */
/** Patients made so far in this run: each takes the next day from 1 January 1901 as its birth date. */
let bundlePatients = 0;

export function providerBundle(patients: number, observations: number): { bundle: unknown; resources: number } {
  const entry: unknown[] = [];
  for (let p = 0; p < patients; p += 1) {
    const id = randomUUID();
    const fullUrl = `urn:uuid:${id}`;
    const subject = { reference: fullUrl };
    // Distinct across the run's bundles: the duplicate rules match a like-sounding name with the same birth date, and
    // every name here sounds alike ("Imported…"), so dates that repeated per bundle matched the second bundle's
    // patients to the first's and the run stopped.
    const birthDate = new Date(Date.UTC(1901, 0, 1 + bundlePatients)).toISOString().slice(0, 10);
    bundlePatients += 1;
    entry.push({
      fullUrl,
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: 'urn:oid:2.16.840.1.113883.19.5', value: id }],
        name: [{ family: `Imported${id.slice(0, 8)}`, given: [`Given${id.slice(9, 13)}`] }],
        birthDate,
        gender: p % 2 === 0 ? 'female' : 'male',
      },
    });
    for (const code of ['I10', 'E11.9']) {
      entry.push({
        fullUrl: `urn:uuid:${randomUUID()}`,
        resource: { resourceType: 'Condition', code: { coding: [{ system: ICD_10, code }] }, subject },
      });
    }
    for (let o = 0; o < observations; o += 1) {
      entry.push({
        fullUrl: `urn:uuid:${randomUUID()}`,
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: LOINC, code: '8867-4' }] },
          subject,
          effectiveDateTime: new Date(Date.UTC(2024, 0, 1, 8, o)).toISOString(),
          valueQuantity: { value: 60 + o, unit: '/min', system: UCUM, code: '/min' },
        },
      });
    }
  }
  return { bundle: { resourceType: 'Bundle', type: 'collection', entry }, resources: entry.length };
}
