/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../lib/model/action';
import { startAgendum } from '../../lib/overlay/start';
import { recordShadowRoots } from '../helpers/closed-shadows';
import { fakeOverlayApi, type FakeOverlayApi } from '../helpers/fake-overlay-api';

const SEED = 'confluence-server/dmlt-2022-10-18.html';
// Node's path helpers: under happy-dom the global URL is the DOM's, which load-fixture's file URLs trip over.
const fixtureText = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../fixtures/pages', name), 'utf8');
const URL_HERE = 'http://127.0.0.1:8000/confluence-server/dmlt-2022-10-18.html';
// As the seed fixture's notes count: 11 open tasks overdue, 5 done.
const TODAY = '2026-11-28';
const NOW = () => new Date('2026-11-28T12:00:00Z');

let background: FakeOverlayApi;
let ctx: ContentScriptContext;

function loadPage(html: string, url = URL_HERE): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const copy = (from: Node): Node[] => [...from.childNodes].map((node) => document.importNode(node, true));
  document.head.replaceChildren(...copy(parsed.head));
  document.body.replaceChildren(...copy(parsed.body));
  for (const { name } of [...document.body.attributes]) document.body.removeAttribute(name);
  for (const { name, value } of [...parsed.body.attributes]) document.body.setAttribute(name, value);
}

async function start(): Promise<void> {
  ctx = new ContentScriptContext('wiki');
  await startAgendum(ctx, { document, now: NOW, api: background });
}

const marked = () => [...document.querySelectorAll('[data-agendum-task]')];
const states = () => marked().map((el) => el.getAttribute('data-agendum-state'));
const count = (list: (string | null)[], value: string) => list.filter((item) => item === value).length;
let shadowOf: (name: string) => ShadowRoot;
const panelText = () => shadowOf('agendum-panel').textContent ?? '';
const controlText = () => shadowOf('agendum-control').textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  shadowOf = recordShadowRoots();
  background = fakeOverlayApi(TODAY);
  loadPage(fixtureText(SEED));
});

afterEach(() => {
  ctx?.abort();
});

describe('startAgendum on the seed page', () => {
  it('marks the 16 actions where they stand: 5 done, 11 overdue', async () => {
    await start();
    expect(marked()).toHaveLength(16);
    expect(count(states(), 'done')).toBe(5);
    expect(count(states(), 'overdue')).toBe(11);
    expect(new Set(marked().map((el) => el.getAttribute('data-agendum-task'))).size).toBe(16);
  });

  it('says which actions are the user’s in the panel only, never on the page', async () => {
    await start();
    const [first] = background.actions.keys();
    background.actions.set(first!, { ...background.actions.get(first!)!, mine: true });
    background.tell('actionsChanged', { ids: [first!] });
    await vi.waitFor(() => expect(panelText()).toContain('16 actions · 1 yours'));
    const ours = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name).filter((name) => name.startsWith('data-agendum')),
    );
    expect(new Set(ours)).toEqual(new Set(['data-agendum-task', 'data-agendum-state']));
  });

  it('sends the page to the background once, and sums it up in the panel', async () => {
    await start();
    expect(background.sent('syncPage')).toHaveLength(1);
    expect(background.sent('syncPage')[0]![0]).toBe(URL_HERE);
    expect(panelText()).toContain('16 actions · 0 yours · 11 overdue');
  });

  it('leaves the page exactly as it was once the context is invalidated', async () => {
    const head = document.head.outerHTML;
    const body = document.body.outerHTML;
    await start();
    document.querySelector('[data-agendum-task]')!.setAttribute('data-agendum-flash', '');
    expect(document.body.outerHTML).not.toBe(body);
    ctx.abort();
    expect(document.body.outerHTML).toBe(body);
    expect(document.head.outerHTML).toBe(head);
  });

  it('never changes the text of the page', async () => {
    const text = document.body.textContent;
    await start();
    expect(document.body.textContent).toBe(text);
  });
});

