// The server's permission names this client part checks (the ehr plugin declares them).
export const CHART_READ = 'ehr:chart:read';
export const NOTE_READ = 'ehr:note:read';
export const NOTE_WRITE = 'ehr:note:write';
export const NOTE_SIGN = 'ehr:note:sign';
export const ALLERGY_RECORD = 'ehr:allergy:record';
export const PROBLEM_RECORD = 'ehr:problem:record';
export const MEDICATION_PRESCRIBE = 'ehr:medication:prescribe';
export const OBSERVATION_RECORD = 'ehr:observation:record';
export const PLAN_MANAGE = 'ehr:plan:manage';
export const ADMINISTRATION_RECORD = 'ehr:administration:record';
