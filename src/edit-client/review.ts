import type { Review } from './api.ts';
import { element } from './dom.ts';
import type { Editor } from './editor.ts';

/**
 * The review panel: the working tree against HEAD, with the sentences of `parcours diff` (what the
 * changes change for the customer), the files changed and the commands that commit them.
 * Parcours never commits for the author.
 */
export async function renderReview(editor: Editor, panel: HTMLElement): Promise<void> {
  const { t } = editor;
  const review = await editor.api.review();
  panel.replaceChildren();
  const title = element('h2', { id: 'edit-review-title' });
  title.textContent = t.reviewTitle;
  panel.append(title);
  if (!review.ok) {
    const problem = element('p');
    problem.textContent = t.failed(review.message);
    panel.append(problem);
    return;
  }
  if (review.files.length === 0) {
    const clean = element('p');
    clean.textContent = review.repository === false ? t.noRepository : t.reviewClean;
    panel.append(clean);
    return;
  }
  const filesTitle = element('h3');
  filesTitle.textContent = t.reviewFiles;
  const files = element('ul', { class: 'edit-review-files' });
  for (const file of review.files) {
    const item = element('li');
    const code = element('code');
    code.textContent = file.path;
    item.append(code, ` (${t.fileStatus[file.status] ?? file.status})`);
    files.append(item);
  }
  panel.append(filesTitle, files);
  if (review.changes.length > 0) {
    const changesTitle = element('h3');
    changesTitle.textContent = t.reviewChanges;
    panel.append(changesTitle);
    const byFile = new Map<string, Review['changes']>();
    for (const change of review.changes) byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);
    for (const [file, changes] of byFile) {
      const heading = element('p', { class: 'edit-review-file' });
      const code = element('code');
      code.textContent = file;
      heading.append(code);
      const list = element('ul');
      for (const change of changes) {
        const item = element('li', { 'data-level': change.level, 'data-kind': change.kind });
        item.textContent = change.sentence;
        list.append(item);
      }
      panel.append(heading, list);
    }
  }
  const commitTitle = element('h3');
  commitTitle.textContent = t.reviewCommit;
  const note = element('p');
  note.textContent = t.reviewNote;
  const commands = element('pre');
  const code = element('code');
  code.textContent = review.commit.join('\n');
  commands.append(code);
  panel.append(commitTitle, note, commands);
}
