import { describe, expect, it } from 'vitest';
import { actionDetails, meetingLabel, oneLine, webUrl } from '../../lib/export/details';
import { makeAction } from '../helpers/make-action';

describe('webUrl', () => {
  it.each([
    ['https://wiki.example.org/x?a=1', 'https://wiki.example.org/x?a=1'],
    ['HTTP://Wiki.Example.org/a b', 'http://wiki.example.org/a%20b'],
    ['javascript:alert(1)', undefined],
    ['file:///tmp/page.html', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('makes %j into %j', (url, expected) => {
    expect(webUrl(url)).toBe(expected);
  });
});

describe('meetingLabel', () => {
  it.each([
    ['Team sync', '2026-03-02', 'Team sync (2026-03-02)'],
    ['Team sync', undefined, 'Team sync'],
    ['  ', '2026-03-02', 'Untitled page (2026-03-02)'],
  ])('names the page %j met on %s as %j', (title, meetingDate, label) => {
    expect(meetingLabel(makeAction({ sourcePage: { title }, meetingDate }))).toBe(label);
  });
});

describe('actionDetails', () => {
  it('says only what is known', () => {
    expect(actionDetails(makeAction({ meetingDate: undefined, sourcePage: { title: 'Notes' } }))).toEqual([
      'Meeting: Notes',
    ]);
  });
});

describe('oneLine', () => {
  it('joins lines and collapses runs of white space', () => {
    expect(oneLine('  a\r\n\tb \u2028 c  ')).toBe('a b c');
  });
});
