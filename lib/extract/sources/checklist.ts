// Checklists: a list item or paragraph led by `<input type="checkbox">` (the Markdown forges' task lists,
// plain HTML), by a glyph (☐ ☑ ✓ ✔ ✗) or by `[ ]`/`[x]`; each such line is one task, done when checked.
// A checklist is an action list only in an action context (a heading or caption such as "Action items",
// "Next steps"), or item by item when the item names an owner or a due date: attendee lists, agenda
// checklists, template placeholders and the wiki's own controls (a hidden or role=button checkbox) are not.
import {
  actionCaptionLanguage,
  actionContext,
  currentHeading,
  meetingOf,
  mustWait,
  notePerson,
  ownLinesOf,
  referenceDate,
  topicOf,
  type ExtractContext,
} from '../context';
import { passOver, type StatusSource } from '../explain';
import { composeTask, joinLines, readLines, sliceLine, type InlineLine } from '../inline';
import { isChecked, isPlaceholder, isStruckThrough, leadingCheck, stripDoneMarker } from '../markers';
import { stripStatusPrefix, withPlainOwner } from '../owners';
import type { Reader } from '../reader';
import { isTaskList } from '../task-body';
import { hasVisibleText, LINE_BLOCK_TAGS, tagOf } from '../text';
import type { Words } from '../words';

/** A checkbox that is a page control (the wiki's own toggles), not a box someone ticks. */
function isControl(input: Element): boolean {
  return (
    input.hasAttribute('role') ||
    input.hasAttribute('hidden') ||
    /display\s*:\s*none/i.test(input.getAttribute('style') ?? '')
  );
}

/** The checkbox leading an element's own content, if any (directly, wrapped in a label/span, or after empty elements). */
function leadingCheckbox(el: Element): Element | null {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if (hasVisibleText(node.nodeValue ?? '')) return null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = tagOf(child);
    if (tag === 'INPUT') return child.getAttribute('type') === 'checkbox' && !isControl(child) ? child : null;
    if (tag === 'LABEL' || tag === 'SPAN') {
      const first = child.querySelector('input');
      return first?.getAttribute('type') === 'checkbox' && !isControl(first) ? first : null;
    }
    // GitLab puts an empty <task-button> before the box. Only an element without children is passed over: reading
    // every child's whole text made a page of 50,000 nested elements cost 50,000² steps.
    if (!child.hasChildNodes()) continue;
    return null;
  }
  return null;
}

interface Candidate {
  line: InlineLine;
  done: boolean;
  statusFrom: StatusSource;
  /** Captioned as actions by an earlier line of the same block ("Actions:" then "☐ …"): the caption's language. */
  captioned: Words | undefined;
}

const nested = (child: Element): boolean => isTaskList(child) || tagOf(child) === 'UL' || tagOf(child) === 'OL';

function candidates(el: Element, ctx: ExtractContext): Candidate[] {
  const checkbox = leadingCheckbox(el);
  if (checkbox) {
    const done = isChecked(checkbox);
    return [
      {
        line: joinLines(readLines(el, { skip: nested })),
        done,
        statusFrom: done ? 'ticked' : 'empty',
        captioned: undefined,
      },
    ];
  }
  const found: Candidate[] = [];
  let captioned: Words | undefined;
  for (const line of ownLinesOf(el, ctx)) {
    const check = leadingCheck(line.text);
    if (!check) {
      captioned ??= actionCaptionLanguage(line.text, ctx);
      continue;
    }
    found.push({
      line: sliceLine(line, line.text.length - check.rest.length, line.text.length),
      done: check.checked,
      statusFrom: 'glyph',
      captioned,
    });
  }
  return found;
}

export const checklist: Reader = {
  name: 'checkbox',
  tags: LINE_BLOCK_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const found = candidates(el, ctx);
    if (!found.length) return;
    const meeting = meetingOf(el, ctx);
    const reference = referenceDate(meeting, ctx);
    const people = currentHeading(ctx)?.people;
    const context = people ? undefined : actionContext(el, ctx);
    if (mustWait(ctx)) return 'again';
    const { languages } = ctx;
    for (const { line, done, statusFrom, captioned } of found) {
      const parts = composeTask(line, reference, languages);
      const marked = stripDoneMarker(stripStatusPrefix(parts.text, languages));
      const { text, assignees, ownerFrom, ownerLanguage } = withPlainOwner(
        { text: marked.text, assignees: parts.assignees, ownerFrom: parts.ownerFrom },
        false,
        languages,
      );
      if (!text || isPlaceholder(text)) {
        passOver(ctx, el, 'checkbox', line.text, text ? 'placeholder' : 'name-only');
        continue;
      }
      if (people) {
        passOver(ctx, el, 'checkbox', line.text, 'people');
        continue;
      }
      if (!context && !captioned && !assignees.length && !parts.due) {
        passOver(ctx, el, 'checkbox', line.text, 'no-context');
        continue;
      }
      assignees.forEach((p) => notePerson(p, ctx));
      const struck = !done && !marked.done && isStruckThrough(el, nested);
      ctx.tasks.push({
        el,
        origin: 'checkbox',
        text,
        assignees,
        due: parts.due,
        status: done || marked.done || struck ? 'done' : 'open',
        topic: topicOf(el, ctx),
        meeting,
        ownerFrom,
        dueFrom: parts.dueFrom,
        statusFrom: marked.done ? 'marker' : struck ? 'struck' : statusFrom,
        // An item outside any action section is one by its owner or due date alone: no language's words took it.
        language: (context ?? captioned)?.code,
        ownerLanguage,
        dueLanguage: parts.dueLanguage,
      });
    }
    // Nested lists may hold more checklist items: let the walk enter them.
    return 'taken';
  },
};

// Fixtures: generic/checklists.html, markdown/github-wiki-team-sync.html, markdown/github-readme-roadmap.html, mediawiki/feature-article.html, markdown/gitlab-wiki-gijiroku-2023-03-09.html
