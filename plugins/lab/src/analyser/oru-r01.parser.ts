import {
  Hl7SyntaxError,
  parseSegment,
  readDelimiters,
  splitSegments,
  type Hl7Delimiters,
  type Hl7Segment,
} from './hl7-segments';

/** One numeric result as the analyser sent it (OBX): the test's LOINC code, the value and the unit it was sent in. */
export interface AnalyserObservation {
  /** The OBX's set id (OBX-1), or its position: what a rejection points at. */
  readonly setId: string;
  readonly code: string;
  readonly value: number;
  /** OBX-6.1, empty when the analyser sent none (then the catalogue's unit is assumed). */
  readonly unit: string;
}

/** The results for one specimen (an OBR and the OBX segments under it). */
export interface AnalyserSpecimenResults {
  /** OBR-3.1 (the filler order number: the laboratory's accession or a tube's label code), else OBR-2.1. */
  readonly accession: string;
  readonly observations: readonly AnalyserObservation[];
}

/** An ORU^R01 message reduced to what the laboratory acts on. */
export interface OruR01 {
  readonly delimiters: Hl7Delimiters;
  /** MSH-10: the analyser's id for this message; a message sent again carries the same one. */
  readonly controlId: string;
  /** MSH-3.1 and MSH-4.1: who sent it (an analyser, or the interface engine in front of it). */
  readonly sendingApplication: string;
  readonly sendingFacility: string;
  readonly version: string;
  readonly specimens: readonly AnalyserSpecimenResults[];
}

/**
 * Why a message was refused, in HL7's terms (table 0357's code) and in words for the analyser's operator. `ack`
 * decides MSA-1: AR (the message itself is unusable: resend it corrected), AE (understood, but the laboratory cannot
 * file it: an unknown specimen or test).
 */
export interface Hl7Refusal {
  readonly ack: 'AR' | 'AE';
  readonly hl7Code: '100' | '101' | '102' | '103' | '200' | '203' | '204' | '207';
  readonly reason: string;
  /** The segment it concerns (`OBX-3`), when there is one. */
  readonly location?: string;
}

export type ParsedOru =
  | { readonly ok: true; readonly message: OruR01 }
  | { readonly ok: false; readonly refusal: Hl7Refusal; readonly header?: OruHeader };

/** What an acknowledgement needs of a message even when the rest of it is refused. */
export interface OruHeader {
  readonly delimiters: Hl7Delimiters;
  readonly controlId: string;
  readonly sendingApplication: string;
  readonly sendingFacility: string;
}

const refuse = (refusal: Hl7Refusal, header?: OruHeader): ParsedOru => ({ ok: false, refusal, header });

/** Result statuses (OBX-11) the laboratory files: final, corrected, preliminary (validation comes after anyway). */
const FILED_STATUSES = new Set(['F', 'C', 'P', '']);
/** An HL7 NM value: an optional sign, digits, an optional decimal part. No exponent, no `<5` (not a number). */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Parses an HL7 v2 ORU^R01 (2.3 to 2.8) from an analyser or its interface engine. Pure: answers the message or the
 * refusal, never throws. Each OBR opens a specimen; its OBX segments of type NM are its results. Anything the
 * laboratory cannot file as a number (text results, a status such as "cannot obtain") refuses the whole message,
 * so nothing is half-filed and the operator sees why.
 */
