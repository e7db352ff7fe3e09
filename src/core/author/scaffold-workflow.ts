/**
 * The GitHub Actions workflow `parcours init` writes: on a pull request, problems as annotations
 * on the changed lines and one comment saying what the change means for the customer, found
 * again by its marker and updated in place on each push; on main, the site built and published to
 * GitHub Pages. The content cache (node_modules/.cache/parcours, see the README) is kept between
 * runs with actions/cache, restored after `npm ci` (which empties node_modules). Checked with
 * actionlint by the tests.
 */
export const SCAFFOLD_WORKFLOW = `# Parcours: check the journey maps on every pull request, publish the site from main.
# Pull requests: problems inline on the changed lines (parcours validate), and one comment saying
# what the change means for the customer (parcours diff), updated in place on every push.
# Main: the site built and published to GitHub Pages (Settings > Pages > Source: GitHub Actions).
name: Parcours

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  review:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
        with:
          # The base branch and the whole history: diff reads origin/<base>.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 24
          cache: npm
      - run: npm ci
      - name: Keep the content cache between runs
        uses: actions/cache@v4
        with:
          path: node_modules/.cache/parcours
          key: parcours-\${{ runner.os }}-\${{ github.sha }}
          restore-keys: parcours-\${{ runner.os }}-
      - name: Validate (annotations on the changed lines)
        run: npx parcours validate --format github
      - name: Check the layout of the YAML files
        run: npx parcours fmt --check
      - name: What the change means for the customer
        # Also when validation failed: reviewers still want to see what changed.
        if: success() || failure()
        env:
          BASE_REF: \${{ github.base_ref }}
        run: |
          npx parcours diff "origin/$BASE_REF" HEAD --format github
          npx parcours diff "origin/$BASE_REF" HEAD --format markdown > "$RUNNER_TEMP/parcours-diff.md"
      - name: Post or update the pull-request comment
        if: success() || failure()
        uses: actions/github-script@v7
        with:
          script: |
            const fs = require('node:fs');
            const path = \`\${process.env.RUNNER_TEMP}/parcours-diff.md\`;
            if (!fs.existsSync(path)) return;
            const marker = '<!-- parcours-diff -->';
            // GitHub refuses comments over 65,536 characters.
            let body = fs.readFileSync(path, 'utf8');
            if (body.length > 60000) body = \`\${body.slice(0, 60000)}\\n\\n…cut here: run \\\`npx parcours diff origin/\${context.payload.pull_request.base.ref} HEAD\\\` for the rest.\\n\`;
            if (!body.startsWith(marker)) body = \`\${marker}\\n\${body}\`;
            const { owner, repo } = context.repo;
            const issue_number = context.issue.number;
            const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
            const previous = comments.find((comment) => comment.user?.type === 'Bot' && comment.body?.startsWith(marker));
            if (previous) await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
            else await github.rest.issues.createComment({ owner, repo, issue_number, body });

  publish:
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    concurrency:
      group: pages
      cancel-in-progress: false
    environment:
      name: github-pages
      url: \${{ steps.deploy.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
        with:
          # The history pages read every revision from Git; a shallow clone would cut them short.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 24
          cache: npm
      - run: npm ci
      - name: Keep the content cache between runs
        uses: actions/cache@v4
        with:
          path: node_modules/.cache/parcours
          key: parcours-\${{ runner.os }}-\${{ github.sha }}
          restore-keys: parcours-\${{ runner.os }}-
      - run: npx parcours build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist
      - id: deploy
        uses: actions/deploy-pages@v4
`;
