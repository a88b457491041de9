// Checklists: a list item or paragraph led by `<input type="checkbox">`, by a glyph (☐ ☑ ✓ ✔ ✗) or by a
// GitHub-style `[ ]`/`[x]`; each such line is one task, done when checked.
import { meetingOf, notePerson, ownLinesOf, referenceDate, topicOf, type ExtractContext } from '../context';
import { composeTask, joinLines, readLines, sliceLine, type InlineLine } from '../inline';
import { leadingCheck } from '../markers';
import type { Reader } from '../reader';
import { isTaskList } from '../task-body';
import { hasVisibleText, LINE_BLOCK_TAGS, tagOf } from '../text';

/** The checkbox leading an element's own content, if any (directly or wrapped in a label/span). */
function leadingCheckbox(el: Element): HTMLInputElement | null {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if (hasVisibleText(node.nodeValue ?? '')) return null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (tagOf(child) === 'INPUT') return child.getAttribute('type') === 'checkbox' ? (child as HTMLInputElement) : null;
    if (tagOf(child) === 'LABEL' || tagOf(child) === 'SPAN') {
      const first = child.querySelector('input');
      return first?.getAttribute('type') === 'checkbox' ? (first as HTMLInputElement) : null;
    }
    return null;
  }
  return null;
}

function isChecked(input: HTMLInputElement): boolean {
  return typeof input.checked === 'boolean' ? input.checked : input.hasAttribute('checked');
}

export const checklist: Reader = {
  name: 'checkbox',
  tags: LINE_BLOCK_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const found: Array<{ line: InlineLine; done: boolean }> = [];
    const checkbox = leadingCheckbox(el);
    if (checkbox) {
      found.push({ line: joinLines(readLines(el, { skip: (child) => isTaskList(child) || tagOf(child) === 'UL' || tagOf(child) === 'OL' })), done: isChecked(checkbox) });
    } else {
      for (const line of ownLinesOf(el, ctx)) {
        const check = leadingCheck(line.text);
        if (check) found.push({ line: sliceLine(line, line.text.length - check.rest.length, line.text.length), done: check.checked });
      }
    }
    if (!found.length) return;
    const meeting = meetingOf(el, ctx);
    const reference = referenceDate(meeting, ctx);
    for (const { line, done } of found) {
      const parts = composeTask(line, reference);
      if (!parts.text) continue;
      parts.assignees.forEach((p) => notePerson(p, ctx));
      ctx.tasks.push({ el, origin: 'checkbox', ...parts, status: done ? 'done' : 'open', topic: topicOf(el, ctx), meeting });
    }
    // Nested lists may hold more checklist items: let the walk enter them.
    return 'taken';
  },
};

// Fixtures: generic/checklists.html
