// Why a status change did not reach the wiki, read from the wiki's answer, and said in plain words.
import type { WikiWriteProblem } from '../model/stored-task';
import type { WikiResponse } from './wiki';

/** The problem an unsuccessful answer stands for. */
export function problemOf(response: WikiResponse): WikiWriteProblem {
  const { status, body } = response;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  if (status === 0) return 'network';
  if (status === 401) return 'signed-out';
  if (status === 403) return /xsrf/i.test(text) ? 'xsrf' : 'forbidden';
  if (status === 404 || (status === 400 && /task not found/i.test(text))) return 'not-found';
  if (status === 409) return 'conflict';
  if (status >= 500) return 'server';
  return 'refused';
}

const SENTENCES: Record<WikiWriteProblem, (host: string) => string> = {
  'no-tab': (host) => `Agendum sends it when a page of ${host} is open in a tab.`,
  'signed-out': (host) => `${host} did not recognise you: sign in to the wiki in this browser, then retry.`,
  forbidden: () => 'You can view but not edit this page, so the wiki did not take the change.',
  xsrf: () =>
    'The wiki refused the change as not coming from one of its own pages (its XSRF check): retry from a tab showing the wiki.',
  'not-found': () =>
    'The wiki no longer has this task, or you can no longer see its page: it may have been deleted or moved.',
  conflict: () => 'Someone changed the page at the same moment, so the wiki turned the change down: retry.',
  unmapped: () => 'Agendum could not tell which task on the wiki this one is, so it changed nothing there.',
  refused: () => 'The wiki turned the change down.',
  server: () => 'The wiki had a problem of its own: retry later.',
  network: (host) => `${host} could not be reached: check the connection, then retry.`,
};

/** One sentence a person understands; the change stays in Agendum either way. */
export function describeProblem(problem: WikiWriteProblem, host: string): string {
  return SENTENCES[problem](host);
}
