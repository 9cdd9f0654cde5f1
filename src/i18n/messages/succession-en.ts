// Messages of ruleset succession (pilot.md §0, `tirkeu ruleset`): what an administrator reads
// when a recorded extension or replacement is refused.
export const successionEn = {
  'succession.unknown-ruleset': 'There is no ruleset "{id}". Known: kz-pilot-2025.',
  'succession.not-later': 'The new end date of ruleset "{id}" must be later than its current end.',
  'succession.self-replacement': 'Ruleset "{id}" cannot replace itself.',
  'succession.unknown-action':
    'Unknown ruleset command "{action}". Use "tirkeu ruleset extend" or "tirkeu ruleset list".',
  'succession.invalid-date': '--{flag} must be a date YYYY-MM-DD.',
  'succession.invalid-act': "Give the act's title and number with --act (1 to 500 characters).",
} as const;
