/**
 * The images of a story's folder, served with the site at /<story>/media/<path> (the folder's
 * media/<path>): only those its events show, each with its content type, read at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MediaView } from '../story/page-data.ts';
import type { Media, Story } from '../story/types.ts';
import { imageSize, type ImageSize } from './image-size.ts';
import { findStory, loadStories, storyRoots } from './stories.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif'
};

/** The story's images, as the folder names them ("media/photo.jpg"), each once. */
const storyImages = (story: Story) =>
  new Set(
    story.events.flatMap((event) => event.media.flatMap((m) => ('file' in m ? [m.file] : [])))
  );

/** Every image every story shows: the media endpoint's pages. */
export const mediaEntries = () =>
  loadStories().flatMap((story) =>
    [...storyImages(story)].map((file) => ({
      story: story.id,
      path: file.slice('media/'.length)
    }))
  );

/** The folder a story was read from (its id is its folder's name). */
function storyFolder(storyId: string): string | undefined {
  return storyRoots()
    .map((root) => path.join(root, storyId))
    .find((dir) => existsSync(path.join(dir, 'story.json')));
}

/** An image the story shows, with its content type; undefined for any other path. */
export function readMedia(
  storyId: string,
  mediaPath: string
): { bytes: Uint8Array; type: string } | undefined {
  const story = findStory(storyId);
  const file = `media/${mediaPath}`;
  if (!story || !storyImages(story).has(file)) return undefined;
  const dir = storyFolder(storyId);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
  if (!dir || !type) return undefined;
  return { bytes: new Uint8Array(readFileSync(path.join(dir, file))), type };
}

const sizes = new Map<string, ImageSize | undefined>();

/** The panel's media (`views`, made from `media`) with each image's width and height, where its header gives them. */
export function withImageSizes(storyId: string, media: Media[], views: MediaView[]): MediaView[] {
  return views.map((view, i) => {
    const item = media[i];
    if (view.kind !== 'image' || !item || !('file' in item)) return view;
    const key = `${storyId}/${item.file}`;
    if (!sizes.has(key)) {
      const image = readMedia(storyId, item.file.slice('media/'.length));
      sizes.set(key, image && imageSize(image.bytes));
    }
    const size = sizes.get(key);
    return size ? { ...view, ...size } : view;
  });
}
