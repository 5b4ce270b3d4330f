// Public face of the gallery part: finished drawings kept as PNG + animated GIF + metadata.
export { encodePng, encodePngAsync } from './png.js';
export {
  encodeGif,
  encodeGifAsync,
  encodeGifWithStats,
  GIF_DEFAULT_FRAME_MS,
  GIF_DEFAULT_HOLD_MS,
  GIF_DEFAULT_MAX_FRAMES,
  type GifOptions,
  type GifResult,
} from './gif.js';
export {
  createGallery,
  galleryKey,
  GALLERY_PNG_SCALE,
  GALLERY_GIF_SCALE,
  type Gallery,
  type GalleryEntry,
  type GalleryFileKind,
  type GalleryItem,
  type GalleryOptions,
} from './gallery.js';
