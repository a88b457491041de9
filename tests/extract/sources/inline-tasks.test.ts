import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/extract';
import { fixtureText } from '../../helpers/load-fixture';
import { documentsFromText } from '../../../lib/cli/inputs';

const URL_2222 = 'https://example.atlassian.net/wiki/spaces/PLAT/pages/2222/Platform+weekly+2025-07-08';

function cloudPage(): Document {
  const read = documentsFromText(fixtureText('confluence-cloud/nested-tasks-no-title.html'), 'cloud', URL_2222);
  if (!read.ok) throw new Error(read.error);
  return read.documents[0]!.doc;
}

describe('Confluence Cloud task items', () => {
  it('take a live page’s state from the checkbox’s checked property, not the attribute it was rendered with', () => {
    const doc = cloudPage();
    const box = (id: string) => doc.querySelector(`[data-task-local-id="${id}"] input[type="checkbox"]`)!;
    // A reader ticks one box and unticks another after the page rendered: only the properties change.
    Object.defineProperty(box('a1000000-0000-4000-8000-000000000001'), 'checked', { value: true });
    Object.defineProperty(box('b2000000-0000-4000-8000-000000000002'), 'checked', { value: false });
    const status = new Map(scanPage(doc, { url: URL_2222 }).extraction.tasks.map((t) => [t.taskId, t.status]));
    expect(status.get('a1000000-0000-4000-8000-000000000001')).toBe('done');
    expect(status.get('b2000000-0000-4000-8000-000000000002')).toBe('open');
  });

  it('mark the item element, never the wrapper of a nested list', () => {
    const { elements, extraction } = scanPage(cloudPage(), { url: URL_2222 });
    const wrapper = 'b2000000-0000-4000-8000-00000000000a';
    expect(extraction.tasks.some((t) => t.taskId === wrapper)).toBe(false);
    for (const els of elements.values())
      for (const el of els) expect(el.getAttribute('data-task-local-id')).not.toBe(wrapper);
  });
});
