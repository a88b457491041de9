import { describe, expect, it } from 'vitest';
import { extractPage, scanPage } from '../../lib/extract';
import { newAction, pagePeople } from '../../lib/overlay/new-action';
import { loadFixture } from '../helpers/load-fixture';

const URL_HERE = 'https://wiki.example.org/generic/action-table.html';
const extraction = () => extractPage(loadFixture('generic/action-table.html'), { url: URL_HERE, today: '2024-06-01' });
const quote = { exact: 'Retire the old build farm', prefix: 'Sam Chu', suffix: 'in progress' };
const draft = (overrides = {}) => ({
  text: 'Retire the old build farm',
  assignees: [],
  due: null,
  note: '',
  ...overrides,
});

describe('pagePeople', () => {
  it('names everyone the page mentions once: assignees and the agenda’s people', () => {
    expect(
      pagePeople(extraction())
        .map((person) => person.name)
        .sort(),
    ).toEqual(['Lena Ortiz', 'Priya Shah', 'Sam Chu']);
  });

  it('keeps a mention with a wiki id over a bare name, whichever comes first', () => {
    const page = extraction();
    page.tasks[0]!.assignees = [{ name: 'Lena Ortiz' }];
    page.tasks[1]!.assignees = [{ name: 'lena ortiz', username: 'lortiz' }];
    expect(pagePeople(page).filter((person) => /lena/i.test(person.name))).toEqual([
      { name: 'lena ortiz', username: 'lortiz' },
    ]);
  });

  it('is empty before the page was read', () => {
    expect(pagePeople(undefined)).toEqual([]);
  });
});

describe('newAction', () => {
  it('asks to store the draft on the page, anchored at the selected text', () => {
    const request = newAction(draft({ due: '2024-07-15' }), quote, {
      url: URL_HERE,
      documentTitle: 'ignored',
      extraction: extraction(),
      ownPage: undefined,
    });
    expect(request).toEqual({
      url: URL_HERE,
      pageTitle: 'Quarterly planning meeting',
      text: 'Retire the old build farm',
      assignees: [],
      due: '2024-07-15',
      anchor: quote,
    });
  });

  it('gives a name the page knows that person’s wiki id, so “mine” can match it', () => {
    const page = extraction();
    page.agenda[0]!.people = [];
    page.tasks[2]!.assignees = [{ name: 'Sam Chu', username: 'schu' }];
    const request = newAction(draft({ assignees: ['sam chu', 'New Person'] }), quote, {
      url: URL_HERE,
      documentTitle: '',
      extraction: page,
      ownPage: undefined,
    });
    expect(request.assignees).toEqual([{ name: 'Sam Chu', username: 'schu' }, { name: 'New Person' }]);
  });

  it('keeps within what the protocol accepts: 20 assignees, a 500-character title; no empty note', () => {
    const many = Array.from({ length: 30 }, (_, i) => `Person ${i}`);
    const request = newAction(draft({ assignees: many }), quote, {
      url: URL_HERE,
      documentTitle: 'T'.repeat(900),
      extraction: undefined,
      ownPage: undefined,
    });
    expect(request.assignees).toHaveLength(20);
    expect(request.pageTitle).toHaveLength(500);
    expect(request).not.toHaveProperty('note');
    expect(
      newAction(draft({ note: 'Ask IT first' }), quote, {
        url: URL_HERE,
        documentTitle: '',
        extraction: undefined,
        ownPage: undefined,
      }).note,
    ).toBe('Ask IT first');
  });

  it('files the action under the page as its own actions name it: its id and its address, not the browser’s', () => {
    const seen = 'https://confluence.lsstcorp.org/display/DM/DMLT+vF2F?focusedCommentId=1#comments';
    const scan = scanPage(loadFixture('confluence-server/dmlt-2022-10-18.html'), { url: seen, today: '2022-10-18' });
    const own = scan.extraction.tasks.find((task) => task.sourcePage.id === scan.extraction.page.id)!.sourcePage;
    const request = newAction(draft(), quote, {
      url: seen,
      documentTitle: '',
      extraction: scan.extraction,
      ownPage: scan.ownPage,
    });
    expect(request).toMatchObject({ url: seen, pageId: own.id, pageUrl: own.url });
    expect(request.pageUrl).not.toBe(seen);
  });
});