export function parseOruR01(text: string): ParsedOru {
  const lines = splitSegments(text);
  let delimiters: Hl7Delimiters;
  try {
    delimiters = readDelimiters(lines[0] ?? '');
  } catch (error) {
    const reason = error instanceof Hl7SyntaxError ? error.message : 'The message cannot be read.';
    return refuse({ ack: 'AR', hl7Code: '100', reason, location: 'MSH' });
  }
  const segments = lines.map((line) => parseSegment(line, delimiters));
  const msh = segments[0]!;
  const header: OruHeader = {
    delimiters,
    controlId: msh.field(10),
    sendingApplication: msh.component(3, 1),
    sendingFacility: msh.component(4, 1),
  };
  if (header.controlId === '') {
    return refuse({ ack: 'AR', hl7Code: '101', reason: 'MSH-10 (message control id) is empty.', location: 'MSH-10' });
  }
  if (msh.component(9, 1) !== 'ORU' || msh.component(9, 2) !== 'R01') {
    const type = `${msh.component(9, 1)}^${msh.component(9, 2)}`;
    return refuse(
      { ack: 'AR', hl7Code: '200', reason: `Only ORU^R01 result messages are taken, not ${type}.`, location: 'MSH-9' },
      header,
    );
  }
  const version = msh.component(12, 1);
  if (!/^2\.[3-8]/.test(version)) {
    return refuse(
      {
        ack: 'AR',
        hl7Code: '203',
        reason: `HL7 version ${version || '(none)'} is not taken (2.3 to 2.8).`,
        location: 'MSH-12',
      },
      header,
    );
  }
  const specimens = readSpecimens(segments.slice(1));
  if (!Array.isArray(specimens)) return refuse(specimens as Hl7Refusal, header);
  return { ok: true, message: { ...header, version, specimens } };
}

function readSpecimens(segments: readonly Hl7Segment[]): AnalyserSpecimenResults[] | Hl7Refusal {
  const specimens: { accession: string; observations: AnalyserObservation[] }[] = [];
  for (const [index, segment] of segments.entries()) {
    if (segment.id === 'OBR') {
      const accession = segment.component(3, 1) || segment.component(2, 1);
      if (accession === '') {
        return {
          ack: 'AR',
          hl7Code: '101',
          reason: 'An OBR names no specimen (OBR-3 and OBR-2 are empty).',
          location: 'OBR-3',
        };
      }
      specimens.push({ accession, observations: [] });
    } else if (segment.id === 'OBX') {
      const current = specimens.at(-1);
      if (!current) return { ack: 'AR', hl7Code: '100', reason: 'An OBX comes before any OBR.', location: 'OBX' };
      const observation = readObservation(segment, String(index));
      if ('ack' in observation) return observation;
      current.observations.push(observation);
    }
    // PID, PV1, ORC, NTE, SPM: the order already holds the patient and the specimen; nothing to take from them.
  }
  if (specimens.length === 0)
    return { ack: 'AR', hl7Code: '101', reason: 'The message has no OBR segment.', location: 'OBR' };
  const empty = specimens.find((s) => s.observations.length === 0);
  if (empty)
    return { ack: 'AR', hl7Code: '101', reason: `Specimen ${empty.accession} has no OBX result.`, location: 'OBX' };
  return specimens;
}

function readObservation(obx: Hl7Segment, position: string): AnalyserObservation | Hl7Refusal {
  const setId = obx.field(1) || position;
  const at = (field: number): string => `OBX ${setId}, OBX-${field}`;
  const code = obx.component(3, 1);
  if (code === '') return { ack: 'AR', hl7Code: '101', reason: `OBX ${setId} names no test (OBX-3).`, location: at(3) };
  const codingSystem = obx.component(3, 3);
  if (codingSystem !== '' && codingSystem !== 'LN') {
    return {
      ack: 'AE',
      hl7Code: '103',
      reason: `OBX ${setId}: test ${code} is coded in ${codingSystem}, not LOINC (LN).`,
      location: at(3),
    };
  }
  const status = obx.field(11);
  if (!FILED_STATUSES.has(status)) {
    return {
      ack: 'AE',
      hl7Code: '103',
      reason: `OBX ${setId}: result status ${status} is not a result to file (F, C or P).`,
      location: at(11),
    };
  }
  const type = obx.field(2);
  const raw = obx.component(5, 1);
  if ((type !== '' && type !== 'NM') || !NUMERIC.test(raw)) {
    return {
      ack: 'AE',
      hl7Code: '102',
      reason: `OBX ${setId}: test ${code} must be a number (type NM).`,
      location: at(5),
    };
  }
  return { setId, code, value: Number(raw), unit: obx.component(6, 1) };
}
