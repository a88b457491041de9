import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../lib/export/markdown';
import type { Action } from '../../lib/model/action';
import { AWKWARD_TEXTS, makeAction } from '../helpers/make-action';

interface Item {
  task: boolean;
  checked: boolean | undefined;
  /** The item as plain text, a Markdown link as `[href]`; any other markup (emphasis, HTML, code…) as `<type>`. */
  text: string;
}

function plain(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'checkbox') return '';
      if (t.type === 'link') {
        const link = t as Tokens.Link;
        if (link.raw.startsWith('[')) return `[${link.href}]`;
        // A web address in the text is autolinked by GFM: allowed, as long as it only ever leads to the web.
        expect(link.href).toMatch(/^(?:https?|mailto):/);
        return link.text;
      }
      if (t.type === 'text' && 'tokens' in t && t.tokens) return plain(t.tokens);
      if (t.type === 'text' || t.type === 'escape') return (t as Tokens.Text).text;
      return `<${t.type}>`;
    })
    .join('');
}

/** Each `##` section as its heading text and its task list items, as a GFM renderer sees them. */
function sections(md: string): { heading: string; items: Item[] }[] {
  const out: { heading: string; items: Item[] }[] = [];
  for (const token of marked.lexer(md, { gfm: true })) {
    if (token.type === 'heading') out.push({ heading: plain((token as Tokens.Heading).tokens), items: [] });
    else if (token.type === 'list') {
      const section = out.at(-1)!;
      for (const item of (token as Tokens.List).items) {
        section.items.push({ task: item.task, checked: item.checked, text: plain(item.tokens).trim() });
      }
    } else expect(token.type).toBe('space');
  }
  return out;
}

const PAGE = 'https://wiki.example.org/pages/viewpage.action?pageId=1001';

