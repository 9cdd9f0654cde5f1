// The commands of `tirkeu`: name, help and how to load it. Nothing here imports a command, so
// the CLI starts with this table only and loads the one command it runs (issue 20: a lean CLI —
// `tirkeu decide` must not pay for the database, the PDF and the PKI libraries).
import type { Config } from '../config.ts';
import { MAX_PERSONS, MIN_PERSONS } from '../population/limits.ts';
import type { Io } from './output.ts';

export type Command = (args: string[], io: Io, config: Config) => Promise<number>;
/**
 * A command that reads no setting from the environment but TIRKEU_LANG (issue 20, a lean CLI):
 * main.ts runs it without the configuration check of config.ts, so without zod.
 */
export type SettinglessCommand = (args: string[], io: Io) => Promise<number>;

/** The password of the PKCS#12 files `tirkeu pki issue` writes unless told otherwise. */
export const DEFAULT_PKCS12_PASSWORD = 'tirkeu';

const DECIDE_HELP = `tirkeu decide FILE|- [--lang kk|ru|en]
  Decides the application in a scenario file (shared/spec/scenario.md; "-" reads standard input)
  and prints the decision as JSON; with --lang, as text in that language, every check with its
  clause. Exit code 0: a decision was made (refusals included); 2: the scenario is invalid, and
  standard output holds {"error": {"code", "message", "path"}}. Reads no setting from the
  environment but TIRKEU_LANG.`;

const DEADLINE_HELP = `tirkeu deadline FILE|-
  Reads one filing as JSON ({"service": "S9b", "channel": "portal", "filedAt":
  "2026-03-19T11:00:00+05:00", "object": "flat", "areaM2": 64.5}; "-" reads standard input) and
  prints the acceptance day, the due date, the rule applied with its source, and how a refusal
  must go (shared/spec/deadlines.md D6). Exit code 0: answered; 2: the input is invalid, and
  standard output holds {"error": {"code", "message", "path"}}.`;

const SERVICES_HELP = `tirkeu services [--json]
  Lists the public services S1–S10 (shared/spec/services.md): name, legal source, channels, and
  whether Tirkeu provides it end to end. --json prints [{"id", "name": {kk, ru, en}, "source",
  "channels", "implemented"}].`;

const START_HELP = `tirkeu start
  Runs the service on PORT (default 3000). On first run it creates the schema and generates a
  demo population of TIRKEU_DEMO_PERSONS persons (default 10,000) from TIRKEU_DEMO_SEED.
  With NODE_ENV=production it refuses unsafe settings (see README, "Running in production"),
  never seeds and serves no /dev pages.`;

const MIGRATE_HELP = `tirkeu migrate
  Brings the database schema to the latest version (safe to repeat).`;

const SEED_HELP = `tirkeu seed --persons N --seed S [--chunk-size N] [--bulk [--index-jobs J]]
  Generates a synthetic population of N persons (${MIN_PERSONS}–${MAX_PERSONS}) deterministically from seed S
  and writes it into the registries (DATABASE_URL, or PGlite in TIRKEU_DATA_DIR).
  An interrupted run resumes when started again with the same --seed and --persons.
  --bulk drops the registry tables' keys and indexes, loads in larger transactions without waiting
  for each commit's flush, and builds them after the load, J at a time (default 2): the same rows,
  much faster at millions of persons; the registries are not usable until it has finished.`;

const SCENARIO_HELP = `tirkeu scenario --applicant IIN --rka RKA [--owner IIN] [--date YYYY-MM-DD]
                [--service permanent|temporary] [--channel online|reception|hall]
                [--relation KIND[:mother|father]] [--representative IIN] [--member IIN]…
                [--period-from DATE --period-to DATE] [--out FILE]
  Writes a scenario file (see shared/spec/scenario.md) for one application, taken from the
  registries, so that the case can be replayed with "tirkeu decide".`;

const PKI_HELP = `tirkeu pki init
tirkeu pki issue --iin IIN [--name NAME] [--out FILE.p12] [--password PW] [--days N] [--expired]
tirkeu pki revoke --serial HEX
tirkeu pki sign --p12 FILE [--password PW] [--canonical] FILE|-
  A TEST certification authority (not the national CA) for development and demos, kept in
  TIRKEU_PKI_DIR (default <TIRKEU_DATA_DIR>/pki); that directory is a trust list as it is.
  init: creates the CA unless it exists; prints its directory and SHA-256 fingerprint.
  issue: writes a PKCS#12 file (default <TIRKEU_PKI_DIR>/people/<IIN>.p12, password "${DEFAULT_PKCS12_PASSWORD}") with a signing
    certificate whose subject serialNumber is IIN<IIN>, valid N days (default 365); --expired
    makes one that expired yesterday.
  revoke: lists a certificate (its hexadecimal serial, as "issue" prints it) on the CRL.
  sign: prints the detached CMS signature (base64) of a file ("-": standard input, as text);
    --canonical signs the canonical form of a JSON file, as applications are signed.
  With NODE_ENV=production only "sign" runs.`;

