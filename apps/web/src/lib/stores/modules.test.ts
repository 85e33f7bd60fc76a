import { describe, expect, it } from 'vitest';
import { chartAvailable, visibleModules } from './modules';

describe('chartAvailable', () => {
  it('offers the chart only when the EHR plugin is enabled and the user may read charts', () => {
    expect(chartAvailable(['patient', 'ehr'], ['ehr:chart:read'])).toBe(true);
    expect(chartAvailable(['patient', 'ehr'], ['*'])).toBe(true);
    expect(chartAvailable(['patient'], ['ehr:chart:read'])).toBe(false);
    expect(chartAvailable(['patient', 'ehr'], ['patient:record:read', 'ehr:note:read'])).toBe(false);
  });
});

describe('the dashboard module', () => {
  it('shows with the analytics plugin and the dashboard permission', () => {
    expect(visibleModules(['analytics'], ['analytics:dashboard:read']).map((m) => m.href)).toEqual(['/dashboard']);
    expect(visibleModules(['patient'], ['analytics:dashboard:read'])).toEqual([]);
    expect(visibleModules(['analytics'], ['patient:record:read'])).toEqual([]);
  });
});

describe('the stores module', () => {
  it('shows with the inventory plugin and the permission to see stock', () => {
    expect(visibleModules(['inventory'], ['inventory:stock:read']).map((m) => [m.href, m.label])).toEqual([['/stores', 'Stores']]);
    expect(visibleModules(['patient'], ['inventory:stock:read'])).toEqual([]);
    expect(visibleModules(['inventory'], ['inventory:stock:move'])).toEqual([]);
  });
});

describe('the appointments and wards modules', () => {
  it('show with the plugin that serves them: scheduling for appointments, adt for wards', () => {
    const all = ['patient:record:read', 'patient:appointment:read', 'patient:ward:read'];
    expect(visibleModules(['patient', 'scheduling'], all).map((m) => m.href)).toEqual(['/patients', '/appointments']);
    expect(visibleModules(['patient', 'adt'], all).map((m) => m.href)).toEqual(['/patients', '/wards']);
    expect(visibleModules(['patient'], all).map((m) => m.href)).toEqual(['/patients']);
  });
});
