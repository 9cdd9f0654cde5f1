// The population sizes `tirkeu seed` accepts, apart from the generator so that the CLI's help can
// state them without loading the generator (issue 20: a lean CLI).
export const MIN_PERSONS = 1_000;
export const MAX_PERSONS = 20_500_000;
