// Country choices for an event's place: partner countries first, then Europe's.
const EUROPE = [
  'PL', 'DE', 'FR', 'SE', 'CZ', 'SK', 'UA', 'LT', 'LV', 'EE', 'HR', 'GB', 'IE', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'AT', 'CH', 'DK',
  'NO', 'FI', 'HU', 'RO', 'BG', 'SI', 'GR', 'MD', 'GE', 'RS', 'BA', 'ME', 'MK', 'AL', 'IS', 'MT', 'CY', 'TR', 'IL', 'US', 'CA', 'JP', 'CN',
];

export function countryOptions(partnerCountries: readonly string[], name: (code: string) => string) {
  const codes = [...new Set([...partnerCountries, ...EUROPE])];
  return codes.map((c) => ({ value: c, label: name(c) })).sort((a, b) => a.label.localeCompare(b.label));
}
