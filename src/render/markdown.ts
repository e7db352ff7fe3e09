import MarkdownIt from 'markdown-it';
import { contentHref } from './content-href.ts';

type Renderer = ReturnType<typeof MarkdownIt>;

const renderers = new Map<string, Renderer>();

/**
 * Renders a Markdown field of the content to HTML with raw HTML off (tags come out as text) and
 * every link and image source checked: an unsafe link stays as its literal Markdown text, a
 * project path is resolved against `base`. Headings start at `<h3>` so they sit under the page's own.
 */
export function renderMarkdown(text: string, base: string): string {
  let md = renderers.get(base);
  if (!md) {
    md = createRenderer(base);
    renderers.set(base, md);
  }
  return md.render(text);
}

function createRenderer(base: string): Renderer {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // markdown-it decodes entities and normalises the URL before this check, so disguised schemes are caught too.
  md.validateLink = (url) => contentHref(url, base) !== undefined;
  md.normalizeLink = ((normalize) => (url: string) => {
    const resolved = contentHref(url, base);
    return normalize(resolved ?? url);
  })(md.normalizeLink.bind(md));
  md.core.ruler.push('shift-headings', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    }
  });
  return md;
}
