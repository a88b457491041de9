// An in-memory file system and streams for driving the CLI in tests.
import type { CliIo } from '../../lib/cli/run';

export interface MemoryIo extends CliIo {
  stdout: string;
  stderr: string;
}

/** `files` maps paths to contents; a path ending in "/" is a directory; `null` content is unreadable. */
export function memoryIo(files: Record<string, string | Uint8Array | null>, stdin = ''): MemoryIo {
  const io: MemoryIo = {
    stdout: '',
    stderr: '',
    now: new Date('2026-11-28T12:00:00Z'),
    cwd: '/work',
    version: '9.8.7',
    async readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      if (content === null) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    async isDirectory(path) {
      return `${path.replace(/\/+$/, '')}/` in files;
    },
    async readDir(path) {
      const prefix = `${path.replace(/\/+$/, '')}/`;
      const names = Object.keys(files)
        .filter((p) => p.startsWith(prefix) && p !== prefix)
        .map((p) => p.slice(prefix.length).split('/')[0]!);
      return [...new Set(names)];
    },
    async readStdin() {
      return new TextEncoder().encode(stdin);
    },
    out(text) {
      io.stdout += text;
    },
    err(text) {
      io.stderr += text;
    },
  };
  return io;
}
