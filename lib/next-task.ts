// Yields to the event loop: long reads done in slices await it between slices, so the page or the worker can
// draw and answer messages meanwhile.
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
