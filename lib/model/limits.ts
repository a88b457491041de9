// Bounds shared by the request schemas, the background and the views that let a person type within them.
// Plain constants: the content script imports them without pulling in zod.

/** The longest action text a person can write or a page can have stored (longer page text is cut). */
export const MAX_ACTION_TEXT = 2000;
/** The most actions one page has stored; a page showing more gets its first ones kept and a notice. */
export const MAX_ACTIONS_PER_PAGE = 1000;
/** The most pages one site may add to the store in a minute (a page rewriting its own address adds one per visit). */
export const MAX_NEW_PAGES_PER_MINUTE = 30;
/** What pages of one site may store in all, in bytes, estimated as the length of the records' JSON. */
export const MAX_SITE_BYTES = 200_000_000;
/** The longest action id: long parts of an address or a page's own ids are hashed to stay within it. */
export const MAX_ID_LENGTH = 500;
