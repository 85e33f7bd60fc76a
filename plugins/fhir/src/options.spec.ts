import { fhirSettings } from './options';
import { fhirPlugin } from './plugin';
import { organizationResource } from './server/organization';

describe('the fhir plugin options', () => {
  it('defaults the hospital to the Organization "hospital"', () => {
    expect(organizationResource(fhirSettings({}))).toMatchObject({
      resourceType: 'Organization',
      id: 'hospital',
      name: 'Hospital',
    });
  });

  it('maps the configured hospital to an Organization', () => {
    const settings = fhirSettings({
      organization: {
        id: 'st-example',
        name: 'St. Example',
        identifier: { system: 'urn:oid:2.16.0', value: '42' },
        phone: '+1 555 0100',
        address: { line: ['1 Main St'], city: 'Springfield' },
      },
    });
    expect(organizationResource(settings)).toMatchObject({
      id: 'st-example',
      name: 'St. Example',
      identifier: [{ system: 'urn:oid:2.16.0', value: '42' }],
      telecom: [{ system: 'phone', value: '+1 555 0100' }],
      address: [{ line: ['1 Main St'], city: 'Springfield' }],
    });
  });

  it('stops the start naming a wrong option, and configure keeps the server', () => {
    expect(() => fhirSettings({ organization: { id: 'no spaces', name: 'x' } })).toThrow(/organization\.id/);
    expect(() => fhirPlugin.configure({ organization: { id: 'a b', name: 'x' } })).toThrow(/organization\.id/);
    const configured = fhirPlugin.configure({ organization: { id: 'st-example', name: 'St. Example' } });
    expect(configured.options.organization).toMatchObject({ id: 'st-example' });
    expect(configured.fhirServer).toBeDefined();
    expect(configured.version).toBe(fhirPlugin.version);
  });
});
