// The search step of the fair floor: Pagefind over the floor site's built pages, through its Node
// API as `npx pagefind --site dist` would (every page read; the marked ones indexed).
import { close, createIndex } from 'pagefind';

const site = process.argv[2]!;
const { index, errors } = await createIndex();
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
console.log(JSON.stringify({ pages: added.page_count }));
await close();
