import { bySpecificity, matchScreenPath } from './screen-path';

describe(matchScreenPath.name, () => {
  it('answers the decoded parameters of a matching path', () => {
    expect(matchScreenPath('/wards/:id', '/wards/MED%202')).toEqual({ id: 'MED 2' });
    expect(matchScreenPath('/patients/:id/chart', '/patients/p1/chart/')).toEqual({ id: 'p1' });
    expect(matchScreenPath('/inventory', '/inventory')).toEqual({});
  });

  it('answers null for another screen, a missing segment or an undecodable one', () => {
    expect(matchScreenPath('/wards/:id', '/wards')).toBeNull();
    expect(matchScreenPath('/wards/:id', '/beds/1')).toBeNull();
    expect(matchScreenPath('/wards/:id', '/wards/1/beds')).toBeNull();
    expect(matchScreenPath('/wards/:id', '/wards/%E0%A4%A')).toBeNull();
  });

  it('orders literal paths before parameterised ones', () => {
    expect(['/patients/:id', '/patients/new'].sort(bySpecificity)).toEqual(['/patients/new', '/patients/:id']);
  });
});
