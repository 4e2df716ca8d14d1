import type { GalleryFile, GalleryRole, GalleryTier, GalleryWork } from '@/api/gallery'

/** What the work page shows, picked from the renditions the server offers. */
export interface WorkMedia {
  video: { src: string; poster: string | null } | null
  /** Display images of a poster series in order, with their thumbnails for the strip. */
  images: { src: string; thumb: string }[]
  essay: { textUrl: string | null; pageUrl: string | null } | null
}

function urlOf(file: GalleryFile, role: GalleryRole): string | null {
  return file.renditions.find((r) => r.role === role)?.url ?? null
}

export function workMedia(work: GalleryWork): WorkMedia {
  const files = [...work.files].sort((a, b) => a.ordinal - b.ordinal)
  if (work.kind === 'VIDEO') {
    const file = files.find((f) => urlOf(f, 'VIDEO_WEB') !== null)
    return {
      video: file ? { src: urlOf(file, 'VIDEO_WEB')!, poster: urlOf(file, 'POSTER') } : null,
      images: [],
      essay: null,
    }
  }
  if (work.kind === 'IMAGE') {
    const images = files
      .map((f) => ({ src: urlOf(f, 'DISPLAY'), thumb: urlOf(f, 'THUMB_SMALL') ?? urlOf(f, 'DISPLAY') }))
      .filter((i): i is { src: string; thumb: string } => i.src !== null && i.thumb !== null)
    return { video: null, images, essay: null }
  }
  const file = files.find((f) => urlOf(f, 'TEXT') !== null || urlOf(f, 'PDF_PREVIEW') !== null)
  return {
    video: null,
    images: [],
    essay: file ? { textUrl: urlOf(file, 'TEXT'), pageUrl: urlOf(file, 'PDF_PREVIEW') } : null,
  }
}

/** Tag colour of an award: gold, silver and bronze for the first three judged tiers, a popularity award apart. */
export function tierTone(tier: Pick<GalleryTier, 'ordinal' | 'basis'>): 'gold' | 'silver' | 'bronze' | 'plain' | 'popular' {
  if (tier.basis === 'VOTES') return 'popular'
  return (['gold', 'silver', 'bronze'] as const)[tier.ordinal - 1] ?? 'plain'
}

export function workCount(tiers: GalleryTier[]): number {
  return tiers.reduce((sum, tier) => sum + tier.works.length, 0)
}

/** The address to share: this page's own, without a hash or query that only this visit needs. */
export function shareUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return location.origin + location.pathname
}
