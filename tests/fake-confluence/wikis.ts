// The wikis the tests sync with: a Server/Data Center and a Cloud site, each with meeting pages the reader has
// opened and one they never have, tasks assigned to them and to a colleague, done and open. Names and ids invented.
import {
  startFakeConfluence,
  type FakeConfluence,
  type FakeConfluenceOptions,
  type FakePage,
  type FakeUser,
} from './server';

export const ANA: FakeUser = {
  username: 'alima',
  userKey: '8a7f8082000000000000000000000001',
  accountId: '5be2fd44aa0c1e4d8a7e0002',
  displayName: 'Ana Lima',
};
export const RAJ: FakeUser = {
  username: 'rmehta',
  userKey: '8a7f8082000000000000000000000002',
  accountId: '5be2fd44aa0c1e4d8a7e0003',
  displayName: 'Raj Mehta',
};

const EARLY = '2026-02-20T09:00:00.000Z';

export function serverPages(): FakePage[] {
  return [
    {
      id: '1001',
      title: 'Team sync 2026-03-02',
      space: 'TEAM',
      tasks: [
        {
          id: 1,
          globalId: 501,
          text: 'Send the minutes to the steering group',
          done: false,
          assignee: ANA,
          due: '2026-03-06',
          updatedAt: EARLY,
        },
        { id: 2, globalId: 502, text: 'Book the room for the review', done: false, assignee: RAJ, updatedAt: EARLY },
        { id: 3, globalId: 503, text: 'Update the risk register', done: true, assignee: ANA, updatedAt: EARLY },
      ],
    },
    {
      id: '1002',
      title: 'Team sync 2026-03-09',
      space: 'TEAM',
      readOnly: true,
      reportOf: ['1003'],
      tasks: [
        {
          id: 1,
          globalId: 511,
          text: 'Collect the budget figures',
          done: false,
          assignee: ANA,
          due: '2026-03-13',
          updatedAt: EARLY,
        },
      ],
    },
    {
      id: '1003',
      title: 'Planning 2026-02-23',
      space: 'TEAM',
      tasks: [
        {
          id: 4,
          globalId: 521,
          text: 'Draft the hiring plan',
          done: false,
          assignee: ANA,
          due: '2026-03-20',
          updatedAt: EARLY,
        },
        { id: 5, globalId: 522, text: 'Review the vendor contract', done: false, assignee: RAJ, updatedAt: EARLY },
      ],
    },
  ];
}

export function cloudPages(): FakePage[] {
  return [
    {
      id: '2001',
      title: 'Sprint review 2026-03-03',
      space: 'PLAT',
      tasks: [
        {
          id: 1,
          uuid: '3f0c2a61-8d4b-4f0e-9b1a-6c2d7e8f9a01',
          globalId: 9001,
          text: 'Update the release calendar',
          done: false,
          assignee: ANA,
          due: '2026-03-06',
          updatedAt: EARLY,
        },
        {
          id: 2,
          uuid: '7a9e1c44-2b3d-4c5e-8f60-718293a4b5c6',
          globalId: 9002,
          text: 'Rebalance the pager rota',
          done: false,
          assignee: RAJ,
          updatedAt: EARLY,
        },
      ],
    },
    {
      id: '2002',
      title: 'Sprint review 2026-02-17',
      space: 'PLAT',
      noUuids: true,
      tasks: [
        { id: 7, globalId: 9010, text: 'Archive the old dashboards', done: false, assignee: ANA, updatedAt: EARLY },
      ],
    },
    {
      id: '2003',
      title: 'Retro 2026-02-24',
      space: 'PLAT',
      storageWithoutUuids: true,
      tasks: [
        {
          id: 3,
          uuid: 'c4d5e6f7-0000-4a1b-8c2d-000000000003',
          globalId: 9020,
          text: 'Write the incident summary',
          done: false,
          assignee: ANA,
          due: '2026-03-02',
          updatedAt: EARLY,
        },
        {
          id: 4,
          uuid: 'c4d5e6f7-0000-4a1b-8c2d-000000000004',
          globalId: 9021,
          text: 'Fix the flaky deploy job',
          done: false,
          assignee: RAJ,
          updatedAt: EARLY,
        },
      ],
    },
    {
      id: '2004',
      title: 'Planning 2026-02-10',
      space: 'PLAT',
      readOnly: true,
      tasks: [
        {
          id: 1,
          uuid: 'd1e2f3a4-0000-4b5c-9d6e-000000000001',
          globalId: 9030,
          text: 'Price the new monitoring plan',
          done: false,
          assignee: ANA,
          due: '2026-03-27',
          updatedAt: EARLY,
        },
        {
          id: 2,
          uuid: 'd1e2f3a4-0000-4b5c-9d6e-000000000002',
          globalId: 9031,
          text: 'Close the Q4 budget',
          done: true,
          assignee: ANA,
          updatedAt: EARLY,
        },
      ],
    },
  ];
}

export function startServerWiki(options: Partial<FakeConfluenceOptions> = {}): Promise<FakeConfluence> {
  return startFakeConfluence({ kind: 'server', pages: serverPages(), me: ANA, ...options });
}

export function startCloudWiki(options: Partial<FakeConfluenceOptions> = {}): Promise<FakeConfluence> {
  return startFakeConfluence({ kind: 'cloud', pages: cloudPages(), me: ANA, maxLimit: 2, ...options });
}
