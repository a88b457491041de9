import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../lib/extract/context';
import type { Reader } from '../../lib/extract/reader';
import { walk } from '../../lib/extract/walk';
import { scanPage, startScan } from '../../lib/extract';
import { parseStorage } from '../../lib/cli/parse-document';
import { loadFixture, page } from '../helpers/load-fixture';

function visits(root: Element, claimTag?: string): string[] {
  const seen: string[] = [];
  const reader: Reader = {
    name: 'spy',
    visit(el) {
      seen.push(el.getAttribute('id') ?? el.tagName);
      return el.tagName === claimTag ? 'claim' : undefined;
    },
  };
  walk(root, {} as ExtractContext, [reader]);
  return seen;
}

describe('walk', () => {
  it('offers every element once, in document order', () => {
    const doc = page('<div id="a"><p id="b"><i id="c"></i></p><p id="d"></p></div>');
    expect(visits(doc.querySelector('#a')!)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not enter an element a reader claims', () => {
    const doc = page('<div id="a"><ul id="b"><li id="c"></li></ul><p id="d"></p></div>');
    expect(visits(doc.querySelector('#a')!, 'UL')).toEqual(['a', 'b', 'd']);
  });

  it('offers a reader with tags only elements of those tags, in any letter case, and still enters the rest', () => {
    const seen: string[] = [];
    const listItems: Reader = {
      name: 'items',
      tags: new Set(['LI', 'AC:TASK']),
      visit: (el) => void seen.push(el.getAttribute('id')!),
    };
    const doc = page('<div id="a"><ul id="b"><li id="c"><p><span><li id="d"></li></span></p></li></ul></div>');
    walk(doc.querySelector('#a')!, {} as ExtractContext, [listItems]);
    expect(seen).toEqual(['c', 'd']);
    const storage = parseStorage(
      '<ac:task-list id="f"><ac:task id="e"><ac:task-body>x</ac:task-body></ac:task></ac:task-list>',
    );
    walk(storage.documentElement, {} as ExtractContext, [listItems]);
    expect(seen).toEqual(['c', 'd', 'e']);
  });

  it('visits each element of the seed page exactly once (one pass, linear in the page size)', () => {
    const doc = loadFixture('confluence-server/dmlt-2022-10-18.html');
    const body = doc.body;
    const seen = visits(body);
    expect(seen.length).toBe(body.querySelectorAll('*').length + 1);
  });
});

describe('startScan', () => {
  it('reads a page in many small slices to exactly what one pass reads', () => {
    const whole = scanPage(loadFixture('confluence-server/dmlt-2022-10-18.html')).extraction;
    const scanner = startScan(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    let slices = 1;
    while (!scanner.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(scanner.result().extraction).toEqual(whole);
  });

  it('builds the tasks it read in steps too, so a page of a thousand is not finished in one long task', () => {
    const whole = scanPage(loadFixture('confluence-server/dmlt-2022-10-18.html')).extraction;
    const scanner = startScan(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    let slices = 1;
    while (!scanner.step(() => true)) slices++;
    // Reading this page alone takes fewer than two slices a task; building each task adds two (built, then merged).
    expect(slices).toBeGreaterThan(2 * whole.tasks.length);
    expect(scanner.result().extraction).toEqual(whole);
  });
});
