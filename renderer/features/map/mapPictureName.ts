import type { PictureTime } from './pictureFrame';

// A picture of the map is named after the day it shows, not the day it was saved: pictures of
// the network on different days, saved on the same day, must not look alike in a folder.

/** "trama-mappa-2026-03-01.png"; comparing, the earlier day first: "trama-mappa-2025-01-01_2026-03-01.png". */
export function mapPictureFileName(
  extension: 'png' | 'svg' | 'pdf',
  today: string,
  time: Pick<PictureTime, 'day' | 'from'> | null,
): string {
  const days = time ? (time.from ? `${time.from}_${time.day}` : time.day) : today;
  return `trama-mappa-${days}.${extension}`;
}
