import { type Request } from '@playwright/test'
import { expect, test } from './guarded'
import {
  ApiSession,
  createStudent,
  DEMO_CONTEST_SLUG,
  login,
  paddedTestVideo,
  runId,
  screenshotPath,
  TEST_VIDEO_FACTS,
  writeTempFile,
} from './support'

const MiB = 1024 * 1024
/** CHUNK_SIZE of src/api/uploads.ts: the client sends one store part per request. */
const CHUNK = 6 * MiB
const VIDEO_SIZE = 20 * MiB
/** Where each chunk of the test video starts: 0, 6, 12 and 18 MiB. */
const CHUNK_OFFSETS = Array.from({ length: Math.ceil(VIDEO_SIZE / CHUNK) }, (_, i) => i * CHUNK)

/** What GET /api/entries/{id} says about an entry's files, as far as these journeys look. */
interface EntryFiles {
  files: { id: number; status: string; renditions: { id: number; role: string; contentType: string }[] }[]
}

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })

// Journey 6, the journey: on a phone, a student enters the demo contest's 短视频 category, uploads a
// video over a connection that drops once (the upload continues where it stopped), watches it being processed
// and plays the web version the server made, submits it; an organizer approves it in 资格审查; the student sees
// the new status.
test('journey 6: a student uploads over a dropped connection, submits, and is approved', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const student = await createStudent('上传同学')
  const title = `网络文明微电影 ${runId()}`
  const video = await writeTempFile('网络文明微电影.mp4', paddedTestVideo(VIDEO_SIZE))

  await login(page, student.username, student.password)
  await expect(page).toHaveURL(/\/my$/)
  await page.goto(`/contests/${DEMO_CONTEST_SLUG}`)
  await page.getByRole('link', { name: '我要报名：短视频' }).click()
  await expect(page.getByRole('heading', { name: '报名参赛', level: 1 })).toBeVisible()

  await page.getByLabel('作品名称').fill(title)
  await page.getByLabel('作品简介').fill('用三分钟讲述一次网络谣言的“旅行”。')
  await page.getByLabel('专业班级').fill('软件工程 2301 班')
  // Mistakes are shown next to their controls: the length the contest sets for 联系电话 is checked before
  // sending; an unknown teammate only the server can tell (members[0].username in its problem).
  await page.getByLabel('联系电话').fill('1380013')
  await page.getByRole('button', { name: '添加成员' }).click()
  await page.getByLabel('成员 1 的学号/工号').fill(`nobody${runId()}`)
  await page.getByRole('button', { name: '保存草稿' }).click()
  const phoneItem = page.locator('.el-form-item').filter({ has: page.getByLabel('联系电话') })
  await expect(phoneItem.locator('.el-form-item__error')).toHaveText('“联系电话”应为 11 个字符')
  await page.getByLabel('联系电话').fill('13800138000')
  await page.getByRole('button', { name: '保存草稿' }).click()
  const memberItem = page.locator('.el-form-item').filter({ has: page.getByLabel('成员 1 的学号/工号') })
  await expect(memberItem.locator('.el-form-item__error')).toContainText('找不到学号/工号为')
  await expect(phoneItem.locator('.el-form-item__error')).toHaveCount(0)
  await expect(page).toHaveURL(/\/entries\/new\?/)
  await page.getByRole('button', { name: '移除成员 1' }).click()
  await page.getByRole('button', { name: '保存草稿' }).click()
  await expect(page.getByText('草稿已保存')).toBeVisible()
  await expect(page).toHaveURL(/\/entries\/\d+$/)

  // The connection drops in the middle of the second chunk: that PATCH never arrives. tus-js-client asks the
  // server where the upload stands (HEAD) and continues from there, not from the start.
  const patches: { offset: number; aborted: boolean }[] = []
  const heads: number[] = []
  let creations = 0
  page.on('request', (request: Request) => {
    if (!request.url().includes('/api/uploads')) return
    if (request.method() === 'POST') creations++
    if (request.method() === 'HEAD') heads.push(patches.length)
  })
  await page.route('**/api/uploads/**', async (route) => {
    const request = route.request()
    if (request.method() !== 'PATCH') return route.continue()
    const offset = Number(await request.headerValue('upload-offset'))
    const aborted = patches.length === 1
    patches.push({ offset, aborted })
    if (aborted) return route.abort('connectionreset')
    return route.continue()
  })

  await page.getByLabel('选择作品文件').setInputFiles(video)
  const slot = page.getByTestId('file-slot-0')
  // The page reloads the entry as soon as the last chunk is in: the server has only just queued the processing
  // (copying, checking and transcoding take seconds), and the page shows it until its next poll 3 s later.
  await expect(slot.getByTestId('file-status')).toHaveText('处理中', { timeout: 60_000 })
  await expect(slot.getByRole('progressbar', { name: '处理进度：网络文明微电影.mp4' })).toBeVisible()
  await page.unrouteAll({ behavior: 'ignoreErrors' })

  expect(creations).toBe(1)
  expect(patches[0]).toEqual({ offset: 0, aborted: false })
  expect(patches[1]).toEqual({ offset: CHUNK, aborted: true })
  // resumed: after the failure a HEAD, then the same offset again
  expect(heads.some((at) => at === 2)).toBe(true)
  expect(patches[2]).toEqual({ offset: CHUNK, aborted: false })
  expect(patches.at(-1)!.offset).toBe(CHUNK_OFFSETS.at(-1))

  // processed in the background: 处理中 → 可用, with what the pipeline found and a thumbnail
  await expect(slot.getByTestId('file-status')).toHaveText('可用', { timeout: 60_000 })
  await expect(slot.getByRole('progressbar')).toHaveCount(0)
  await expect(slot).toContainText('网络文明微电影.mp4')
  await expect(slot).toContainText('20 MB')
  await expect(slot.getByTestId('file-facts')).toHaveText(TEST_VIDEO_FACTS)
  await expect(slot.getByRole('img', { name: '网络文明微电影.mp4 的缩略图' })).toBeVisible()
  await page.screenshot({ path: screenshotPath('journey-6-uploaded-375'), fullPage: true })

  // The preview plays the H.264 MP4 the server transcoded (not the original, which only downloads), with the
  // poster frame it chose; Chromium reads the video's metadata, so it can play it.
  const entryId = Number(/\/entries\/(\d+)$/.exec(page.url())![1])
  const processed = (await (await page.request.get(`/api/entries/${entryId}`)).json()) as EntryFiles
  const renditionOf = (role: string) => processed.files[0]!.renditions.find((rendition) => rendition.role === role)!
  const webVideo = renditionOf('VIDEO_WEB')
  const poster = renditionOf('POSTER')
  expect(webVideo.contentType).toBe('video/mp4')
  const posterUrl = `/api/entries/${entryId}/files/${poster.id}`
  const posterResponse = page.waitForResponse((response) => new URL(response.url()).pathname === posterUrl)
  await slot.getByRole('button', { name: '播放：网络文明微电影.mp4' }).click()
  const preview = page.getByRole('dialog', { name: '网络文明微电影.mp4' })
  const player = preview.locator('video')
  await expect(player).toHaveAttribute('src', `/api/entries/${entryId}/files/${webVideo.id}`)
  await expect(player).toHaveAttribute('poster', posterUrl)
  await expect.poll(() => player.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
  expect(await player.evaluate((element: HTMLVideoElement) => element.error?.code ?? null)).toBeNull()
  expect(await player.evaluate((element: HTMLVideoElement) => Math.round(element.duration))).toBe(2)
  const posterLoaded = await posterResponse
  expect(posterLoaded.status()).toBe(200)
  expect(posterLoaded.headers()['content-type']).toMatch(/^image\/jpeg/)
  await preview.getByText('1.5×', { exact: true }).click()
  expect(await player.evaluate((element: HTMLVideoElement) => element.playbackRate)).toBe(1.5)
  await expect(preview.getByRole('link', { name: '下载原文件：网络文明微电影.mp4' })).toHaveAttribute(
    'href',
    `/api/entries/${entryId}/files/${processed.files[0]!.id}`,
  )
  await page.screenshot({ path: screenshotPath('journey-6-video-375') })
  await page.keyboard.press('Escape')
  await expect(player).toHaveCount(0)

  await page.locator('label.el-checkbox').filter({ hasText: '我已阅读并同意以上原创承诺' }).click()
  await page.getByRole('button', { name: '提交作品' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '提交作品' }).click()
  await expect(page.getByText('作品已提交')).toBeVisible()
  const code = (await page.getByTestId('entry-code').textContent())!.trim()
  expect(code).toMatch(/^\d{4}-V-\d{4}$/)
  await expect(page.getByTestId('entry-status')).toHaveText('已提交，待审查')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.screenshot({ path: screenshotPath('journey-6-submitted-375'), fullPage: true })

  // The organizer finds it in 资格审查 and approves it.
  const organizerContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const organizer = await organizerContext.newPage()
  await login(organizer, 'organizer')
  await expect(organizer).toHaveURL(/\/organize$/)
  await organizer.getByRole('link', { name: '资格审查：网络文明 你我同行 · 2026 校园作品征集' }).click()
  await expect(organizer.getByRole('heading', { name: '资格审查', level: 1 })).toBeVisible()
  await organizer.getByLabel('搜索作品').fill(code)
  const row = organizer.locator('.el-table__body-wrapper tr').filter({ hasText: code })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('可用')
  await organizer.screenshot({ path: screenshotPath('journey-6-screening-1366'), fullPage: true })
  await organizer.getByRole('button', { name: `通过：${title}` }).first().click()
  await expect(organizer.getByText(`“${title}”已通过审查`)).toBeVisible()
  await expect(row.getByTestId('entry-status')).toHaveText('审查通过')
  await organizerContext.close()

  // The student sees the decision.
  await page.goto('/my')
  const card = page.locator('.entry-card').filter({ hasText: title })
  await expect(card.getByTestId('entry-status')).toHaveText('审查通过')
  await expect(card).toContainText(code)
  await page.screenshot({ path: screenshotPath('journey-6-my-375'), fullPage: true })
})

