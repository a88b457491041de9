import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { scalePage } from '../../scripts/bench/scale-page';
import { parseHtml } from '../../lib/cli/parse-document';
import { fixtureText } from '../helpers/load-fixture';

const SEED = 'confluence-server/dmlt-2022-10-18.html';
const URL = 'https://confluence.lsstcorp.org/pages/viewpage.action?pageId=219613203';

/** Every inline task as "content id:task id", the pair Confluence keeps unique. */
function inlineTaskKeys(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[data-inline-task-id]'), (li) => {
    const content = li.closest('[data-inline-tasks-content-id]')?.getAttribute('data-inline-tasks-content-id');
    return `${content}:${li.getAttribute('data-inline-task-id')}`;
  });
}

describe('scalePage', () => {
  const seedHtml = fixtureText(SEED);
  const seed = parseHtml(seedHtml);
  const seedExtraction = extractPage(seed, { url: URL });

  it('returns the seed page unchanged at factor 1', () => {
    expect(scalePage(seedHtml, 1)).toBe(seedHtml);
  });

  it.each([2, 10])('repeats the inline tasks %i times, each with a distinct id', (factor) => {
    const keys = inlineTaskKeys(parseHtml(scalePage(seedHtml, factor)));
    expect(keys).toHaveLength(factor * inlineTaskKeys(seed).length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // Counted by origin: copy k's table of contents falls under copy k-1's "Action Item Summary" heading,
  // where the section-list reader takes its items as actions, which the seed page cannot show.
  // The seed's inline tasks are its own-page tasks; its Task Report rows belong to other pages.
  it.each(['inline-task', 'task-report'] as const)(
    'makes a 10x page on which extraction finds 10x the %s tasks, all distinct',
    (origin) => {
      const scaled = extractPage(parseHtml(scalePage(seedHtml, 10)), { url: URL }).tasks.filter(
        (t) => t.origin === origin,
      );
      const seedCount = seedExtraction.tasks.filter((t) => t.origin === origin).length;
      expect(seedCount).toBeGreaterThan(0);
      expect(scaled).toHaveLength(10 * seedCount);
      expect(new Set(scaled.map((t) => t.id)).size).toBe(scaled.length);
    },
  );

  it('makes pages that share no task when their first copies are a factor apart (the stored section’s new pages)', () => {
    const idsOf = (firstCopy: number) =>
      extractPage(parseHtml(scalePage(seedHtml, 10, firstCopy)), { url: URL })
        .tasks.filter((t) => t.origin === 'inline-task' || t.origin === 'task-report')
        .map((t) => t.id);
    const [base, first, second] = [new Set(idsOf(0)), idsOf(10), new Set(idsOf(20))];
    expect(first).toHaveLength(base.size);
    expect(first.filter((id) => second.has(id) || base.has(id))).toEqual([]);
  });

  it('keeps everything outside #main-content once', () => {
    const scaled = parseHtml(scalePage(seedHtml, 3));
    expect(scaled.querySelectorAll('#title-text')).toHaveLength(1);
    expect(scaled.querySelectorAll('#main-content')).toHaveLength(1);
    expect(scaled.title).toBe(seed.title);
  });

  it('closes #main-content at its own </div>, not at a nested one', () => {
    const doc = parseHtml(scalePage('<div id="main-content"><div><p>a</p></div><p>b</p></div><p id="after">c</p>', 2));
    expect(doc.querySelector('#main-content')?.textContent).toBe('abab');
    expect(doc.querySelectorAll('#after')).toHaveLength(1);
  });

  it.each([0, -1, 1.5])('refuses factor %s', (factor) => {
    expect(() => scalePage(seedHtml, factor)).toThrow(/positive integer/);
  });

  it('refuses a page without #main-content', () => {
    expect(() => scalePage('<html><body><p>no content root</p></body></html>', 2)).toThrow(/main-content/);
  });
});
