// Reads every input of an `extract` command (directories expanded), extracts each page and prints JSON, an
// export format or the explanation. One bad file does not stop the rest: it gets a one-line error and a
// non-zero exit code.
import { renderExport } from '../export/formats';
import { scanPage } from '../extract';
import { wikiActions } from '../actions/wiki-actions';
import { PageExtraction } from '../model/extraction';
import type { ExtractCommand } from './args';
import { formatExplanation } from './explain';
import { decodeText, documentsFromText } from './inputs';
import type { CliIo } from './run';

const PAGE_FILES = /\.(?:html?|xhtml|xml)$/i;

/** Files named on the command line, with directories expanded (pages and exports inside them only). */
async function expand(inputs: string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string, named: boolean): Promise<void> => {
    let directory = false;
    try {
      directory = path !== '-' && (await io.isDirectory(path));
    } catch {
      // Unreadable paths are reported when read.
    }
    if (!directory) {
      if (named || PAGE_FILES.test(path)) files.push(path);
      return;
    }
    for (const name of (await io.readDir(path)).sort()) await visit(`${path.replace(/\/+$/, '')}/${name}`, false);
  };
  for (const input of inputs) await visit(input, true);
  return files;
}

/** Runs `args` (already parsed); resolves to the exit code. */
export async function extractFiles(args: ExtractCommand, io: CliIo): Promise<number> {
  const pages: PageExtraction[] = [];
  const explained: string[] = [];
  let failed = 0;
  for (const path of await expand(args.inputs, io)) {
    const label = path === '-' ? 'standard input' : path;
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
    } catch (error) {
      io.err(
        `agendum: ${label}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
      );
      failed++;
      continue;
    }
    const decoded = decodeText(bytes);
    const url = args.url ?? (path === '-' ? undefined : new URL(path, `file://${io.cwd.replace(/\/*$/, '/')}`).href);
    const read =
      'error' in decoded ? { ok: false as const, error: decoded.error } : documentsFromText(decoded.text, label, url);
    if (!read.ok) {
      io.err(`agendum: ${label}: ${read.error}\n`);
      failed++;
      continue;
    }
    for (const input of read.documents) {
      try {
        const scan = scanPage(input.doc, { url: input.url, today: args.today, explain: args.explain });
        pages.push(PageExtraction.parse(scan.extraction));
        if (scan.explanation) explained.push(formatExplanation(input.label, scan.extraction, scan.explanation));
      } catch (error) {
        io.err(`agendum: ${input.label}: could not be read as a page (${(error as Error).message.split('\n')[0]})\n`);
        failed++;
      }
    }
  }
  if (args.explain) io.out(explained.join('\n'));
  else if (args.format === 'json') io.out(`${JSON.stringify({ pages }, null, 2)}\n`);
  else {
    const now = args.today ? new Date(`${args.today}T00:00:00Z`) : io.now;
    io.out(renderExport(args.format, pages.flatMap(wikiActions), { now }));
  }
  return failed ? 1 : 0;
}
