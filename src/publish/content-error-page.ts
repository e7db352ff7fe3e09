import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { CheckResult } from '../core/index.ts';
import { catalogue, describeProblem, TERMINAL_NAMING } from '../core/messages/index.ts';
import { countBySeverity, type Problem } from '../core/problem.ts';
import { codeFrame } from '../core/report/code-frame.ts';
import type { LiveContent } from './live-content.ts';

/**
 * A Vite plugin for `parcours dev`: while the content has errors, a page asked for by the browser
 * is Parcours's own error page instead of Astro's "ContentError: An error occurred": the errors
 * first, each at its place with its code frame and hint, the warnings folded below, in the site's
 * language. Astro never renders the page, so it logs nothing: the terminal has the report
 * `parcours dev` prints after each check, once. The page loads Vite's client, so it reloads when
 * a file is saved, as the site's pages do.
 */
export function contentErrorPage(content: LiveContent): Plugin {
  return {
    name: 'parcours:content-error-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
        if (!wantsPage || /^\/(@|_astro\/|node_modules\/)/.test(request.url ?? '')) return next();
        content.latest().then(
          (checked) => {
            if (countBySeverity(checked.problems).errors === 0) return next();
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(
              contentErrorHtml(checked, { root: content.root, cwd: process.cwd(), client: `${server.config.base}@vite/client` }),
            );
          },
          () => next(),
        );
      });
    },
  };
}

export interface ErrorPageOptions {
  root: string;
  /** Paths are shown relative to it, as the terminal shows them. */
  cwd: string;
  /** Vite's client script, which reloads the page when the content changes; none in tests. */
  client?: string;
}

/** The error page of a check with errors: a whole HTML document in the content's language. */
export function contentErrorHtml(checked: CheckResult, options: ErrorPageOptions): string {
  const { lang } = checked.project.config;
  const language = catalogue(lang);
  const words = language.reports;
  const errors = checked.problems.filter((problem) => problem.severity === 'error');
  const warnings = checked.problems.filter((problem) => problem.severity === 'warning');
  const item = (problem: Problem) => {
    const { message, hint } = describeProblem(problem.code, problem.params, language, TERMINAL_NAMING);
    const place = `${relative(options.cwd, resolve(options.root, problem.file))}:${problem.line}:${problem.column}`;
    const text = checked.files.get(problem.file)?.source.text;
    const frame =
      text === undefined
        ? ''
        : `<pre>${escapeHtml(codeFrame(text, problem.line, problem.column, problem.endLine, problem.endColumn))}</pre>`;
    return `<li class="${problem.severity}"><p class="place"><code>${escapeHtml(place)}</code> <span class="code">${escapeHtml(problem.code)}</span></p>
<p class="message">${inline(problem.params ? message : problem.message)}</p>
<p class="hint"><strong>${escapeHtml(words.hint)}</strong> ${inline(problem.params ? hint : (problem.hint ?? ''))}</p>
${frame}</li>`;
  };
  const files = new Set(errors.map((problem) => problem.file)).size;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(words.overlay.title)}</title>
<style>${STYLE}</style>
${options.client ? `<script type="module" src="${escapeHtml(options.client)}"></script>` : ''}
</head>
<body>
<main>
<h1>${escapeHtml(words.overlay.title)}</h1>
<p class="intro">${escapeHtml(words.overlay.intro(errors.length, files))}</p>
<ol class="problems errors">
${errors.map(item).join('\n')}
</ol>
${warnings.length > 0 ? `<details><summary>${escapeHtml(words.overlay.warnings(warnings.length))}</summary>\n<ol class="problems warnings">\n${warnings.map(item).join('\n')}\n</ol>\n</details>` : ''}
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A message as HTML: escaped, and what the catalogue puts in backquotes (ids, keys, commands) as code. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const STYLE = `
:root { color-scheme: light; --red: #b3261e; --amber: #8a5300; --ink: #1b1b1f; --muted: #5b5b66; --line: #d8d8e0; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fbfbfd; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; color: var(--red); }
.intro { margin: 0 0 1.5rem; color: var(--muted); }
ol.problems { list-style: none; margin: 0; padding: 0; }
ol.problems > li { margin: 0 0 1.25rem; padding: .75rem 1rem; background: #fff; border: 1px solid var(--line); border-left: .35rem solid var(--red); border-radius: .25rem; }
ol.warnings > li { border-left-color: var(--amber); }
.place { margin: 0; font-size: .9rem; }
.place .code { color: var(--muted); margin-left: .5rem; }
.message { margin: .35rem 0; font-weight: 600; }
.hint { margin: .35rem 0; }
code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f0f0f5; padding: 0 .2em; border-radius: .2em; }
pre { margin: .5rem 0 0; padding: .6rem .75rem; overflow-x: auto; background: #f4f4f8; border-radius: .25rem; font: .85rem/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
details { margin-top: 2rem; }
summary { cursor: pointer; font-weight: 600; color: var(--amber); }
summary:focus-visible, a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
details ol { margin-top: 1rem; }
`;
