/** What a SMART scope grants on a resource type: reading (read, search, operations) or writing (import). */
export type SmartAccess = 'read' | 'write';

/**
 * One SMART-on-FHIR (v1) resource scope, `patient/Observation.read`: `patient/` reaches only the types of the
 * Patient compartment (the Patient and what is filed under one), `user/` every type the user's permissions reach.
 */
export interface SmartScope {
  readonly context: 'patient' | 'user';
  /** A resource type, or `*` for every type. */
  readonly type: string;
  /** `*` grants both. */
  readonly access: SmartAccess | '*';
}

const SCOPE = /^(patient|user)\/(\*|[A-Z][A-Za-z]{1,63})\.(read|write|\*)$/;

/** The most scopes one session may carry (a client asks for a handful; this only bounds what is stored). */
export const MAX_SMART_SCOPES = 50;

/**
 * Parses an OAuth `scope` (space-separated) into SMART resource scopes (since SDK 2.8); answers the scopes it could
 * not read as `invalid` rather than dropping them, so a caller refuses the request instead of granting less silently.
 * @example
 * const { scopes, invalid } = parseSmartScopes('patient/*.read launch');
 * // scopes: [{ context: 'patient', type: '*', access: 'read' }], invalid: ['launch']
 */
export function parseSmartScopes(scope: string): { scopes: SmartScope[]; invalid: string[] } {
  const scopes: SmartScope[] = [];
  const invalid: string[] = [];
  for (const word of scope.split(' ').filter((w) => w !== '')) {
    const match = SCOPE.exec(word);
    if (!match) invalid.push(word);
    else scopes.push({ context: match[1] as SmartScope['context'], type: match[2]!, access: match[3] as SmartAccess });
  }
  return { scopes, invalid };
}

/**
 * Whether scopes allow an access to a type (since SDK 2.8). `inPatientCompartment` says whether the type is the
 * Patient or filed under one; `patient/` scopes reach only those. Undefined scopes mean a session not narrowed.
 * @example
 * smartScopesAllow(['user/Observation.read'], 'Condition', 'read', true); // false
 * smartScopesAllow(undefined, 'Condition', 'read', true); // true: the session carries no scopes
 */
export function smartScopesAllow(
  scopes: readonly string[] | undefined,
  type: string,
  access: SmartAccess,
  inPatientCompartment: boolean,
): boolean {
  if (scopes === undefined) return true;
  return parseSmartScopes(scopes.join(' ')).scopes.some(
    (scope) =>
      (scope.type === '*' || scope.type === type) &&
      (scope.access === '*' || scope.access === access) &&
      (scope.context === 'user' || inPatientCompartment),
  );
}

/**
 * Whether a contributed type belongs to the Patient compartment, as `patient/` scopes see it: the Patient itself,
 * or a type searched by a `patient` reference (it is filed under one). Since SDK 2.8.
 * @example
 * inPatientCompartment(observationResource); // true: it declares a `patient` reference parameter
 */
export function inPatientCompartment(definition: {
  readonly type: string;
  readonly search: { readonly parameters: readonly { readonly name: string; readonly type: string }[] };
}): boolean {
  return (
    definition.type === 'Patient' ||
    definition.search.parameters.some((p) => p.name === 'patient' && p.type === 'reference')
  );
}
