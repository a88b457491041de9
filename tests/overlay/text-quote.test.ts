/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import type { TextQuote } from '../../lib/messages/protocol';
import { describeRange, findQuote, findQuotes, quoteHolder, quoteMemory } from '../../lib/overlay/text-quote';
import { runToEnd } from '../../lib/overlay/main-thread';

const anchorQuote = (root: Node, quote: TextQuote): Range | null => findQuote(root, quote);

afterEach(() => document.body.replaceChildren());

function page(html: string): HTMLElement {
  // Test-authored markup, never page content.
  document.body.innerHTML = html;
  return document.body;
}

/** A Range over the `nth` occurrence of `text` inside one text node under `root`. */
function rangeOver(root: Node, text: string, nth = 0): Range {
  const walker = document.createTreeWalker(root, 4);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + 1)) {
      if (seen++ < nth) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
  }
  throw new Error(`"${text}" not found`);
}

describe('describeRange', () => {
  it('gives the exact text with up to 32 characters of context either side', () => {
    const root = page('<p>The quick brown fox jumps over the lazy dog near the riverbank at dawn every day.</p>');
    expect(describeRange(rangeOver(root, 'lazy dog'), root)).toEqual({
      exact: 'lazy dog',
      prefix: 'The quick brown fox jumps over the '.slice(-32),
      suffix: ' near the riverbank at dawn every day.'.slice(0, 32),
      start: 'The quick brown fox jumps over the '.length,
    });
  });

  it('reads across elements, as a selection spanning bold text does', () => {
    const root = page('<p>Ask <b>Ann</b> to book the room</p>');
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 0);
    range.setEnd(root.querySelector('p')!.lastChild!, 8);
    expect(describeRange(range, root).exact).toBe('Ask Ann to book');
  });

  it('handles boundaries given as element offsets, as triple-click selections are', () => {
    const root = page('<p>First</p><p>Second line</p><p>Third</p>');
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    expect(describeRange(range, root)).toEqual({ exact: 'Second line', prefix: 'First', suffix: 'Third', start: 5 });
  });

  it('leaves whitespace at the ends of the selection out', () => {
    const root = page('<p>Before</p>\n  <p>Send it</p>\n  <p>After</p>');
    const range = document.createRange();
    range.setStart(root.childNodes[1]!, 0);
    range.setEnd(root.childNodes[3]!, 3);
    expect(describeRange(range, root).exact).toBe('Send it');
  });

  it('ignores the text of scripts and styles', () => {
    const root = page('<p>Alpha</p><script>var beta = 1;</script><style>p{}</style><p>Gamma</p>');
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEnd(root, 4);
    expect(describeRange(range, root).exact).toBe('AlphaGamma');
  });
});

describe('findQuote', () => {
  it('finds the text again and returns a Range over exactly it', () => {
    const root = page('<p>Ask <b>Ann</b> to book the room</p>');
    const range = anchorQuote(root, { exact: 'Ann to book', prefix: 'Ask ', suffix: ' the room' });
    expect(range?.toString()).toBe('Ann to book');
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
  });

  it('picks the repeat whose prefix and suffix fit, not the first one', () => {
    const root = page('<p>Monday: send the minutes to the team.</p><p>Friday: send the minutes to the board.</p>');
    const quote = describeRange(rangeOver(root, 'send the minutes', 1), root);
    const range = anchorQuote(root, quote);
    expect(range?.startContainer.parentElement?.textContent).toContain('Friday');
  });

  it('takes the first repeat when the context says nothing', () => {
    const root = page('<p id="one">send it</p><p id="two">send it</p>');
    expect(anchorQuote(root, { exact: 'send it', prefix: '', suffix: '' })?.startContainer.parentElement?.id).toBe(
      'one',
    );
  });

  it('finds the text after a re-render changed its whitespace', () => {
    const before = page('<p>Ask Ann to\n      book the room</p>');
    const quote = describeRange(rangeOver(before, 'Ann to\n      book'), before);
    const after = page('<p>Ask Ann to book the room</p>');
    expect(anchorQuote(after, quote)?.toString()).toBe('Ann to book');
  });

  it('finds text that now spans several elements', () => {
    const root = page('<p>Ask <i>Ann</i> to book</p>');
    expect(anchorQuote(root, { exact: 'Ann to book', prefix: '', suffix: '' })?.toString()).toBe('Ann to book');
  });

  it('returns null when the text is gone', () => {
    const root = page('<p>Nothing of the kind here</p>');
    expect(anchorQuote(root, { exact: 'book the room', prefix: 'Ask Ann to ', suffix: '' })).toBeNull();
  });

  it('round-trips what describeRange describes', () => {
    const root = page('<ul><li>Ann: <a href="#">draft</a> the plan</li><li>Bob: draft the plan</li></ul>');
    const original = rangeOver(root, 'draft the plan');
    const range = anchorQuote(root, describeRange(original, root));
    expect(range?.compareBoundaryPoints(0, original)).toBe(0);
    expect(range?.compareBoundaryPoints(2, original)).toBe(0);
  });
});

