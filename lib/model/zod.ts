// zod for every schema: the mini API, whose functions tree-shake (the classic one's methods keep its JSON Schema
// support in the bundles), with the English issue messages classic loads by itself and mini does not.
import { z } from 'zod/mini';

z.config(z.locales.en());

export { z };
