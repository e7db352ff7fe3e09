import { describe, expect, it } from 'vitest';
import { checkSources } from '../core/index.ts';
import { contentErrorHtml } from './content-error-page.ts';

const journey = (state: string) => ({
  path: 'journeys/achat.yaml',
  kind: 'journey' as const,
  text: `id: achat\ntitle: Acheter\nstate: ${state}\nstages:\n  - id: choix\n    name: Choix\n    steps:\n      - id: paie\n        name: Paie\n`,
});
// A valid journey beside it, with warnings (no touchpoint, no owner...).
const other = { ...journey('current'), path: 'journeys/livre.yaml', text: journey('current').text.replace('id: achat', 'id: livre') };
const config = (lang: string) => ({ path: 'parcours.config.yaml', kind: 'config' as const, text: `lang: ${lang}\n` });

describe("parcours dev's error page", () => {
  it('lists the errors first with their place, code frame and hint, and folds the warnings below, in the content language', () => {
    const checked = checkSources([config('fr'), journey('curent'), other], { now: new Date('2026-11-01') });
    const html = contentErrorHtml(checked, { root: '/content', cwd: '/content' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Le contenu a des erreurs</h1>');
    const errors = html.slice(html.indexOf('<ol class="problems errors">'), html.indexOf('<details>'));
    expect(errors).toContain('<code>journeys/achat.yaml:3:8</code> <span class="code">invalid-value</span>');
    expect(errors).toContain('<strong>conseil :</strong> Vouliez-vous dire <code>current</code>');
    expect(errors).toMatch(/<pre>[\s\S]*&gt; 3 \| state: curent\n[\s\S]*\^\^\^\^\^\^[\s\S]*<\/pre>/);
    expect(errors).not.toContain('class="warning"');
    // Warnings come after every error, folded.
    const warnings = html.slice(html.indexOf('<details>'));
    expect(warnings).toMatch(/^<details><summary>\d+ avertissements?<\/summary>/);
    expect(warnings).toContain('step-without-touchpoints');
    expect(warnings).not.toContain('class="error"');
  });

  it('speaks English for an English site and escapes the content', () => {
    const checked = checkSources([config('en'), journey('"<b>x</b>"')], { now: new Date('2026-11-01') });
    const html = contentErrorHtml(checked, { root: '/content', cwd: '/', client: '/@vite/client' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>The content has errors</h1>');
    expect(html).toContain('<code>content/journeys/achat.yaml:3:8</code>');
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
