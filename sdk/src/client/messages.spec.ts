import { translate } from './messages';

const messages = {
  menu: { wards: 'Wards' },
  beds: (free: number) => `${free} free ${free === 1 ? 'bed' : 'beds'}`,
};

describe(translate.name, () => {
  it('answers a nested message by its dotted key', () => {
    expect(translate(messages, 'menu.wards')).toBe('Wards');
  });

  it('builds a message function with the values given', () => {
    expect(translate(messages, 'beds', 1)).toBe('1 free bed');
    expect(translate(messages, 'beds', 4)).toBe('4 free beds');
  });

  it('shows the key itself for a missing message or a group', () => {
    expect(translate(messages, 'menu.beds')).toBe('menu.beds');
    expect(translate(messages, 'menu')).toBe('menu');
    expect(translate(messages, 'menu.wards.extra')).toBe('menu.wards.extra');
  });
});
