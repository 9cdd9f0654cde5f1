// The address register (issue 22, finding 2): search errors and the step-by-step picker.
export const addressEn = {
  'address.query-length': 'Enter between {min} and {max} characters of the address.',
  'address.rka-format': 'A real-estate code (РКА) is 16 digits.',
  'address.not-found': 'No address has this real-estate code (РКА).',
  'address.picker.start': 'Choose the address from lists: city, street, house, flat',
  'address.picker.start-lead': 'Do not know the real-estate code (РКА), and the search does not find the address?',
  'address.picker.city-title': 'Which city or district is the home in?',
  'address.picker.lead': 'Choose from the list. Then you choose the street, the house and the flat.',
  'address.picker.street-title': '{place}: which street?',
  'address.picker.filter-label': 'Part of the street’s name',
  'address.picker.filter-hint': 'For example, Абай or Kabanbay, in any alphabet.',
  'address.picker.filter': 'Show streets',
  'address.picker.no-streets':
    'No street here has “{filter}” in its name. Check the spelling, or clear the box to see every street.',
  'address.picker.more-streets':
    'The first {shown} of {count, plural, one {# street} other {# streets}} are shown. Type part of the name to find yours.',
  'address.picker.house-title': '{street}: which house?',
  'address.picker.house': 'House {house}',
  'address.picker.no-house': 'No house number',
  'address.picker.flat-title': '{address}: which flat?',
  'address.picker.flat-lead': 'Choose the flat. You go back to your application with this address.',
  'address.picker.flat': 'Flat {flat}',
  'address.picker.whole-house': 'The whole house',
} as const;