describe('toMarkdown', () => {
  it('writes nothing for no actions', () => {
    expect(toMarkdown([])).toBe('');
  });

  it('writes an open action as an unchecked task with its owners, due date and page link', () => {
    const action = makeAction({ assignees: [{ name: 'Cristián Silva' }, { name: 'Zoë Ng' }], due: '2026-03-06' });
    expect(toMarkdown([action])).toBe(
      `## Team sync (2026-03-02)\n\n- [ ] Send the minutes — Cristián Silva, Zoë Ng 📅 2026-03-06 ([page](<${PAGE}>))\n`,
    );
    expect(toMarkdown([action], { mentions: 'at' })).toBe(
      `## Team sync (2026-03-02)\n\n- [ ] Send the minutes — @Cristián Silva, @Zoë Ng 📅 2026-03-06 ([page](<${PAGE}>))\n`,
    );
    expect(sections(toMarkdown([action], { mentions: 'at' }))).toEqual([
      {
        heading: 'Team sync (2026-03-02)',
        items: [
          { task: true, checked: false, text: `Send the minutes — @Cristián Silva, @Zoë Ng 📅 2026-03-06 ([${PAGE}])` },
        ],
      },
    ]);
  });

  it('checks the box of a done action', () => {
    const [section] = sections(toMarkdown([makeAction({ status: 'done' })]));
    expect(section!.items[0]).toMatchObject({ task: true, checked: true });
  });

  it('writes only the text when there are no owners, no due date and no page address', () => {
    const md = toMarkdown([makeAction({ meetingDate: undefined, sourcePage: { title: '' } })]);
    expect(md).toBe('## Untitled page\n\n- [ ] Send the minutes\n');
  });

  it('groups actions under their meeting in the order each meeting first appears', () => {
    const other = { id: '2002', title: 'Design review', url: 'https://wiki.example.org/pages/2002' };
    const actions: Action[] = [
      makeAction({ id: '1', text: 'One' }),
      makeAction({ id: '2', text: 'Two', sourcePage: other, meetingDate: '2026-02-27' }),
      makeAction({ id: '3', text: 'Three' }),
      makeAction({ id: '4', text: 'Four', meetingDate: '2026-03-09' }),
      makeAction({
        id: '5',
        text: 'Five',
        sourcePage: { ...other, url: 'https://wiki.example.org/pages/2003' },
        meetingDate: '2026-02-27',
      }),
    ];
    const result = sections(toMarkdown(actions)).map((s) => [s.heading, s.items.map((i) => i.text.split(' ')[0])]);
    expect(result).toEqual([
      ['Team sync (2026-03-02)', ['One', 'Three']],
      ['Design review (2026-02-27)', ['Two']],
      ['Team sync (2026-03-09)', ['Four']],
      ['Design review (2026-02-27)', ['Five']],
    ]);
  });

  it.each(AWKWARD_TEXTS)('keeps a text with %s as plain text in one task item', (_, text) => {
    const md = toMarkdown([makeAction({ text, assignees: [{ name: 'Dana_O*Brien [ops]' }], due: '2026-03-06' })], {
      mentions: 'at',
    });
    const [section] = sections(md);
    expect(section!.items).toHaveLength(1);
    expect(section!.items[0]).toEqual({
      task: true,
      checked: false,
      text: `${text.replace(/\s+/g, ' ')} — @Dana_O*Brien [ops] 📅 2026-03-06 ([${PAGE}])`,
    });
  });

  describe('mention styles, for pasting into GitHub', () => {
    // GitHub notifies the account named by `@word` in text (not inside code spans); the full-width ＠ is no at sign to it.
    const GITHUB_MENTION = /(?:^|[^\w`])@[a-z\d]/i;
    const action = makeAction({
      text: 'Ask @jdoe and mail ana@example.org',
      assignees: [{ name: 'Ana Lima' }, { name: 'jd`oe' }],
    });

    it('writes owners as plain names by default, and no @handle of the text can ping', () => {
      const [section] = sections(toMarkdown([action]));
      expect(section!.items[0]!.text).toBe(
        `Ask ＠jdoe and mail ana@example.org — Ana Lima, jd<codespan>oe ([${PAGE}])`.replace('<codespan>', '`'),
      );
      expect(toMarkdown([action])).not.toMatch(GITHUB_MENTION);
    });

    it('writes owners as code spans, a backtick in a name kept inside its span', () => {
      const md = toMarkdown([action], { mentions: 'code' });
      expect(md).toContain('— `Ana Lima`, ``jd`oe``');
      const codes: string[] = [];
      marked.walkTokens(marked.lexer(md), (t) => {
        if (t.type === 'codespan') codes.push(t.text);
      });
      expect(codes).toEqual(['Ana Lima', 'jd`oe']);
      expect(md.replace(/`+[^`]*(?:`[^`]+)*`+/g, '')).not.toMatch(GITHUB_MENTION);
    });

    it('writes @mentions only when asked', () => {
      expect(toMarkdown([action], { mentions: 'at' })).toContain(
        'Ask @jdoe and mail ana@example.org — @Ana Lima, @jd\\`oe',
      );
    });

    it('keeps a meeting title from pinging', () => {
      const md = toMarkdown([makeAction({ sourcePage: { title: 'Sync with @ops-team', url: PAGE } })]);
      expect(sections(md)[0]!.heading).toBe('Sync with ＠ops-team (2026-03-02)');
    });
  });

  it('lets GFM autolink a web address in the text, and nothing else', () => {
    const md = toMarkdown([makeAction({ text: 'Read https://example.org/spec and javascript:alert(1)' })]);
    // The script address is made inert: its colon is a full-width one.
    expect(sections(md)[0]!.items[0]!.text).toBe(
      `Read https://example.org/spec and javascript\uFF1Aalert(1) ([${PAGE}])`,
    );
    const hrefs: string[] = [];
    marked.walkTokens(marked.lexer(md), (t) => {
      if (t.type === 'link') hrefs.push(t.href);
    });
    expect(hrefs).toEqual(['https://example.org/spec', PAGE]);
  });

  it('keeps page text out of the rendered HTML as markup', () => {
    const html = marked.parse(
      toMarkdown([makeAction({ text: '<img src=x onerror=alert(1)> <script>alert(1)</script>' })]),
      { async: false },
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps a page title as plain heading text, including a trailing #', () => {
    const [section] = sections(toMarkdown([makeAction({ sourcePage: { title: '*Sync* <b>notes</b> #', url: PAGE } })]));
    expect(section!.heading).toBe('*Sync* <b>notes</b> # (2026-03-02)');
  });

  it.each([
    [
      'a closing parenthesis',
      'https://wiki.example.org/display/TEAM/Sync+(draft)',
      'https://wiki.example.org/display/TEAM/Sync+(draft)',
    ],
    [
      'spaces',
      'https://wiki.example.org/display/TEAM/Team sync notes',
      'https://wiki.example.org/display/TEAM/Team%20sync%20notes',
    ],
    ['an ampersand and an entity', 'https://wiki.example.org/x?a=1&amp;b=2', 'https://wiki.example.org/x?a=1&amp;b=2'],
    [
      'a backslash before punctuation',
      'https://wiki.example.org/x?glob=C:\\*',
      'https://wiki.example.org/x?glob=C:\\*',
    ],
    ['angle brackets', 'https://wiki.example.org/x?q=<b>', 'https://wiki.example.org/x?q=%3Cb%3E'],
  ])('links to a page address with %s without breaking the link', (_, url, href) => {
    const [section] = sections(toMarkdown([makeAction({ sourcePage: { title: 'Team sync', url } })]));
    expect(section!.items[0]!.text).toBe(`Send the minutes ([${href}])`);
  });

  it.each([['javascript:alert(1)'], ['file:///home/me/page.html'], ['not a url']])('makes no link to %s', (url) => {
    const md = toMarkdown([makeAction({ sourcePage: { title: 'Team sync', url } })]);
    expect(md).toBe('## Team sync (2026-03-02)\n\n- [ ] Send the minutes\n');
  });
});
