/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { MarkState } from '../../lib/actions/action-state';
import { applyMarks, clearMarks, unmark } from '../../lib/overlay/marks';
import type { Action } from '../../lib/model/action';
import { makeAction } from '../helpers/make-action';

const TODAY = '2026-03-04';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function page(html: string): void {
  // Test-authored markup, never page content.
  document.body.innerHTML = html;
}

const byId = (actions: Action[]): Map<string, Action> => new Map(actions.map((a) => [a.id, a]));
const el = (selector: string): Element => document.querySelector(selector)!;

describe('applyMarks', () => {
  it('marks each element with its task id and state, and never with whether it is the reader’s', () => {
    page('<ul><li id="a">Send it</li><li id="b">Book it</li></ul>');
    const actions = [makeAction({ id: 't1', due: '2026-03-01', mine: true }), makeAction({ id: 't2', status: 'done' })];
    const count = applyMarks(
      new Map([
        ['t1', [el('#a')]],
        ['t2', [el('#b')]],
      ]),
      byId(actions),
      TODAY,
    );
    expect(count).toBe(2);
    expect(el('#a').getAttribute('data-agendum-task')).toBe('t1');
    expect(el('#a').getAttribute('data-agendum-state')).toBe('overdue');
    expect(el('#b').getAttribute('data-agendum-state')).toBe('done');
    // A page script reads its own elements' attributes: who the reader is is not written there.
    expect([...el('#a').attributes].map((attribute) => attribute.name).sort()).toEqual([
      'data-agendum-state',
      'data-agendum-task',
      'id',
    ]);
  });

  it('marks every element of a task the page repeats', () => {
    page('<p id="a">Send it</p><p id="b">Send it (carried forward)</p>');
    applyMarks(new Map([['t1', [el('#a'), el('#b')]]]), byId([makeAction({ id: 't1' })]), TODAY);
    expect([...document.querySelectorAll('[data-agendum-task="t1"]')].map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('leaves the elements of tasks it knows no action for unmarked', () => {
    page('<p id="a">Send it</p>');
    expect(applyMarks(new Map([['unknown', [el('#a')]]]), new Map(), TODAY)).toBe(0);
    expect(el('#a').attributes).toHaveLength(1);
  });

  it('follows a change of state', () => {
    page('<p id="a">Send it</p>');
    const elements = new Map([['t1', [el('#a')]]]);
    applyMarks(elements, byId([makeAction({ id: 't1', due: '2026-03-01', mine: true })]), TODAY);
    applyMarks(elements, byId([makeAction({ id: 't1', due: '2026-03-01', status: 'done' })]), TODAY);
    expect(el('#a').getAttribute('data-agendum-state')).toBe('done');
  });

  it('changes nothing when run again on the same DOM', async () => {
    page('<ul><li id="a">Send it</li><li id="b">Book it</li></ul>');
    const elements = new Map([
      ['t1', [el('#a')]],
      ['t2', [el('#b')]],
    ]);
    const actions = byId([makeAction({ id: 't1', due: '2026-03-01', mine: true }), makeAction({ id: 't2' })]);
    applyMarks(elements, actions, TODAY);
    const before = document.body.innerHTML;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { attributes: true, subtree: true });
    applyMarks(elements, actions, TODAY);
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('never changes the text of the page', () => {
    page('<ul><li id="a"><b>Ann</b> to send it</li></ul>');
    const text = document.body.textContent;
    applyMarks(new Map([['t1', [el('#a')]]]), byId([makeAction({ id: 't1', mine: true })]), TODAY);
    expect(document.body.textContent).toBe(text);
  });
});

describe('clearMarks', () => {
  it('removes every attribute of ours and nothing else', () => {
    const html = '<ul class="x"><li id="a" class="checked">Send it</li><li id="b">Book it</li></ul>';
    page(html);
    applyMarks(
      new Map([
        ['t1', [el('#a')]],
        ['t2', [el('#b')]],
      ]),
      byId([makeAction({ id: 't1', mine: true }), makeAction({ id: 't2' })]),
      TODAY,
    );
    el('#a').setAttribute('data-agendum-current', '');
    el('#b').setAttribute('data-agendum-flash', '');
    clearMarks(document.body);
    expect(document.body.innerHTML).toBe(html);
  });

  it('keeps the marks of the elements it is told to keep', () => {
    page('<p id="a">Send it</p><p id="b">Old copy</p>');
    applyMarks(new Map([['t1', [el('#a'), el('#b')]]]), byId([makeAction({ id: 't1' })]), TODAY);
    clearMarks(document.body, new Set([el('#a')]));
    expect(el('#a').getAttribute('data-agendum-task')).toBe('t1');
    expect(el('#b').hasAttribute('data-agendum-task')).toBe(false);
  });

  it('clears the root element itself too', () => {
    page('<p id="a">Send it</p>');
    applyMarks(new Map([['t1', [el('#a')]]]), byId([makeAction({ id: 't1' })]), TODAY);
    clearMarks(el('#a'));
    expect(el('#a').hasAttribute('data-agendum-task')).toBe(false);
  });
});

describe('unmark', () => {
  it('clears only the elements it is given, except those it keeps', () => {
    const html = '<p id="a">One</p><p id="b">Two</p><p id="c">Three</p>';
    page(html);
    applyMarks(new Map([['t1', [el('#a'), el('#b'), el('#c')]]]), byId([makeAction({ id: 't1', mine: true })]), TODAY);
    unmark([el('#a'), el('#b')], new Set([el('#b')]));
    expect(el('#a').outerHTML).toBe('<p id="a">One</p>');
    expect(el('#b').getAttribute('data-agendum-task')).toBe('t1');
    expect(el('#c').getAttribute('data-agendum-task')).toBe('t1');
  });
});

/** marks.css as rules: each selector with its declarations (the frames inside @keyframes are left out). */
function markRules(): { selector: string; declarations: { property: string; value: string; important: boolean }[] }[] {
  const css = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../lib/overlay/marks.css'),
    'utf8',
  ).replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .map((match) => ({ selector: match[1]!.replace(/^[\s\S]*\{/, '').trim(), body: match[2]! }))
    .filter(({ selector }) => !/^(from|to|\d+%|@property .*)$/.test(selector))
    .map(({ selector, body }) => ({
      selector,
      declarations: body
        .split(';')
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => {
          const [property, ...rest] = text.split(':');
          const value = rest.join(':').trim();
          return {
            property: property!.trim(),
            value: value.replace(/\s*!important$/, ''),
            important: value.endsWith('!important'),
          };
        }),
    }));
}

describe('the marks stylesheet (lib/overlay/marks.css)', () => {
  const rules = markRules();

  it('matches only elements Agendum marked, so it is inert on a page without marks', () => {
    expect(rules.length).toBeGreaterThan(10);
    for (const { selector } of rules) {
      // Our attributes, or our named highlights (which exist only while Agendum draws them).
      for (const part of selector.split(/,(?![^(]*\))/))
        expect(part).toMatch(/\[data-agendum-(task|shared)\]|^::highlight\(agendum-[a-z-]+\)$/);
    }
  });

  it('paints with outline, box-shadow, background and animation only (and underlines in highlights), so the text never moves', () => {
    for (const { selector, declarations } of rules) {
      for (const { property } of declarations) {
        if (selector.startsWith('::highlight(')) expect(property).toMatch(/^(background-color|text-decoration)$/);
        else
          expect(property).toMatch(
            /^(--agendum-[a-z-]+|outline(-offset)?|box-shadow|background(-color|-image|-size|-position|-repeat)|animation)$/,
          );
      }
    }
  });

  it('gives each state its own frame colour', () => {
    const edges = (['overdue', 'due-soon', 'done'] satisfies MarkState[]).map(
      (state) =>
        rules
          .find(({ selector }) => selector === `[data-agendum-task][data-agendum-state='${state}']`)
          ?.declarations.find((d) => d.property === '--agendum-edge')?.value,
    );
    expect(new Set(edges).size).toBe(3);
    expect(edges).not.toContain(undefined);
  });

  it('frames table rows and cells with backgrounds: no outline or shadow on a table part', () => {
    const tableRules = rules.filter(({ selector }) => /(^|,\s*)(tr\[|:is\((tr, )?td, th\))/.test(selector));
    expect(tableRules.length).toBeGreaterThanOrEqual(4);
    for (const { declarations } of tableRules) {
      for (const { property, value } of declarations)
        if (/^(outline|box-shadow)/.test(property)) expect(value).toBe('none');
    }
    const cells = tableRules.find(({ selector }) => selector.startsWith('tr[data-agendum-task] > :is(td, th),'));
    expect(cells?.declarations.find((d) => d.property === 'background-image')?.value).toContain('var(--agendum-edge)');
  });

  it('registers its custom properties as not inherited, and only a marked row hands them to its cells', () => {
    const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../lib/overlay/marks.css'), 'utf8');
    const used = new Set([...css.matchAll(/(--agendum-[a-z-]+)\s*:/g)].map((match) => match[1]));
    const registered = [...css.matchAll(/@property (--agendum-[a-z-]+) \{([^}]*)\}/g)];
    expect(new Set(registered.map((match) => match[1]))).toEqual(used);
    for (const [, , body] of registered) expect(body).toMatch(/inherits: false;/);
    const inheriting = rules.filter(({ declarations }) => declarations.some((d) => d.value === 'inherit'));
    expect(inheriting.map(({ selector }) => selector)).toEqual([
      'tr[data-agendum-task] > :is(td, th):not([data-agendum-task])',
    ]);
  });

  it('leaves the fill overridable by the flash: only the reduced-motion flash sets an important background colour', () => {
    for (const { selector, declarations } of rules) {
      for (const { property, important } of declarations) {
        if (property === 'background-color' && important) expect(selector).toContain('[data-agendum-flash]');
      }
    }
  });
});
