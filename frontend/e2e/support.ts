import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test'

/** Every seeded demo account has this password. */
export const DEMO_PASSWORD = 'Demo@2026'

/** The password the accounts a journey creates for itself end up with. */
export const E2E_PASSWORD = 'Journey@2026pw'

/** The demo contest the embedded start-up seeds (open, categories 短视频 / 海报 / 征文). */
export const DEMO_CONTEST_SLUG = 'wangluo-wenming-2026'

/** Screenshots for humans, in frontend/test-results/ (ignored by git). */
export function screenshotPath(name: string): string {
  return path.resolve(import.meta.dirname, '..', 'test-results', `${name}.png`)
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('学号/工号').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible()
}

/** Picks an option of an Element Plus select (its input sits under the shown value, so the click goes to the box). */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click({ force: true })
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** A suffix that keeps names of one run apart from those of earlier runs against the same server. */
export function runId(): string {
  return Date.now().toString(36) + Math.floor(Math.random() * 1296).toString(36)
}

/**
 * The API as one signed-in user, for setting the scene of a journey (accounts, contests, entries) without
 * clicking through pages the journey is not about. Same cookies and CSRF token as the browser uses.
 */
export class ApiSession {
  private constructor(
    readonly context: APIRequestContext,
    private readonly xsrf: string,
  ) {}

  static async signIn(username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    const context = await request.newContext({ baseURL: process.env.PINGXUAN_BASE_URL })
    await context.get('/api/me') // hands out the CSRF cookie
    const xsrf = (await context.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value
    if (!xsrf) throw new Error('the server did not hand out an XSRF-TOKEN cookie')
    const session = new ApiSession(context, xsrf)
    await session.send('POST', '/api/auth/login', { username, password })
    return session
  }

  /** Sends a JSON request and returns the parsed answer; throws with the problem body on failure. */
  async send<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, data?: unknown): Promise<T> {
    const response = await this.context.fetch(url, {
      method,
      data,
      headers: method === 'GET' ? {} : { 'X-XSRF-TOKEN': this.xsrf },
    })
    const text = await response.text()
    if (!response.ok()) throw new Error(`${method} ${url} → ${response.status()}: ${text}`)
    return (text ? JSON.parse(text) : undefined) as T
  }

  /** Uploads a whole file into an entry's slot with the tus protocol (one creation, one PATCH). */
  async uploadEntryFile(entryId: number, slot: number, fileName: string, type: string, content: Buffer): Promise<void> {
    const metadata = { purpose: 'entry', entryId: String(entryId), slot: String(slot), filename: fileName, filetype: type }
    const encoded = Object.entries(metadata)
      .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
      .join(',')
    const created = await this.context.post('/api/uploads', {
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(content.length),
        'Upload-Metadata': encoded,
        'X-XSRF-TOKEN': this.xsrf,
      },
    })
    if (created.status() !== 201) throw new Error(`tus creation → ${created.status()}: ${await created.text()}`)
    const location = created.headers()['location']!
    const patched = await this.context.patch(location, {
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': '0',
        'Content-Type': 'application/offset+octet-stream',
        'X-XSRF-TOKEN': this.xsrf,
      },
      data: content,
    })
    if (patched.status() !== 204) throw new Error(`tus PATCH → ${patched.status()}: ${await patched.text()}`)
  }

  async dispose(): Promise<void> {
    await this.context.dispose()
  }
}

interface UnitView {
  id: number
  name: string
}

/**
 * A new student of 软件2301班 (示范大学 / 计算机学院) with a password of their own: a clean slate for every
 * run (the contest's per-student limit, no entries from earlier runs). The first login's password change is
 * done through the API.
 */
export async function createStudent(displayName: string): Promise<{ username: string; password: string }> {
  const admin = await ApiSession.signIn('admin')
  try {
    const units = await admin.send<UnitView[]>('GET', '/api/units')
    const unit = units.find((candidate) => candidate.name === '软件2301班')
    if (!unit) throw new Error('the demo unit 软件2301班 is missing')
    const username = `e2e${runId()}`
    const { initialPassword } = await admin.send<{ initialPassword: string }>('POST', '/api/admin/users', {
      username,
      displayName,
      unitId: unit.id,
      roles: ['STUDENT'],
    })
    const student = await ApiSession.signIn(username, initialPassword)
    await student.send('POST', '/api/me/password', { currentPassword: initialPassword, newPassword: E2E_PASSWORD })
    await student.dispose()
    return { username, password: E2E_PASSWORD }
  } finally {
    await admin.dispose()
  }
}