describe('a page that changes without a reload', () => {
  it('is re-marked after its content is replaced, without duplicate marks or controls, and not re-sent when its tasks are the same', async () => {
    await start();
    const content = document.querySelector('#main-content') ?? document.body;
    const copy = content.cloneNode(true) as Element;
    for (const el of copy.querySelectorAll('[data-agendum-task]')) el.removeAttribute('data-agendum-task');
    content.replaceWith(copy);
    await vi.waitFor(() => expect(marked()).toHaveLength(16), { timeout: 3000 });
    expect(count(states(), 'overdue')).toBe(11);
    expect(document.querySelectorAll('agendum-control')).toHaveLength(1);
    expect(document.querySelectorAll('agendum-panel')).toHaveLength(1);
    expect(background.sent('syncPage')).toHaveLength(1);
  });

  it('syncs the new page when the address and the content change', async () => {
    await start();
    const other = new DOMParser().parseFromString(fixtureText('generic/checklists.html'), 'text/html');
    history.pushState({}, '', '/generic/checklists.html');
    document.body.replaceChildren(...[...other.body.childNodes].map((node) => document.importNode(node, true)));
    await vi.waitFor(() => expect(background.sent('syncPage')).toHaveLength(2), { timeout: 3000 });
    expect(background.sent('syncPage')[1]![0]).toBe('http://127.0.0.1:8000/generic/checklists.html');
    // 8 tasks in 6 elements: three checklist lines share one paragraph, which carries no action's marks
    // (each line is drawn on its own words).
    await vi.waitFor(() => expect(marked()).toHaveLength(5));
    expect(document.querySelectorAll('p[data-agendum-shared]')).toHaveLength(1);
    const tasks = background.sent('syncPage')[1]![1].tasks;
    for (const el of marked()) expect(tasks.map((task) => task.id)).toContain(el.getAttribute('data-agendum-task'));
    expect(document.querySelectorAll('agendum-control')).toHaveLength(1);
  });

  it('sends the page again when the wiki un-ticks a task in place', async () => {
    await start();
    const ticked = document.querySelector('li.checked[data-agendum-task]')!;
    ticked.classList.remove('checked');
    await vi.waitFor(() => expect(background.sent('syncPage')).toHaveLength(2), { timeout: 3000 });
    const id = ticked.getAttribute('data-agendum-task');
    const sent = background.sent('syncPage')[1]![1].tasks;
    expect(sent.find((task) => task.id === id)?.status).toBe('open');
  });
});

describe('when the background cannot be reached', () => {
  it('still marks the wiki’s own states and says why changes cannot be saved', async () => {
    background.down = true;
    await start();
    expect(marked()).toHaveLength(16);
    expect(count(states(), 'done')).toBe(5);
    expect(panelText()).toContain('not saved');
    background.tell('togglePanel', {});
    expect(panelText()).toContain('Changes cannot be saved right now.');
  });
});

