import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { wikiActions } from '../../lib/actions/wiki-actions';
import { Action } from '../../lib/model/action';
import { loadFixture } from '../helpers/load-fixture';

describe('wikiActions', () => {
  it('gives each of the seed page’s tasks as a valid action: the wiki’s fields, the page’s series, nobody’s, not gone', () => {
    const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    const actions = wikiActions(extraction);
    expect(actions).toHaveLength(16);
    actions.forEach((action, i) => {
      const task = extraction.tasks[i]!;
      expect(Action.parse(action)).toEqual(action);
      expect(action).toMatchObject({
        id: task.id,
        text: task.text,
        due: task.due,
        status: task.status,
        mine: false,
        gone: false,
      });
      expect(action.series).toBe(extraction.page.series);
      expect(action.topic).toBe(task.topic);
      expect('taskId' in action).toBe(false);
    });
  });
});