const bare = (exact: string): TextQuote => ({ exact, prefix: '', suffix: '' });

describe('findQuote on an edited page', () => {
  const MADE_ON =
    '<p>Minutes</p><ul><li>Ann to book the room for the offsite by 12 March</li><li>Bob to send the minutes</li></ul>';
  const quoteOf = (html: string, text: string) => {
    const root = page(html);
    return describeRange(rangeOver(root, text), root);
  };

  it.each([
    [
      'a typo fixed',
      '<li>Ann to book the rooom for the offsite by 12 March</li>',
      'Ann to book the rooom for the offsite by 12 March',
    ],
    [
      'a date changed',
      '<li>Ann to book the room for the offsite by 19 March</li>',
      'Ann to book the room for the offsite by 19 March',
    ],
    [
      'a word added',
      '<li>Ann to book the big room for the offsite by 12 March</li>',
      'Ann to book the big room for the offsite by 12 March',
    ],
    [
      'a word added and the lines re-indented',
      '<li>Ann to book the big room\n   for the offsite by 12 March</li>',
      'Ann to book the big room\n   for the offsite by 12 March',
    ],
  ])('finds the action’s text after %s', (_name, edited, now) => {
    const quote = quoteOf(MADE_ON, 'Ann to book the room for the offsite by 12 March');
    const root = page(`<p>Minutes</p><ul>${edited}<li>Bob to send the minutes</li></ul>`);
    const range = anchorQuote(root, quote);
    expect(range?.toString()).toBe(now);
    expect(quoteHolder(range!)?.textContent).toBe(now);
  });

  it('takes the edited passage whose context fits, of two alike', () => {
    const html =
      '<p>Monday: Ann to send the draft minutes to the team.</p><p>Friday: Ann to send the draft minutes to the board.</p>';
    const quote = quoteOf(html, 'Ann to send the draft minutes');
    const root = page(html.replaceAll('draft minutes', 'final minutes'));
    const range = anchorQuote(root, { ...quote, prefix: 'Friday: ', suffix: ' to the board.' });
    expect(range?.startContainer.parentElement?.textContent).toContain('Friday');
  });

  it('takes the repeat nearest to where the quote stood when nothing else tells them apart', () => {
    const root = page('<p id="one">send it</p><p id="two">send it</p>');
    const second = describeRange(rangeOver(root, 'send it', 1), root);
    expect(anchorQuote(root, { ...second, prefix: '', suffix: '' })?.startContainer.parentElement?.id).toBe('two');
  });

  it('leaves a rewritten action unanchored rather than guess', () => {
    const quote = quoteOf(MADE_ON, 'Ann to book the room for the offsite by 12 March');
    const root = page(
      '<p>Minutes</p><ul><li>The offsite is cancelled; nothing to book</li><li>Bob to send the minutes</li></ul>',
    );
    expect(anchorQuote(root, quote)).toBeNull();
  });

  it('matches a short quote exactly only: one letter changed makes another word', () => {
    const root = page('<p>Call Bob</p>');
    expect(anchorQuote(root, { exact: 'Call Rob', prefix: '', suffix: '' })).toBeNull();
  });

  it('finds several quotes in one reading of the page', () => {
    const root = page(MADE_ON);
    const ranges = runToEnd(
      findQuotes(root, [bare('Bob to send the minutes'), bare('Ann to book the room'), bare('Cy to plan')]),
    );
    expect(ranges.map((range) => range?.toString() ?? null)).toEqual([
      'Bob to send the minutes',
      'Ann to book the room',
      null,
    ]);
  });

  it('pauses while it reads a long page and searches it for an edited passage', () => {
    const root = page(
      `<ul>${'<li>Nothing to see here, move along please</li>'.repeat(10_000)}<li>Ann to book the big room</li></ul>`,
    );
    const search = findQuotes(root, [bare('Ann to book the room')]);
    let pauses = 0;
    for (let step = search.next(); !step.done; step = search.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
  });

  it('does not search an unchanged text again, and does once it changed', () => {
    const memory = quoteMemory();
    const root = page('<p>Ann to book the big room</p>');
    const pauses = () => {
      const search = findQuotes(root, [bare('Ann to book the room')], memory);
      let count = 0;
      while (!search.next().done) count++;
      return count;
    };
    const first = pauses();
    expect(first).toBeGreaterThan(0);
    expect(pauses()).toBe(0);
    root.querySelector('p')!.textContent = 'Ann to book the small room';
    expect(pauses()).toBe(first);
  });
});

describe('quoteHolder', () => {
  it.each([
    ['a paragraph', '<p id="h">Ask <b>Ann</b> to book</p>', 'Ann'],
    ['a list item', '<ul><li id="h">Ask <a><span>Ann</span></a></li></ul>', 'Ann'],
    ['a table cell', '<table><tr><td id="h">Ann <em>books</em></td></tr></table>', 'books'],
  ])('is the nearest block around the quote in %s', (_name, html, text) => {
    const root = page(html);
    expect(quoteHolder(rangeOver(root, text))?.id).toBe('h');
  });
});
