import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../lib/actions/action-of';
import { firstScreenOf } from '../../lib/popup/first-screen';
import { readFirstScreen } from '../../lib/platform/read-first-screen';
import { listTasks } from '../../lib/store/tasks';
import { IDENTITIES, seededStore } from '../helpers/first-screen-store';

describe('readFirstScreen', () => {
  it.each([
    ['mine', '2026-03-04', 3],
    ['everyone', '2026-03-04', 3],
    ['mine', '2026-03-10', 5],
    ['everyone', '2026-03-25', 4],
    ['mine', '2026-01-01', 2],
  ] as const)(
    'reads from indexes what the full list shows first (%s, %s, %i rows a group)',
    async (scope, today, rows) => {
      const db = await seededStore();
      const all = actionsOf((await listTasks(db)).tasks, IDENTITIES);
      const expected = firstScreenOf(all, today, scope, rows);
      expect(Object.values(expected).some((head) => head.count > rows)).toBe(true);
      expect(await readFirstScreen(db, today, scope, IDENTITIES, rows)).toEqual(expected);
    },
  );

  it('finds nothing that is mine while no identity is known, except what the user claimed', async () => {
    const db = await seededStore();
    const screen = await readFirstScreen(db, '2026-03-04', 'mine', []);
    const claimed = Object.values(screen).flatMap((head) => head.actions.map((action) => action.id));
    expect(claimed.sort()).toEqual(['other.example.net:300:9', 'wiki.example.org:100:3']);
  });
});