/** A real video the media pipeline can transcode: 2 s, 854×480 (the demo 短视频 category's minimum is 480×480), H.264 + AAC. */
const TEST_VIDEO = readFileSync(path.resolve(import.meta.dirname, 'fixtures', 'test-pattern.mp4'))

/** The test video's facts as the entry page shows them once it is processed. */
export const TEST_VIDEO_FACTS = '00:02 · 854×480'

/**
 * The test video grown to `size` bytes (uploads of several chunks need a large file) by one top-level MP4 `free`
 * box at the end: 4-byte big-endian size, 'free', filler. Players and FFmpeg skip free boxes, so it stays the
 * same valid video.
 */
export function paddedTestVideo(size: number): Buffer {
  const padding = size - TEST_VIDEO.length
  if (padding === 0) return TEST_VIDEO
  if (padding < 8) throw new Error(`a padded test video needs at least ${TEST_VIDEO.length + 8} bytes, not ${size}`)
  const free = Buffer.alloc(padding)
  free.writeUInt32BE(padding, 0)
  free.write('free', 4, 'latin1')
  for (let i = 8; i < padding; i++) free[i] = (i * 31 + 7) & 0xff
  return Buffer.concat([TEST_VIDEO, free])
}

export async function writeTempFile(name: string, content: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pingxuan-e2e-'))
  const file = path.join(dir, name)
  await writeFile(file, content)
  return file
}

/** An ISO instant `days` from now. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString()
}

export interface SceneContest {
  id: number
  categories: { id: number; name: string }[]
}

/**
 * A contest of the demo organizer's unit with one 短视频 category (mp4 up to 50 MB), open for submissions from
 * yesterday for 30 days; `overrides` change any field of the form (the theme, the quota, the limits…).
 */
export async function createOpenVideoContest(
  organizer: ApiSession,
  title: string,
  overrides: Record<string, unknown> = {},
): Promise<SceneContest> {
  const me = await organizer.send<{ unit: { id: number } }>('GET', '/api/me')
  const contest = await organizer.send<SceneContest>('POST', '/api/organize/contests', {
    title,
    ownerUnitId: me.unit.id,
    submissionOpensAt: daysFromNow(-1),
    submissionClosesAt: daysFromNow(30),
    maxEntriesPerStudent: 2,
    maxTeamSize: 1,
    advisorRequired: false,
    requiresRecommendation: false,
    categories: [{ name: '短视频', kind: 'VIDEO', maxBytes: 50 * 1024 * 1024, formats: ['mp4'] }],
    formFields: [],
    ...overrides,
  })
  await organizer.send('POST', `/api/organize/contests/${contest.id}/status`, { status: 'OPEN' })
  return contest
}

/** Entries of a new student of 软件2301班 in the contest's first category, each with the test video, submitted and approved in screening. */
export async function submitEligibleEntries(organizer: ApiSession, contest: SceneContest, studentName: string, titles: string[]): Promise<void> {
  const account = await createStudent(studentName)
  const student = await ApiSession.signIn(account.username, account.password)
  try {
    for (const title of titles) {
      const entry = await student.send<{ id: number }>('POST', '/api/entries', {
        contestId: contest.id,
        categoryId: contest.categories[0]!.id,
        title,
        pledgeAccepted: true,
      })
      await student.uploadEntryFile(entry.id, 0, `${title}.mp4`, 'video/mp4', paddedTestVideo(256 * 1024))
      await student.send('POST', `/api/entries/${entry.id}/submit`)
      await organizer.send('POST', `/api/contests/${contest.id}/screening/${entry.id}/review`, { verdict: 'APPROVE' })
    }
  } finally {
    await student.dispose()
  }
}
