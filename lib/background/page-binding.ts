// Whether a page that says it is page `id` of its site is that page. A page names its own id (a meta tag,
// its task lists' content ids), and another page of the same site can write the same markup: believed, that
// page would be the one to say which of the real page's tasks are gone. So an id is bound to the address it
// was first read at; an address that names the id itself (`?pageId=123`, `/pages/123/`) needs no binding.
import type { PageTasks } from '../model/extraction';
import type { StoredPage } from '../model/stored-task';
import { namesPageId } from '../sites/page-scope';
import { withoutFragment } from '../store/keys';

/**
 * A page read at `url` that claims page `id` (stored as `stored`, if it was read before) is that page: the id
 * is new, `url` is the address it was read at, `url` names the id, or the id was only read where the address
 * named it so far (the first other address binds it).
 */
export function isBoundTo(url: string, id: string, stored: StoredPage | undefined): boolean {
  return (
    !stored ||
    withoutFragment(stored.url) === withoutFragment(url) ||
    namesPageId(url, id) ||
    namesPageId(stored.url, id)
  );
}

/**
 * The extraction as a page that is not the page it claims may have it stored: keyed by its own address, and
 * the tasks it says were agreed on that page agreed on this one (so they cannot be passed off as that page's).
 */
export function atOwnAddress(extraction: PageTasks, url: string): PageTasks {
  const { id, ...page } = extraction.page;
  const here = { title: page.title, url: withoutFragment(url) };
  return {
    ...extraction,
    page,
    tasks: extraction.tasks.map((task) =>
      id !== undefined && task.sourcePage.id === id ? { ...task, sourcePage: here } : task,
    ),
  };
}
