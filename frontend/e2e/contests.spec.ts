import { expect, test } from '@playwright/test'
import { chooseOption, DEMO_CONTEST_SLUG, login, runId, screenshotPath } from './support'

const DEMO_TITLE = '网络文明 你我同行 · 2026 校园作品征集'

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
  await page.screenshot({ path: screenshotPath('journey-7-contest-editor-1366'), fullPage: true })

  await page.getByRole('button', { name: '开放征集' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '开放征集' }).click()
  await expect(page.getByTestId('contest-status')).toHaveText('征集中')

  await page.goto('/contests')
  const card = page.getByRole('article').filter({ hasText: title })
  await expect(card).toBeVisible()
  await expect(card.getByTestId('window-state')).toHaveText('征集中')
  await card.getByRole('link', { name: `查看比赛：${title}` }).click()
  await expect(page.getByTestId('category-limits')).toHaveText(
    'JPG、PNG、WEBP、TIFF、BMP、HEIC，每张 ≤ 20 MB，最多 3 张（组图）',
  )
})

test('journey 7b: the server’s field errors appear next to the organizer’s controls', async ({ page }) => {
  await login(page, 'organizer')
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
