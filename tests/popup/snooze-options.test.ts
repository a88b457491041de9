import { describe, expect, it } from 'vitest';
import { snoozeOptions } from '../../lib/popup/snooze-options';

describe('snoozeOptions', () => {
  it.each([
    ['2026-03-04', '2026-03-05', '2026-03-11'],
    ['2026-02-28', '2026-03-01', '2026-03-07'],
    ['2024-12-31', '2025-01-01', '2025-01-07'],
  ])('from %s offers tomorrow (%s) and a week later (%s)', (today, tomorrow, week) => {
    expect(snoozeOptions(today)).toEqual([
      { label: 'Tomorrow', until: tomorrow },
      { label: 'Next week', until: week },
    ]);
  });
});
