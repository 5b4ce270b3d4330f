// A finished drawing as GET /api/gallery lists it: links instead of file names, the plan only
// on request (`?plan=1`). The server writes it, the panel reads it.
import type { Plan } from '../dsl/index.js';

/** What a saved drawing records of its donation (the gallery's files and the API's list share it). */
export interface GalleryDonation {
  id: string;
  finishedAt: number;
  donor: string;
  message: string;
  amount: number;
  currency: string;
}

export interface GalleryListItem extends GalleryDonation {
  /** `/gallery/<id>.png`: the final frame, ×8. */
  pngUrl: string;
  /** `/gallery/<id>.gif`: the whole drawing, ×4. */
  gifUrl: string;
  plan?: Plan;
}