describe('messages from the background', () => {
  it('re-marks the page when its actions changed elsewhere', async () => {
    await start();
    const el = document.querySelector('[data-agendum-state="overdue"]')!;
    const id = el.getAttribute('data-agendum-task')!;
    background.actions.set(id, { ...background.actions.get(id)!, status: 'done' });
    background.tell('actionsChanged', { ids: [id] });
    await vi.waitFor(() => expect(el.getAttribute('data-agendum-state')).toBe('done'));
    expect(count(states(), 'overdue')).toBe(10);
  });

  it('ignores changes to actions of other pages', async () => {
    await start();
    background.tell('actionsChanged', { ids: ['elsewhere:1'] });
    expect(background.sent('pageActions')).toHaveLength(0);
  });

  it('reveals an action: current, flashed, with its control beside it', async () => {
    await start();
    const el = marked()[7]!;
    const id = el.getAttribute('data-agendum-task')!;
    background.tell('revealAction', { id });
    expect(el.hasAttribute('data-agendum-current')).toBe(true);
    expect(el.hasAttribute('data-agendum-flash')).toBe(true);
    const group = shadowOf('agendum-control').querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toContain(background.actions.get(id)!.text.slice(0, 30));
    expect(controlText()).toContain('Overdue');
  });

  it('opens and closes the panel on the toggle command, and remembers it', async () => {
    await start();
    expect(shadowOf('agendum-panel').querySelector('[aria-expanded="false"]')).not.toBeNull();
    background.tell('togglePanel', {});
    expect(shadowOf('agendum-panel').querySelector('section')).not.toBeNull();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('overlay.panelOpen')).toEqual({ 'overlay.panelOpen': true }),
    );
  });

  it('opens the panel with the focus in it when the shortcut came before the panel was built', async () => {
    ctx = new ContentScriptContext('wiki');
    const starting = startAgendum(ctx, { document, now: NOW, api: background });
    background.tell('togglePanel', {});
    await starting;
    expect(shadowOf('agendum-panel').querySelector('section')).not.toBeNull();
    expect(shadowOf('agendum-panel').activeElement).not.toBeNull();
  });

  it('opens the panel at once on a page visited after it was left open', async () => {
    await fakeBrowser.storage.local.set({ 'overlay.panelOpen': true });
    await start();
    expect(panelText()).toContain('Overdue (11)');
  });
});

describe('safety', () => {
  it('ignores clicks a page script makes on the control', async () => {
    await start();
    const id = marked()[6]!.getAttribute('data-agendum-task')!;
    background.tell('revealAction', { id });
    const done = [...shadowOf('agendum-control').querySelectorAll('button')].find((b) => b.textContent === 'Done')!;
    done.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(background.sent('edit')).toHaveLength(0);
  });
});

describe('actions made from selected text', () => {
  it('are marked where their quote stands on a later visit', async () => {
    background.actions.set('added:1', { ...addedAction(), id: 'added:1' });
    background.anchors.set('added:1', { exact: 'All technical sessions of DM', prefix: '', suffix: '' });
    await start();
    const holder = document.querySelector('[data-agendum-task="added:1"]');
    expect(holder?.textContent).toContain('All technical sessions of DM');
    expect(marked()).toHaveLength(17);
  });

  it('are listed as not found when their text is gone, never dropped', async () => {
    background.actions.set('added:1', { ...addedAction(), id: 'added:1' });
    background.anchors.set('added:1', { exact: 'Text the page no longer has', prefix: '', suffix: '' });
    await fakeBrowser.storage.local.set({ 'overlay.panelOpen': true });
    await start();
    expect(panelText()).toContain('Not found on this page (1)');
    expect(panelText()).toContain('Check the sessions');
    expect(panelText()).toContain('17 actions');
  });
});

describe('turning Agendum off for the site', () => {
  it('removes every trace from the open page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Agendum',
      version: '0.1.0',
      content_scripts: [],
    });
    await fakeBrowser.storage.sync.set({ 'settings.sites': ['http://127.0.0.1/*'] });
    const body = document.body.outerHTML;
    await start();
    await fakeBrowser.storage.sync.set({ 'settings.sites': [] });
    await vi.waitFor(() => expect(ctx.signal.aborted).toBe(true));
    expect(document.body.outerHTML).toBe(body);
  });

  it('stays on when another site is removed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Agendum',
      version: '0.1.0',
      content_scripts: [],
    });
    await fakeBrowser.storage.sync.set({ 'settings.sites': ['http://127.0.0.1/*', 'https://wiki.example.org/*'] });
    await start();
    await fakeBrowser.storage.sync.set({ 'settings.sites': ['http://127.0.0.1/*'] });
    expect(ctx.signal.aborted).toBe(false);
    expect(marked()).toHaveLength(16);
  });
});

function addedAction(): Action {
  return {
    id: 'added',
    text: 'Check the sessions',
    assignees: [],
    due: null,
    status: 'open',
    mine: false,
    origin: 'text-marker',
    sourcePage: { title: 'DM Leadership Team', url: URL_HERE },
    gone: false,
  };
}
