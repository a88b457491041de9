// Bounds shared by the request schemas and the views that let a person type within them. Plain constants:
// the content script imports them without pulling in zod.

/** The longest action text a person can write or a request can carry. */
export const MAX_ACTION_TEXT = 2000;
