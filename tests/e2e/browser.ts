import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** The Chromium started by the global setup, shared by every test file. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and error responses, as they happen. */
  problems: string[];
  /** Dialogs (alert, confirm, prompt) the page opened: a script of the content would. */
  dialogs: string[];
}

/** A new page in its own context that records everything that can go wrong while it is used. */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading (lazy images): not a failure of the site.
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()} (from ${page.url()})`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems, dialogs };
}
