import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/run';
import { fixtureText } from '../helpers/load-fixture';
import { memoryIo } from '../helpers/memory-io';

const SEED = fixtureText('confluence-server/dmlt-2022-10-18.html');
const ENTITIES = readFileSync(new URL('../fixtures/exports/entities.xml', import.meta.url), 'utf8');
const NOT_A_MEETING =
  '<!DOCTYPE html><html><head><title>Holiday rota</title></head><body><main><p>Nothing to do here.</p></main></body></html>';

interface Output {
  pages: Array<{
    page: { title: string; id?: string; space?: string };
    tasks: Array<{ text: string; id: string; due: string | null }>;
  }>;
}

async function run(argv: string[], files: Record<string, string | Uint8Array | null>, stdin = '') {
  const io = memoryIo(files, stdin);
  const code = await runCli(argv, io);
  return { code, io, json: () => JSON.parse(io.stdout) as Output };
}

describe('agendum extract', () => {
  it('prints the seed page with its 16 tasks as JSON', async () => {
    const { code, json } = await run(['extract', 'seed.html'], { 'seed.html': SEED });
    expect(code).toBe(0);
    const [page] = json().pages;
    expect(page?.page.title).toBe('DM Leadership Team Virtual Face-to-Face Meeting - 2022-10-18');
    expect(page?.tasks).toHaveLength(16);
  });

  it('reads every page and export in a directory, skipping other files', async () => {
    const { code, json } = await run(['extract', 'minutes'], {
      'minutes/': '',
      'minutes/a.html': SEED,
      'minutes/notes.txt': 'not read',
      'minutes/space/': '',
      'minutes/space/entities.xml': ENTITIES,
    });
    expect(code).toBe(0);
    expect(json().pages.map((p) => p.page.title)).toEqual([
      'DM Leadership Team Virtual Face-to-Face Meeting - 2022-10-18',
      '2024-04-22 Meeting notes',
    ]);
  });

  it('reads only the current version of each page of a space export, never templates or placeholders', async () => {
    const { json } = await run(['extract', 'entities.xml'], { 'entities.xml': ENTITIES });
    const pages = json().pages;
    expect(pages).toHaveLength(1);
    expect(pages[0]!.page).toMatchObject({ id: '98370', space: 'TS' });
    expect(pages[0]!.tasks.map((t) => [t.text, t.due])).toEqual([['Ship the release notes', '2024-04-30']]);
    expect(JSON.stringify(pages[0])).toContain('"username":"akumar"');
  });

  it('reads a storage-format fragment from standard input', async () => {
    const fragment =
      '<ac:task-list><ac:task><ac:task-id>3</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Email &ldquo;the&rdquo; board</ac:task-body></ac:task></ac:task-list>';
    const { code, json } = await run(['extract', '-'], {}, fragment);
    expect(code).toBe(0);
    expect(json().pages[0]!.tasks.map((t) => t.text)).toEqual(['Email “the” board']);
  });

  it.each([
    ['empty.html', '', 'empty'],
    ['blank.html', '  \n ', 'empty'],
    ['image.png', new Uint8Array([137, 80, 78, 71, 0, 0, 0, 13]), 'binary'],
    ['notes.txt', 'just some words, no markup at all', 'not an HTML page'],
    ['locked.html', null, 'cannot read it (EACCES)'],
    ['missing.html', undefined, 'cannot read it (ENOENT)'],
  ] as const)('reports %s in one line, exits 1 and still reads the other files', async (name, content, message) => {
    const files: Record<string, string | Uint8Array | null> = { 'good.html': SEED };
    if (content !== undefined) files[name] = content;
    const { code, io, json } = await run(['extract', name, 'good.html'], files);
    expect(code).toBe(1);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toContain(`${name}: `);
    expect(io.stderr).toContain(message);
    expect(json().pages).toHaveLength(1);
  });

  it('gives a page that is not a meeting zero tasks, not an error', async () => {
    const { code, json } = await run(['extract', 'rota.html'], { 'rota.html': NOT_A_MEETING });
    expect(code).toBe(0);
    expect(json().pages[0]).toMatchObject({ page: { isMeeting: false }, tasks: [] });
  });

  it('uses --url for ids and the wiki kind', async () => {
    const cloud = fixtureText('confluence-cloud/nested-tasks-no-title.html');
    const { json } = await run(
      ['extract', '--url', 'https://example.atlassian.net/wiki/spaces/PLAT/pages/2222/x', 'c.html'],
      { 'c.html': cloud },
    );
    expect(json().pages[0]!.tasks[0]!.id).toBe('example.atlassian.net:2222:a1000000-0000-4000-8000-000000000001');
  });

  it.each([
    [['extract', '--format', 'pdf', 'a.html'], '--format must be one of'],
    [['extract', '--today', '28/11/2026', 'a.html'], '--today must be a date'],
    [['extract'], 'name at least one file'],
    [['sync', 'a.html'], 'unknown command'],
  ])('rejects %j with a usage message and exit 2', async (argv, message) => {
    const { code, io } = await run(argv, {});
    expect(code).toBe(2);
    expect(io.stderr).toContain(message);
    expect(io.stderr).toContain('Usage: agendum extract');
  });

  it.each([
    ['csv', 'Confirm on your side that SLAC is OK with the router specs?'],
    ['md', '- [x] Confirm on your side that SLAC is OK with the router specs?'],
    ['ics', 'BEGIN:VTODO'],
    ['jira-csv', 'Summary'],
  ])('prints the tasks as %s', async (format, expected) => {
    const { code, io } = await run(['extract', '--format', format, '--today', '2026-11-28', 'seed.html'], {
      'seed.html': SEED,
    });
    expect(code).toBe(0);
    expect(io.stdout).toContain(expected);
  });

  it('--explain tells for each action which reader took it and where its owner, date, status and meeting came from', async () => {
    const log = fixtureText('mediawiki/irc-meeting-log.html');
    const { code, io } = await run(['extract', '--explain', 'log.html'], { 'log.html': log });
    expect(code).toBe(0);
    const out = io.stdout;
    expect(out).toContain('read as mediawiki: "Infra team meetings", meeting notes (2024-02-27, 2024-03-05)');
    expect(out).toContain(
      '1. "jdoe to draft the mirror rotation plan"\n     taken by text-marker from <p> under "Discussion"',
    );
    expect(out).toContain('owner:   jdoe, from a handle before "to …"');
    expect(out).toContain('meeting: 2024-03-05, from heading "Agenda 2024-03-05"');
    expect(out).toContain('also at: <li> under "Action items" (section-list), merged into this one');
    expect(out).toContain('status:  done, from struck-through text');
    expect(out).toContain('due:     2024-03-08, from "2024-03-08" in the text');
    expect(out).toMatch(/walk: "Contents 1 Agenda 2024-03-05[^"]*" in <div>: the wiki's own navigation or controls/);
    expect(out).not.toContain('"pages"');
  });

  it("--explain says which language's words took each action, named its owner and read its due date", async () => {
    const minutes = fixtureText('confluence-server/protokoll-teamrunde-2024-03-14.html');
    const { code, io } = await run(['extract', '--explain', 'protokoll.html'], { 'protokoll.html': minutes });
    expect(code).toBe(0);
    const out = io.stdout;
    expect(out).toContain('meeting notes (2024-03-14), in English and German words');
    expect(out).toContain(
      '1. "Ben prüft die beiden offenen Tickets"\n     taken by text-marker from <p> under "Rückblick Sprint 11" (German words)',
    );
    expect(out).toContain('owner:   Ben Krüger, from "Name <verb> …" (German words)');
    expect(out).toContain('due:     2024-03-15, from "bis Freitag" in the text (German words)');
    expect(out).toContain(
      'owner:   Ben Krüger, from an owner label ("verantwortlich: Name", "担当：Name") (German words)',
    );
    // A wiki's own task is one whatever its words.
    expect(out).toMatch(
      /2\. "Wartungsfenster mit dem Rechenzentrum abstimmen"\n {5}taken by inline-task from <li> under "Aufgaben"\n/,
    );
  });

  it('--explain says why each checkbox that is not an action was passed over', async () => {
    const wiki = fixtureText('markdown/github-wiki-team-sync.html');
    const { io } = await run(['extract', 'wiki.html', '--explain'], { 'wiki.html': wiki });
    expect(io.stdout).toContain(
      '- checkbox: "carol (out sick)" in <li> under "Attendees": a list of people, not actions',
    );
    expect(io.stdout).toContain(
      '- checkbox: "Flaky CI jobs" in <li> under "Agenda": a checklist outside an action section, naming no owner or due date',
    );
    expect(io.stdout).toContain('- checkbox: "Your name here" in <li> under "Action items": a template\'s placeholder');
  });

  it('documents every option in its help, --url and --today with what they change', async () => {
    const { io } = await run(['--help'], {});
    for (const option of ['--format', '--url', '--today', '--explain', '--version'])
      expect(io.stdout).toContain(option);
    expect(io.stdout).toMatch(/--url URL +the address the page was saved from/);
    expect(io.stdout).toMatch(/--today D +the day \(YYYY-MM-DD\) that relative dates/);
  });

  it('--version prints the version and reads nothing', async () => {
    const { code, io } = await run(['--version'], {});
    expect(code).toBe(0);
    expect(io.stdout).toBe('agendum 9.8.7\n');
  });
});
