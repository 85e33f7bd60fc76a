/**
 * Names for demo data. Deliberately fictional combinations drawn from many languages, so search, sorting and
 * accent folding are exercised the way a real front desk would; never real patient data.
 */
export const GIVEN_NAMES = [
  'Amara', 'Bjørn', 'Chiara', 'Dmitri', 'Élodie', 'Farah', 'Gustavo', 'Hana', 'Ibrahim', 'Jūratė', 'Kofi', 'Leilani',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Søren', 'Tomasz', 'Uma', 'Valentina', 'Wei', 'Ximena',
  'Yusuf', 'Zofia', 'Aarav', 'Beatriz', 'Chidi', 'Dagny', 'Emeka', 'Fatima', 'Giulia', 'Hiroshi', 'Inès', 'José',
];

export const FAMILY_NAMES = [
  'Abara', 'Bergström', 'Castillo', 'Dubois', 'Eriksen', 'Fernández', 'García', 'Haddad', 'Ivanova', 'Jansen',
  'Kowalski', 'López', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sánchez', 'Tanaka', 'Umarov',
  'Van der Berg', 'Wójcik', 'Xu', 'Yilmaz', 'Zapata', "O'Connor", 'de la Cruz', 'Nguyen', 'Mensah', 'Kaur', 'Silva',
];

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'pl', 'ar', 'zh', 'ja', 'sw'];
export const CITIES = [
  { city: 'Springfield', country: 'US' }, { city: 'Riverside', country: 'GB' }, { city: 'Lakeview', country: 'CA' },
  { city: 'Hillcrest', country: 'AU' }, { city: 'Fairview', country: 'NZ' }, { city: 'Greenville', country: 'IE' },
];