const CERTIFICATE_HELP = `tirkeu certificate verify FILE.pdf [--trust DIR] [--json]
  Checks an address certificate offline: the seal signature over the data attached to the PDF,
  and the seal's certificate against the trust list (--trust, else TIRKEU_TRUST_DIR, else the
  test CA). Exit code 0: genuine; 1: not genuine; 2: not a certificate file.`;

const AUDIT_HELP = `tirkeu audit verify [--anchor SEQ:HASH]
  Recomputes the hash chain of the audit trail; prints the number of records and the head
  (place and hash), or names the first altered record and exits with 1. --anchor checks that
  record SEQ still has HASH (a head printed earlier and kept elsewhere).`;

const RULESET_HELP = `tirkeu ruleset extend --ruleset ID --to YYYY-MM-DD --act "REFERENCE" --act-date YYYY-MM-DD
tirkeu ruleset list
  extend: records that a legal act (its title and number, and its date) extends the period of
    ruleset ID to the given date (pilot.md §0). Decisions on dates from the act's date and from
    the day it is recorded up to that date apply the ruleset as in force and cite the act in the
    trace. Records are never changed: a correction is a new record. Prints the record as JSON.
  list: prints every recorded extension or replacement as JSON, oldest first.
  Exit code 0: done; 2: the input is invalid (unknown ruleset, date not later, bad date).`;

const SIMULATE_HELP = `tirkeu simulate norm --m2-per-person X [--date YYYY-MM-DD] [--city astana]
  What the Astana norm (N1) with X m² per registered person (1–100, e.g. 15 or 12.5) would do
  over the registries on the date (default: today in Astana): dwellings below, at and above the
  norm, the persons registered in them, the places left and the dwellings where a non-relative
  would be refused, beside the same with the ruleset's own value; the curve for X from 10 to 25;
  the distribution of m² per person by district. Prints JSON {"dwellings": {"total",
  "atOrAboveNorm", …}, "persons": {…}, "nonRelatives": {…}, "atRulesetNorm", "curve",
  "districts"}; counts about 1–9 persons are null (suppressed). Read-only (docs/analytics.md).`;

const CADASTRE_HELP = `tirkeu cadastre rename --body TEXT --number N --date YYYY-MM-DD --city CITY --street NAME
                       (--new-street NAME | --house N --new-house M)
  Records a joint decision of the local bodies that renames a street or changes a building's
  number (004 cl.7) and applies it in one transaction: the addresses of the objects in the
  cadastre and the address register change, and a free correction of each object's cadastral
  passport is opened for the back office, due the next working day. CITY is the register's code
  (astana). The same decision (city and number) again changes nothing. Prints {"decisionId",
  "acceptedOn", "dueOn", "applied", "objects": [{"rka", "oldAddress", "newAddress",
  "correction"}]}. Exit code 0: recorded (or recorded before); 2: the input is invalid (unknown
  city, street or building, same old and new name, a bad date, a number reused).`;

/** In the order `tirkeu help` lists them. */
export const COMMANDS: Record<
  string,
  | { help: string; settings?: undefined; load: () => Promise<Command> }
  | { help: string; settings: 'none'; load: () => Promise<SettinglessCommand> }
> = {
  decide: {
    help: DECIDE_HELP,
    settings: 'none',
    load: async () => (await import('./commands/decide.ts')).decideCommand,
  },
  deadline: { help: DEADLINE_HELP, load: async () => (await import('./commands/deadline.ts')).deadlineCommand },
  services: { help: SERVICES_HELP, load: async () => (await import('./commands/services.ts')).servicesCommand },
  start: { help: START_HELP, load: async () => (await import('./commands/start.ts')).startCommand },
  migrate: { help: MIGRATE_HELP, load: async () => (await import('./commands/migrate.ts')).migrateCommand },
  seed: { help: SEED_HELP, load: async () => (await import('./commands/seed.ts')).seedCommand },
  scenario: { help: SCENARIO_HELP, load: async () => (await import('./commands/scenario.ts')).scenarioCommand },
  pki: { help: PKI_HELP, load: async () => (await import('./commands/pki.ts')).pkiCommand },
  certificate: {
    help: CERTIFICATE_HELP,
    load: async () => (await import('./commands/certificate.ts')).certificateCommand,
  },
  audit: { help: AUDIT_HELP, load: async () => (await import('./commands/audit.ts')).auditCommand },
  ruleset: { help: RULESET_HELP, load: async () => (await import('./commands/ruleset.ts')).rulesetCommand },
  simulate: { help: SIMULATE_HELP, load: async () => (await import('./commands/simulate.ts')).simulateCommand },
  cadastre: { help: CADASTRE_HELP, load: async () => (await import('./commands/cadastre.ts')).cadastreCommand },
};
