import { http } from './http'
import type { CategoryKind } from './contests'

/** The public winners' gallery (成果展示): only published results, no sign-in. */

export type AwardBasis = 'SCORE' | 'VOTES'
export type GalleryRole = 'VIDEO_WEB' | 'POSTER' | 'DISPLAY' | 'THUMB_SMALL' | 'THUMB_LARGE' | 'TEXT' | 'PDF_PREVIEW'

export interface GalleryContest {
  slug: string
  title: string
  theme: string | null
  coverUrl: string | null
  publishedAt: string | null
  works: number
}

export interface GalleryCard {
  code: string
  title: string
  thumbnailUrl: string | null
}

export interface GalleryTier {
  name: string
  ordinal: number
  basis: AwardBasis
  works: GalleryCard[]
}

export interface GalleryCategory {
  id: number
  name: string
  kind: CategoryKind
  tiers: GalleryTier[]
}

export interface GalleryPage {
  slug: string
  title: string
  theme: string | null
  coverUrl: string | null
  publishedAt: string | null
  categories: GalleryCategory[]
}

export interface GalleryRendition {
  role: GalleryRole
  url: string
  contentType: string
  width: number | null
  height: number | null
  durationMs: number | null
}

export interface GalleryFile {
  ordinal: number
  renditions: GalleryRendition[]
}

/** `authors`, `unit` and `advisor` are null when the contest does not show them. */
export interface GalleryWork {
  contestSlug: string
  contestTitle: string
  code: string
  title: string
  summary: string
  categoryName: string
  kind: CategoryKind
  awards: { tierName: string; tierOrdinal: number; basis: AwardBasis }[]
  authors: string[] | null
  unit: string | null
  advisor: string | null
  imageUrl: string | null
  files: GalleryFile[]
}

export async function listGalleries(): Promise<GalleryContest[]> {
  const { data } = await http.get<GalleryContest[]>('/api/gallery')
  return data
}

export async function getGallery(slug: string): Promise<GalleryPage> {
  const { data } = await http.get<GalleryPage>(`/api/gallery/${encodeURIComponent(slug)}`)
  return data
}

export async function getGalleryWork(slug: string, code: string): Promise<GalleryWork> {
  const { data } = await http.get<GalleryWork>(
    `/api/gallery/${encodeURIComponent(slug)}/works/${encodeURIComponent(code)}`,
  )
  return data
}