// Journey 6b: an upload paused by hand continues where it stopped; one cut short by a reload continues when the
// same file is chosen again (tus-js-client remembers it in localStorage).
test('journey 6b: pause, reload and resume an upload', async ({ page }) => {
  test.setTimeout(120_000)
  const account = await createStudent('续传同学')
  const api = await ApiSession.signIn(account.username, account.password)
  const contest = await api.send<{ id: number; categories: { id: number; name: string }[] }>(
    'GET',
    `/api/contests/${DEMO_CONTEST_SLUG}`,
  )
  const entry = await api.send<{ id: number }>('POST', '/api/entries', {
    contestId: contest.id,
    categoryId: contest.categories.find((category) => category.name === '短视频')!.id,
    title: `续传测试 ${runId()}`,
  })
  await api.dispose()
  const video = await writeTempFile('续传.mp4', paddedTestVideo(VIDEO_SIZE))

  // The second chunk is held back, as on a stalled connection: the server has the first chunk only.
  const offsets: number[] = []
  let hold = true
  await page.route('**/api/uploads/**', async (route) => {
    const request = route.request()
    if (request.method() !== 'PATCH') return route.continue()
    const offset = Number(await request.headerValue('upload-offset'))
    offsets.push(offset)
    if (hold && offset > 0) return // never answered: the request hangs until it is aborted
    return route.continue()
  })

  await login(page, account.username, account.password)
  await expect(page).toHaveURL(/\/my$/)
  await page.goto(`/entries/${entry.id}`)
  const slot = page.getByTestId('file-slot-0')

  // The name says MP4, the bytes are not a video: the server reads the first bytes and refuses; its reason
  // is shown, and the student can choose another file (trying the same one again would not help).
  await page.getByLabel('选择作品文件').setInputFiles({ name: '改了扩展名.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(64 * 1024, 'x') })
  await expect(slot.getByRole('alert')).toContainText('文件内容不是允许的格式')
  await expect(slot.getByRole('button', { name: /继续上传/ })).toHaveCount(0)
  await slot.getByRole('button', { name: '取消上传：改了扩展名.mp4' }).click()

  await page.getByLabel('选择作品文件').setInputFiles(video)
  await expect.poll(() => offsets).toContain(CHUNK)
  await expect(slot.getByRole('status')).toHaveText('正在上传')

  // Pause: the stalled request is dropped; continue: the server says where it stands, from there on.
  await slot.getByRole('button', { name: '暂停上传：续传.mp4' }).click()
  await expect(slot.getByRole('status')).toHaveText('已暂停')
  await page.screenshot({ path: screenshotPath('journey-6b-paused-375') })
  await slot.getByRole('button', { name: '继续上传：续传.mp4' }).click()
  await expect.poll(() => offsets.filter((offset) => offset === CHUNK).length).toBe(2)
  await expect(slot.getByRole('status')).toHaveText('正在上传')

  // A reload cuts it short; the page knows the unfinished upload and continues it with the same file.
  await page.reload()
  await expect(slot).toContainText('上次有未完成的上传：续传.mp4（20 MB）')
  hold = false
  const before = offsets.length
  await page.getByLabel('选择作品文件').setInputFiles(video)
  await expect(slot.getByTestId('file-status')).toHaveText(/处理中|可用/, { timeout: 60_000 })
  expect(offsets.slice(before)).toEqual(CHUNK_OFFSETS.slice(1))
  await expect(slot.getByTestId('file-status')).toHaveText('可用', { timeout: 30_000 })
})
