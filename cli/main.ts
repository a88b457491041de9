// `agendum` command line: Node's file system and streams wired to lib/cli/run.
import { readdir, readFile, stat } from 'node:fs/promises';
import { runCli } from '../lib/cli/run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  readDir: (path) => readdir(path),
  readStdin,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: new Date(),
  cwd: process.cwd(),
  version,
});
