import { expect, test, type Request } from '@playwright/test'
import { createStudent, DEMO_CONTEST_SLUG, fakeMp4, login, runId, screenshotPath, writeTempFile } from './support'

const MiB = 1024 * 1024
const CHUNK = 8 * MiB

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })

// Journey 6, the journey: on a phone, a student enters the demo contest's 短视频 category, uploads a
// video over a connection that drops once (the upload continues where it stopped), submits it; an organizer
// approves it in 资格审查; the student sees the new status.
test('journey 6: a student uploads over a dropped connection, submits, and is approved', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const student = await createStudent('上传同学')
  const title = `网络文明微电影 ${runId()}`
  const video = await writeTempFile('网络文明微电影.mp4', fakeMp4(20 * MiB))

  await login(page, student.username, student.password)
  await expect(page).toHaveURL(/\/my$/)
  await page.goto(`/contests/${DEMO_CONTEST_SLUG}`)
  await page.getByRole('link', { name: '我要报名：短视频' }).click()
  await expect(page.getByRole('heading', { name: '报名参赛', level: 1 })).toBeVisible()

  await page.getByLabel('作品名称').fill(title)
  await page.getByLabel('作品简介').fill('用三分钟讲述一次网络谣言的“旅行”。')
  await page.getByLabel('专业班级').fill('软件工程 2301 班')
  // the contest wants exactly 11 characters: the check is the server's, shown next to the field
  await page.getByLabel('联系电话').fill('1380013')
  await page.getByRole('button', { name: '保存草稿' }).click()
  const phoneItem = page.locator('.el-form-item').filter({ has: page.getByLabel('联系电话') })
  await expect(phoneItem.locator('.el-form-item__error')).toContainText('11 个字符')
  await page.getByLabel('联系电话').fill('13800138000')
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
  await expect(slot.getByTestId('file-status')).toHaveText(/处理中|可用/, { timeout: 60_000 })
  await page.unrouteAll({ behavior: 'ignoreErrors' })

  expect(creations).toBe(1)
  expect(patches[0]).toEqual({ offset: 0, aborted: false })
  expect(patches[1]).toEqual({ offset: CHUNK, aborted: true })
  // resumed: after the failure a HEAD, then the same offset again
  expect(heads.some((at) => at === 2)).toBe(true)
  expect(patches[2]).toEqual({ offset: CHUNK, aborted: false })
  expect(patches.at(-1)!.offset).toBe(2 * CHUNK)

  // processed in the background: 处理中 → 可用
  await expect(slot.getByTestId('file-status')).toHaveText('可用', { timeout: 30_000 })
  await expect(slot).toContainText('网络文明微电影.mp4')
  await expect(slot).toContainText('20 MB')
  await page.screenshot({ path: screenshotPath('journey-6-uploaded-375'), fullPage: true })

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
