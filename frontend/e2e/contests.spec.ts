import { deflateSync } from 'node:zlib'
import { expect, test } from './guarded'
import { chooseOption, DEMO_CONTEST_SLUG, login, runId, screenshotPath } from './support'

const DEMO_TITLE = '网络文明 你我同行 · 2026 校园作品征集'

/** A small valid PNG (one colour, RGB), built here so that no binary fixture is needed. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits per channel, truecolour, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}

// Journey 5: the contests are public. A visitor without an account reads the list and the demo contest.
test.describe('journey 5: an anonymous visitor reads the contests', () => {
  for (const { width, height, name } of [
    { width: 1366, height: 768, name: '1366' },
    { width: 375, height: 667, name: '375' },
  ]) {
    test(`at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.goto('/')
      // no bounce to the login page: / shows the public list, and the header offers to sign in
      await expect(page).toHaveURL(/\/contests$/)
      await expect(page.getByRole('heading', { name: '比赛列表', level: 1 })).toBeVisible()
      await expect(page.getByRole('link', { name: '登录', exact: true })).toBeVisible()
      const card = page.getByRole('article').filter({ hasText: DEMO_TITLE })
      await expect(card.getByTestId('window-state')).toHaveText('征集中')
      await expect(card).toContainText('北京时间')
      await expect(card).toContainText('短视频')
      await page.screenshot({ path: screenshotPath(`journey-5-contests-${name}`), fullPage: true })

      await card.getByRole('link', { name: `查看比赛：${DEMO_TITLE}` }).click()
      await expect(page).toHaveURL(new RegExp(`/contests/${DEMO_CONTEST_SLUG}$`))
      await expect(page.getByRole('heading', { name: DEMO_TITLE, level: 1 })).toBeVisible()
      // description and rules: the server's rendering of the Markdown
      await expect(page.getByRole('heading', { name: '征集主题' })).toBeVisible()
      await expect(page.locator('.rich-text ol li').first()).toContainText('作品须为原创')
      // limits in plain words, and a login prompt instead of 我要报名
      await expect(page.getByTestId('category-limits').first()).toHaveText(
        'MP4、MOV、WEBM，≤ 500 MB，时长 ≤ 5 分钟，画面不小于 480×480',
      )
      await expect(page.getByTestId('category-limits').nth(1)).toContainText('最多 4 张（组图）')
      await expect(page.getByRole('link', { name: '登录后报名' })).toHaveCount(3)
      await expect(page.getByRole('link', { name: /我要报名/ })).toHaveCount(0)
      await expect(page.getByText('征集截止')).toBeVisible()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: screenshotPath(`journey-5-contest-page-${name}`), fullPage: true })
    })
  }

  test('the login prompt brings the student back to the contest', async ({ page }) => {
    await page.goto(`/contests/${DEMO_CONTEST_SLUG}`)
    await page.getByRole('link', { name: '登录后报名' }).first().click()
    await expect(page).toHaveURL(/\/login\?redirect=/)
    await page.getByLabel('学号/工号').fill('student')
    await page.getByLabel('密码', { exact: true }).fill('Demo@2026')
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/contests/${DEMO_CONTEST_SLUG}$`))
    await expect(page.getByRole('link', { name: '我要报名：短视频' })).toBeVisible()
  })
})

// Journey 7: an organizer sets up a contest with one category and one registration question, opens it,
// and it is on the public list.
test('journey 7: an organizer creates and opens a contest', async ({ page }) => {
  const title = `E2E 摄影比赛 ${runId()}`
  await login(page, 'organizer')
  await expect(page).toHaveURL(/\/organize$/)
  await page.getByRole('link', { name: '新建比赛' }).click()
  await expect(page.getByRole('heading', { name: '新建比赛', level: 1 })).toBeVisible()

  // a cover needs a saved contest
  await expect(page.getByTestId('contest-cover')).toContainText('保存后可上传封面')
  await page.getByLabel('比赛名称').fill(title)
  await page.getByLabel('主题', { exact: true }).fill('校园之美')
  await page.locator('#contest-description').fill('## 征集要求\n用镜头记录校园里的**美好瞬间**。')
  // the new contest starts with one video category; make it an image category
  const category = page.getByTestId('category-0')
  await category.getByLabel('类别名称').fill('摄影')
  await chooseOption(page, category.getByLabel('作品类型'), '图片')
  await expect(category.getByRole('checkbox', { name: 'HEIC' })).toBeChecked()
  await category.locator('label.el-checkbox').filter({ hasText: /^GIF$/ }).click()
  await expect(category.getByRole('checkbox', { name: 'GIF' })).not.toBeChecked()
  await category.getByLabel('组图张数上限').fill('3')
  await expect(category).toContainText('学生看到的要求：JPG、PNG、WEBP、TIFF、BMP、HEIC')

  await page.getByRole('button', { name: '添加信息项' }).click()
  const field = page.getByTestId('form-field-0')
  await field.getByLabel('名称').fill('学院')
  await field.getByLabel('字段标识').fill('college')
  await field.locator('.el-switch').click()
  await expect(field.getByRole('switch', { name: '信息项 1：必填' })).toBeChecked()

  await page.getByRole('button', { name: '创建比赛' }).click()
  await expect(page.getByText('比赛已创建')).toBeVisible()
  await expect(page).toHaveURL(/\/organize\/contests\/\d+$/)
  await expect(page.getByTestId('contest-status')).toHaveText('草稿')
  // the preview shows the server's rendering of the saved Markdown
  await page.getByRole('tab', { name: '预览' }).first().click()
  await expect(page.locator('.rich-text strong')).toHaveText('美好瞬间')

  // the cover: a wrong type is refused before sending, then a PNG goes up and shows in the editor
  const cover = page.getByTestId('contest-cover')
  await expect(cover).toContainText('尚未上传封面')
  await cover.getByLabel('选择封面图片').setInputFiles({ name: 'cover.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') })
  await expect(cover.getByRole('alert')).toHaveText('不支持 GIF 格式，封面只接受 JPG、PNG、WEBP。')
  await cover.getByLabel('选择封面图片').setInputFiles({ name: '封面.png', mimeType: 'image/png', buffer: solidPng(64, 36, [46, 125, 50]) })
  await expect(page.getByText('封面已更新')).toBeVisible()
  const preview = cover.getByTestId('cover-preview')
  await expect(preview).toHaveAttribute('src', /\/api\/contests\/\d+\/cover/)
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64)
  await expect(cover.getByLabel('更换封面图片')).toBeAttached()
  await page.screenshot({ path: screenshotPath('journey-7-contest-editor-1366'), fullPage: true })

  await page.getByRole('button', { name: '开放征集' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '开放征集' }).click()
  await expect(page.getByTestId('contest-status')).toHaveText('征集中')

  await page.goto('/contests')
  const card = page.getByRole('article').filter({ hasText: title })
  await expect(card).toBeVisible()
  await expect(card.getByTestId('window-state')).toHaveText('征集中')
  // the uploaded cover on the card and on the contest page
  // (the image sits in the card, above the article: a decoration that repeats nothing of its text)
  const cardCover = page.locator('.contest-card').filter({ has: card }).locator('img.cover')
  await expect(cardCover).toHaveAttribute('src', /\/api\/contests\/\d+\/cover/)
  await cardCover.scrollIntoViewIfNeeded() // the cards load their covers lazily
  await expect.poll(() => cardCover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64)
  await card.getByRole('link', { name: `查看比赛：${title}` }).click()
  const pageCover = page.locator('img.cover')
  await expect(pageCover).toBeVisible()
  await expect.poll(() => pageCover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64)
  await expect(page.getByTestId('category-limits')).toHaveText(
    'JPG、PNG、WEBP、TIFF、BMP、HEIC，每张 ≤ 20 MB，最多 3 张（组图）',
  )
})

test('journey 7b: the server’s field errors appear next to the organizer’s controls', async ({ page }) => {
  await login(page, 'organizer')
  await expect(page).toHaveURL(/\/organize$/) // signed in before going on, or the next page asks to sign in again
  await page.goto('/organize/contests/new')
  await page.getByLabel('比赛名称').fill(`E2E 校验 ${runId()}`)
  await page.getByTestId('category-0').getByLabel('类别名称').fill('短片')
  await page.getByRole('button', { name: '添加信息项' }).click()
  const field = page.getByTestId('form-field-0')
  await field.getByLabel('名称').fill('年级')
  await field.getByLabel('字段标识').fill('Grade')
  await chooseOption(page, field.getByLabel('类型'), '单选')
  await field.getByLabel('选项（每行一个）').fill('大一')
  await page.getByRole('button', { name: '创建比赛' }).click()
  // formFields[0].key and formFields[0].options come back from the server and sit under their inputs
  await expect(field.locator('.el-form-item__error').filter({ hasText: '字段标识需以小写字母开头' })).toBeVisible()
  await expect(field.locator('.el-form-item__error').filter({ hasText: '至少需要两个' })).toBeVisible()
  await expect(page).toHaveURL(/\/organize\/contests\/new$/)
})
