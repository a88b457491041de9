// Learning who the user is from the viewer a wiki page names: whether to ask "Are you X on site?", and
// what accepting or declining changes in the settings. Pure: settings in, new settings out; nothing stored here.
import type { Identity } from '../model/identity';
import type { Person } from '../model/page';
import { foldName } from '../people/names';
import { personMatchesIdentity } from '../people/is-mine';
import type { Settings } from '../model/settings';

export interface IdentityQuestion {
  /** The wiki's host, as the identity will record it. */
  site: string;
  viewer: Person;
}

const sameSite = (identity: Identity, site: string): boolean => identity.site?.toLowerCase() === site.toLowerCase();

/**
 * The key a "not me" answer is remembered by: the site and the viewer's most stable id (username, account
 * id, user key), else the folded name.
 */
export function viewerKey(site: string, viewer: Person): string {
  return `${site.toLowerCase()}|${viewer.username?.toLowerCase() ?? viewer.accountId ?? viewer.userKey ?? foldName(viewer.name)}`;
}

/**
 * The question to ask about the page's viewer, or undefined when it needs no asking: an identity that holds
 * on `site` (one for that site, or one for every site) already matches the viewer, or the user said "not me".
 */
export function identityQuestionFor(
  site: string,
  viewer: Person,
  settings: Pick<Settings, 'identities' | 'declinedViewers'>,
): IdentityQuestion | undefined {
  if (settings.declinedViewers.includes(viewerKey(site, viewer))) return undefined;
  const here = settings.identities.filter((identity) => identity.site === undefined || sameSite(identity, site));
  return here.some((identity) => personMatchesIdentity(viewer, identity)) ? undefined : { site, viewer };
}

/** `values` plus `value` when it is given and not there yet (`same` decides what "there" means). */
function withValue(values: string[], value: string | undefined, same = (a: string, b: string) => a === b): string[] {
  return value === undefined || values.some((v) => same(v, value)) ? values : [...values, value];
}

/**
 * The user said yes: the viewer's name and ids join the identity for `site` (made when there is none), and
 * any earlier "not me" for this viewer is forgotten.
 */
export function acceptIdentity(settings: Settings, site: string, viewer: Person): Settings {
  const host = site.toLowerCase();
  const existing = settings.identities.find((identity) => sameSite(identity, host));
  const base: Identity = existing ?? {
    site: host,
    names: [],
    aliases: [],
    usernames: [],
    accountIds: [],
    userKeys: [],
  };
  const merged: Identity = {
    ...base,
    names: withValue(base.names, viewer.name, (a, b) => foldName(a) === foldName(b)),
    usernames: withValue(base.usernames, viewer.username, (a, b) => a.toLowerCase() === b.toLowerCase()),
    accountIds: withValue(base.accountIds, viewer.accountId),
    userKeys: withValue(base.userKeys, viewer.userKey),
  };
  const key = viewerKey(host, viewer);
  return {
    ...settings,
    identities: existing
      ? settings.identities.map((identity) => (identity === existing ? merged : identity))
      : [...settings.identities, merged],
    declinedViewers: settings.declinedViewers.filter((declined) => declined !== key),
  };
}

/** The user said "not me": this viewer on this site is never asked about again. */
export function declineIdentity(settings: Settings, site: string, viewer: Person): Settings {
  return { ...settings, declinedViewers: withValue(settings.declinedViewers, viewerKey(site, viewer)) };
}
