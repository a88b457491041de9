// The layer rules in eslint.config.js fire where they should: each forbidden import, written into a file of
// the layer it is forbidden in, is reported, and the allowed ones are not. (A resolver that stopped resolving
// would otherwise make every zone pass in silence.)
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: new URL('../', import.meta.url).pathname });
  // The first lint loads the config, parser and resolver (seconds on a loaded machine): here, not in a test's time.
  await eslint.lintText('export {};\n', { filePath: 'lib/x.ts' });
}, 60_000);

/** The rules `code` breaks when it stands at `file` (a path in the repository; the file need not exist). */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the layers, as lint enforces them', () => {
  it.each([
    ['lib/extract/sources/x.ts', "import { openAgendumDb } from '../../store';"],
    ['lib/extract/x.ts', "import { browser } from 'wxt/browser';"],
    ['lib/extract/x.ts', "import { render } from 'preact';"],
    ['lib/extract/x.ts', "import { sendToBackground } from '../messages/client';"],
    ['lib/dates/x.ts', "import { loadSettings } from '../platform/settings';"],
    ['components/popup/X.tsx', "import { sendToBackground } from '../../lib/messages/client';"],
    ['components/popup/X.tsx', "import { listTasks } from '../../lib/store';"],
    ['components/popup/X.tsx', "import { createPopupApi } from '../../lib/platform/extension-popup-api';"],
    ['components/popup/X.tsx', "import { browser } from 'wxt/browser';"],
    ['lib/overlay/x.ts', "import { openAgendumDb } from '../store';"],
    ['lib/store/x.ts', "import { browser } from 'wxt/browser';"],
    ['lib/background/x.ts', "import background from '../../entrypoints/background';"],
    ['lib/cli/x.ts', "import { fakePopupApi } from '../../tests/helpers/fake-popup-api';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await broken(file, `${code}\nexport {};`)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['lib/extract/x.ts', "import { z } from 'zod/mini';\nexport const schema = z.string();"],
    ['lib/extract/x.ts', "import { Task } from '../model/task';\nexport const schema = Task;"],
  ])('%s imports zod only as types: %s', async (file, code) => {
    expect(await broken(file, code)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it.each([
    ['lib/extract/x.ts', "import type { Task } from '../model/task';\nexport type T = Task;"],
    [
      'lib/overlay/x.ts',
      "import { sendToBackground } from '../messages/client';\nexport const send = sendToBackground;",
    ],
    ['components/popup/X.tsx', "import type { Action } from '../../lib/model/action';\nexport type A = Action;"],
    ['entrypoints/x.ts', "import { openAgendumDb } from '../lib/store';\nexport const open = openAgendumDb;"],
  ])('%s may: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual([]);
  });

  it.each([
    ['lib/dates/x.ts', 'export const here = () => location.href;'],
    ['lib/extract/x.ts', 'export const title = () => document.title;'],
    ['components/popup/X.tsx', 'export const id = () => browser.runtime.id;'],
  ])('%s may not use page or extension globals: %s', async (file, code) => {
    expect(await broken(file, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['lib/overlay/x.ts', 'export const put = (el: Element, html: string) => { el.innerHTML = html; };'],
    [
      'components/popup/X.tsx',
      'export const X = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;',
    ],
  ])('%s may not turn strings into HTML: %s', async (file, code) => {
    expect(await broken(file, code)).toContain('no-restricted-syntax');
  });

  it.each([
    ['lib/platform/x.ts', 'export const keep = (storage = navigator.storage) => storage.persist();'],
    ['lib/platform/x.ts', 'export function keep(storage: StorageManager) { return storage.persist(); }'],
    [
      'components/options/X.tsx',
      'export const X = () => { const storage = navigator.storage; return <p>{String(storage)}</p>; };',
    ],
  ])('%s may not name a variable as WXT names an auto-import: %s', async (file, code) => {
    expect(await broken(file, code)).toContain('no-restricted-syntax');
  });

  it('allows the same word as a property', async () => {
    expect(await broken('lib/platform/x.ts', 'export const area = () => navigator.storage;')).toEqual([]);
  });

  it('keeps entrypoints to wiring: 60 lines at most', async () => {
    expect(await broken('entrypoints/x.ts', 'export const a = 1;\n'.repeat(61))).toContain('max-lines');
  });
});
