// The floor of `npm run bench:build` and `bench:history`: a bare Astro project with the same pages
// as the Parcours site, each carrying the same plain text in paragraphs and nothing else (no
// layout, no model, no SVG), built by the same installed Astro with its default settings; the
// pages Parcours marks for search are marked the same way, for the fair floor's Pagefind run.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface FloorPage {
  /** Route, such as "journeys/journey-3/" ("" for the home page). */
  route: string;
  paragraphs: string[];
  /** Whether the Parcours page marks its body for search (data-pagefind-body): the floor page marks its own. */
  marked?: boolean;
}

const PAGE = `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.FLOOR_DATA, 'utf8'));
  return pages.map((page) => ({ params: { slug: page.route.replace(/\\/$/, '') || undefined }, props: { page } }));
}
const { page } = Astro.props;
---
<html lang="fr"><head><meta charset="utf-8"><title>{page.paragraphs[0]}</title></head>
<body><main {...(page.marked ? { 'data-pagefind-body': '' } : {})}>{page.paragraphs.map((text) => <p>{text}</p>)}</main></body></html>
`;

/** Writes the floor project into `dir`; returns the path of its data file, for FLOOR_DATA. */
export async function writeFloorSite(dir: string, pages: readonly FloorPage[], nodeModules: string): Promise<string> {
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await symlink(relative(dir, nodeModules), join(dir, 'node_modules'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(join(dir, 'src', 'pages', '[...slug].astro'), PAGE);
  const data = join(dir, 'pages.json');
  await writeFile(data, JSON.stringify(pages));
  return data;
}

/** The text of a built page, as the paragraphs a reader sees: no markup, scripts or styles. */
export async function pageText(file: string): Promise<string[]> {
  const html = await readFile(file, 'utf8');
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<[^>]+>/g, '\n')
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' })[entity] ?? entity,
    )
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
