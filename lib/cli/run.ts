// The CLI's work, with its file system and streams passed in so tests drive it in memory: parse the command
// line, then read every input, extract each page and print JSON or an export format (extract-files.ts).
// That half is imported only when there is work for it, so `--help` and a usage error start at once.
import { parseArgs, USAGE } from './args';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  isDirectory(path: string): Promise<boolean>;
  readDir(path: string): Promise<string[]>;
  readStdin(): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
  now: Date;
  /** Working directory: saved pages get file:// addresses relative to it. */
  cwd: string;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    io.err(`agendum: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  const { extractFiles } = await import('./extract-files');
  return extractFiles(args, io);
}
