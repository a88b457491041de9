// What "Yes, that's me" would save, said in full to the person asked (the overlay's panel and the popup ask).
import type { Person } from '../model/page';

/** Everything "Yes" saves about the reader, as the question shows it: "name Frossie Economou · username frossie". */
export function identityDetails(viewer: Person): string {
  const parts = [`name ${viewer.name}`];
  if (viewer.username) parts.push(`username ${viewer.username}`);
  if (viewer.accountId) parts.push(`account id ${viewer.accountId}`);
  if (viewer.userKey) parts.push(`user key ${viewer.userKey}`);
  return parts.join(' · ');
}
