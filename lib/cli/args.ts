// The command line's grammar: `agendum extract <file|dir|->... [--format F] [--url URL] [--today D] [--explain]`,
// `agendum --version`, `agendum --help`.
import { isIsoDate } from '../dates/calendar';
import { EXPORT_FORMAT_IDS, type ActionExportFormat } from '../export/format-list';

/** `json` prints the extraction itself; every other format is one of the extension's action exports. */
export type CliFormat = 'json' | ActionExportFormat;
export const CLI_FORMATS: readonly CliFormat[] = [
  'json',
  ...EXPORT_FORMAT_IDS.filter((id): id is ActionExportFormat => id !== 'json'),
];

export interface ExtractCommand {
  command: 'extract';
  inputs: string[];
  format: CliFormat;
  url?: string;
  today?: string;
  /** Print why each action was read as it was, and what was passed over, instead of the extraction. */
  explain?: boolean;
}

export const USAGE = `Usage: agendum extract <file|dir|->... [--format ${CLI_FORMATS.join('|')}] [--url URL] [--today YYYY-MM-DD] [--explain]

Reads saved wiki pages (HTML), Confluence storage format, Confluence XML space exports (entities.xml)
and directories of them ("-" reads standard input), and prints every page's meeting facts, agenda and
action items (JSON), or the action items in another format.

  --format F   json (the default: the extraction itself) or an export: ${CLI_FORMATS.filter((f) => f !== 'json').join(', ')}.
  --url URL    the address the page was saved from. Relative links, page ids and each action's page
               address are read against it, so actions from a saved copy match the ones the browser
               extension stores for the live page. Without it a file is its own file:// address.
  --today D    the day (YYYY-MM-DD) that relative dates ("by Friday", "next week") count from on a page
               that names no meeting date of its own (a dated page counts from its meeting); without it
               such dates stay unread. The exports' timestamps use it too (else the time now), so the
               same input gives the same output every run.
  --explain    instead, tells for each action which reader took it and where its owner, due date, status
               and meeting came from, and for each checkbox or candidate line not taken, why not.
  --version    prints the version and exits.`;

export function parseArgs(argv: string[]): ExtractCommand | { error: string } | { help: true } | { version: true } {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { help: true };
  if (argv.includes('--version') || argv.includes('-V')) return { version: true };
  const [command, ...rest] = argv;
  if (command !== 'extract') return { error: `unknown command "${command}"` };
  const parsed: ExtractCommand = { command: 'extract', inputs: [], format: 'json' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--explain') {
      parsed.explain = true;
      continue;
    }
    const option = /^--(format|url|today)(?:=(.*))?$/.exec(arg);
    if (!option) {
      if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
      parsed.inputs.push(arg);
      continue;
    }
    const value = option[2] ?? rest[++i];
    if (value === undefined) return { error: `--${option[1]} needs a value` };
    if (option[1] === 'format') {
      if (!(CLI_FORMATS as readonly string[]).includes(value))
        return { error: `--format must be one of ${CLI_FORMATS.join(', ')}` };
      parsed.format = value as CliFormat;
    } else if (option[1] === 'url') {
      if (!/^https?:\/\//i.test(value)) return { error: '--url must be an http(s) address' };
      parsed.url = value;
    } else {
      if (!isIsoDate(value)) return { error: '--today must be a date as YYYY-MM-DD' };
      parsed.today = value;
    }
  }
  if (!parsed.inputs.length) return { error: 'name at least one file, directory or "-"' };
  return parsed;
}
