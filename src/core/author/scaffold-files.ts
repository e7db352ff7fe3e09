import type { Lang } from '../model/resolve-config.ts';

/** Where `npm install -D parcours` puts the schemas, from the repository's root. */
export const INSTALLED_SCHEMAS = 'node_modules/parcours/schema';

/** The npm scripts `parcours init` adds to package.json (an existing script of the same name is kept). */
export const SCAFFOLD_SCRIPTS: Readonly<Record<string, string>> = {
  validate: 'parcours validate',
  build: 'parcours build',
  dev: 'parcours dev',
  diff: 'parcours diff HEAD',
};

/** Lines `parcours init` makes sure .gitignore has: the built site (the content cache is under node_modules). */
export const GITIGNORE_LINES = ['node_modules/', 'dist/'];

/** The starter ids in each language: a persona and a journey that names it. */
export const STARTER_IDS: Record<Lang, { persona: string; journey: string }> = {
  fr: { persona: 'cliente-connectee', journey: 'premier-parcours' },
  en: { persona: 'connected-customer', journey: 'first-journey' },
};

export function scaffoldConfig(lang: Lang, title: string): string {
  return [
    `# yaml-language-server: $schema=./${INSTALLED_SCHEMAS}/config.schema.json`,
    lang === 'fr'
      ? "# Réglages du site : voir les descriptions dans le schéma (survol dans l'éditeur)."
      : '# Site settings: see the descriptions in the schema (hover in the editor).',
    `title: ${JSON.stringify(title)}`,
    `lang: ${lang}`,
    '',
  ].join('\n');
}

export function scaffoldVscodeSettings(): string {
  return `${JSON.stringify(
    {
      'yaml.schemas': {
        [`./${INSTALLED_SCHEMAS}/journey.schema.json`]: ['journeys/*.yaml'],
        [`./${INSTALLED_SCHEMAS}/persona.schema.json`]: ['personas/*.yaml'],
        [`./${INSTALLED_SCHEMAS}/config.schema.json`]: ['parcours.config.yaml'],
      },
    },
    null,
    2,
  )}\n`;
}

export function scaffoldVscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

/** A pre-commit example (https://pre-commit.com): validate and check the layout before each commit. */
export function scaffoldPreCommit(): string {
  return `# Before each commit, with pre-commit (https://pre-commit.com): pre-commit install
repos:
  - repo: local
    hooks:
      - id: parcours-validate
        name: parcours validate
        entry: npx parcours validate
        language: system
        pass_filenames: false
        files: ^(journeys/|personas/|data/|parcours\\.config\\.ya?ml$)
      - id: parcours-fmt
        name: parcours fmt --check
        entry: npx parcours fmt --check
        language: system
        files: ^(journeys|personas)/.*\\.ya?ml$|^parcours\\.config\\.ya?ml$
`;
}

const README: Record<Lang, (ids: { persona: string; journey: string }) => string> = {
  fr: ({ persona, journey }) => `# Nos parcours clients

Les parcours clients de l'équipe, en YAML, vérifiés et publiés par [Parcours](https://www.npmjs.com/package/parcours).

| où | quoi |
| --- | --- |
| \`journeys/*.yaml\` | un parcours par fichier (commencez par \`journeys/${journey}.yaml\`) |
| \`personas/*.yaml\` | un persona par fichier (\`personas/${persona}.yaml\`) |
| \`parcours.config.yaml\` | titre, langue, canaux et coûts, échelle d'émotion, niveau de chaque règle (\`rules:\`) |
| \`data/*.csv\` | mesures par étape et par période (facultatif) |

## Au quotidien

\`\`\`sh
npm install              # une fois : installe Parcours (Node 22.12 ou plus récent)
npm run dev              # le site sur http://127.0.0.1, rechargé à chaque modification
npm run validate         # les problèmes avec fichier:ligne:colonne
npx parcours new journey mon-parcours   # un nouveau parcours commenté
npm run diff             # ce que vos modifications changent pour le client
\`\`\`

Dans VS Code, installez l'extension YAML proposée : complétion, aide et erreurs dans l'éditeur.
Chaque pull request est vérifiée (\`.github/workflows/parcours.yml\`) : problèmes sur les lignes
modifiées et un commentaire qui dit ce que le changement signifie pour le client ; \`main\` publie
le site sur GitHub Pages (Settings > Pages > Source : GitHub Actions).

Si la machine a un Node plus ancien que 22.12 : \`npm install -D node@24\` met un Node 24 dans
\`node_modules/.bin\`, que \`npm run\` et \`npx\` utilisent.
`,
  en: ({ persona, journey }) => `# Our customer journeys

The team's customer journey maps, as YAML, checked and published by [Parcours](https://www.npmjs.com/package/parcours).

| where | what |
| --- | --- |
| \`journeys/*.yaml\` | one journey a file (start with \`journeys/${journey}.yaml\`) |
| \`personas/*.yaml\` | one persona a file (\`personas/${persona}.yaml\`) |
| \`parcours.config.yaml\` | title, language, channels and costs, emotion scale, the level of each rule (\`rules:\`) |
| \`data/*.csv\` | measured figures per step and period (optional) |

## Every day

\`\`\`sh
npm install              # once: installs Parcours (Node 22.12 or later)
npm run dev              # the site on http://127.0.0.1, reloaded on every change
npm run validate         # problems with file:line:column
npx parcours new journey my-journey   # a new commented journey
npm run diff             # what your changes mean for the customer
\`\`\`

In VS Code, install the recommended YAML extension: completion, help and errors in the editor.
Every pull request is checked (\`.github/workflows/parcours.yml\`): problems on the changed lines
and one comment saying what the change means for the customer; \`main\` publishes the site to
GitHub Pages (Settings > Pages > Source: GitHub Actions).

Where the machine has a Node older than 22.12: \`npm install -D node@24\` puts a Node 24 in
\`node_modules/.bin\`, which \`npm run\` and \`npx\` use.
`,
};

export function scaffoldReadme(lang: Lang): string {
  return README[lang](STARTER_IDS[lang]);
}
