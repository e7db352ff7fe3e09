import { describe, expect, it } from 'vitest';
import { mediaView } from './media-kind.ts';

describe('mediaView', () => {
  it('shows files a browser can show, by kind and extension', () => {
    expect(mediaView('image', 'images/capture.png')).toBe('image');
    expect(mediaView('image', 'https://example.com/a.JPG?size=2')).toBe('image');
    expect(mediaView('audio', 'media/appel.wav')).toBe('audio');
    expect(mediaView('video', 'media/visite.webm#t=10')).toBe('video');
  });

  it('keeps pages, documents and mismatched kinds as links', () => {
    expect(mediaView('video', 'https://www.example.com/webinaires/replay')).toBe('link');
    expect(mediaView('audio', 'media/visite.mp4')).toBe('link');
    expect(mediaView('document', 'docs/a.pdf')).toBe('link');
    expect(mediaView(undefined, 'images/capture.png')).toBe('link');
  });
});
