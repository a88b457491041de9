// Which wiki a task belongs to: the host its identities and site-scoped index keys are matched by.
import { describe, expect, it } from 'vitest';
import type { PageRef } from '../../lib/model/page';
import { siteOf, siteOfTask } from '../../lib/sites/site-of';
import { mergeSighting } from '../../lib/store/merge';
import { makeTask, minute, PAGE_A } from '../helpers/open-test-db';

describe('siteOf', () => {
  it('is the host (with its port) of the first argument that is an address', () => {
    expect(siteOf(undefined, 'not an address', 'http://127.0.0.1:8080/x', 'https://wiki.example.org/y')).toBe(
      '127.0.0.1:8080',
    );
    expect(siteOf('https://Wiki.Example.org/display/DM')).toBe('wiki.example.org');
  });

  it('gives the same answer however often it is asked', () => {
    const asked = Array.from({ length: 3 }, () => siteOf('not an address', 'https://wiki.example.org/a'));
    expect(asked).toEqual(['wiki.example.org', 'wiki.example.org', 'wiki.example.org']);
    expect(siteOf('not an address')).toBeUndefined();
    expect(siteOf('not an address')).toBeUndefined();
  });

  it('is undefined when no argument is an address', () => {
    expect(siteOf()).toBeUndefined();
    expect(siteOf(undefined, '', '/relative/path')).toBeUndefined();
  });
});

describe('siteOfTask', () => {
  const reported = (sourcePage: PageRef) =>
    mergeSighting(undefined, makeTask(1, { sourcePage }), {
      location: { url: 'https://reports.example.org/my-tasks', title: 'My tasks' },
      now: minute(0).toISOString(),
    });

  it('is the source page’s host, else that of the first page the task was seen on', () => {
    expect(siteOfTask(reported(PAGE_A))).toBe('wiki.example.org');
    expect(siteOfTask(reported({ title: PAGE_A.title }))).toBe('reports.example.org');
  });
});
