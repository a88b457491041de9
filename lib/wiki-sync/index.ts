// Syncing with a Confluence wiki, whichever its kind: writing one task's status, pulling the reader's open tasks.
import { pullCloudTasks, writeCloudStatus } from './confluence-cloud';
import { pullServerTasks, writeServerStatus } from './confluence-server';
import type { PullResult, WriteResult, WriteTarget } from './outcome';
import type { Requester, WikiSite } from './wiki';

export function writeStatus(site: WikiSite, target: WriteTarget, request: Requester): Promise<WriteResult> {
  return site.kind === 'confluence-cloud'
    ? writeCloudStatus(site, target, request)
    : writeServerStatus(site, target, request);
}

export function pullMyTasks(site: WikiSite, request: Requester): Promise<PullResult> {
  return site.kind === 'confluence-cloud' ? pullCloudTasks(site, request) : pullServerTasks(site, request);
}

export type { PullResult, WriteResult, WriteTarget, MatchPath } from './outcome';
export type { ConfluenceKind, Requester, WikiRequest, WikiResponse, WikiSite } from './wiki';
export { describeExchange, isWikiRequestUrl } from './wiki';
export { describeProblem } from './problems';
