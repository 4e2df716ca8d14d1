import { type Locator } from '@playwright/test'
import { expect, test } from './guarded'
import { ApiSession, createOpenVideoContest, createStudent, login, paddedTestVideo, runId, screenshotPath, type SceneContest } from './support'

interface Entry {
  id: number
  code: string | null
  title: string
  files: { id: number; status: string; renditions: { id: number; role: string }[] }[]
}

function renditionId(entry: Entry, role: string): number {
  return entry.files[0]!.renditions.find((rendition) => rendition.role === role)!.id
}

/**
 * The scene, set up through the API: a new contest of the demo organizer's with one 短视频 category, and two
 * submitted entries of one student with the same video. The media pipeline compares every processed work with
 * every other, so the second is found alike the first (and alike the test videos of earlier runs, which is fine).
 */
async function contestWithLookAlikes(contestTitle: string): Promise<{ contest: SceneContest; original: Entry; copy: Entry }> {
  const organizer = await ApiSession.signIn('organizer')
  const contest = await createOpenVideoContest(organizer, contestTitle, { theme: '相似作品' })
  await organizer.dispose()

  const account = await createStudent('相似同学')
  const student = await ApiSession.signIn(account.username, account.password)
  const entries: Entry[] = []
  for (const title of [`原作 ${runId()}`, `翻版 ${runId()}`]) {
    const entry = await student.send<Entry>('POST', '/api/entries', {
      contestId: contest.id,
      categoryId: contest.categories[0]!.id,
      title,
      pledgeAccepted: true,
    })
    await student.uploadEntryFile(entry.id, 0, `${title}.mp4`, 'video/mp4', paddedTestVideo(256 * 1024))
    // one after the other: the copy's fingerprint is compared with the original's once that one is stored
    await expect
      .poll(async () => (await student.send<Entry>('GET', `/api/entries/${entry.id}`)).files[0]?.status, { timeout: 60_000 })
      .toBe('READY')
    entries.push(await student.send<Entry>('POST', `/api/entries/${entry.id}/submit`))
  }
  await student.dispose()
  return { contest, original: entries[0]!, copy: entries[1]! }
}

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not laid out')
  return found
}

// Journey 9: in 资格审查 an entry carries a warning that it looks like another one; the organizer compares the
// two works side by side (stacked on a phone), sees the other work only through its web renditions, and rejects.
test('journey 9: an organizer compares look-alike entries and rejects the copy', async ({ page }) => {
  test.setTimeout(180_000)
  const contestTitle = `E2E 相似作品赛 ${runId()}`
  const { contest, original, copy } = await contestWithLookAlikes(contestTitle)

  await login(page, 'organizer')
  await expect(page).toHaveURL(/\/organize$/)
  await page.goto(`/organize/contests/${contest.id}/screening`)
  await expect(page.getByRole('heading', { name: '资格审查', level: 1 })).toBeVisible()
  // by title: the original's row names the copy's code in its own hint
  const row = page.locator('.el-table__body-wrapper tr').filter({ hasText: copy.title })
  await expect(row).toHaveCount(1)
  const hint = row.getByTestId('similar-hint').filter({ hasText: original.code! })
  await expect(hint).toHaveText(new RegExp(`与作品 ${original.code} 相似 \\d+%$`))
  await page.screenshot({ path: screenshotPath('journey-9-screening-1366'), fullPage: true })

  const similarUrl = `/api/contests/${contest.id}/screening/${copy.id}/similar/${original.id}/files`
  const otherPosterUrl = `${similarUrl}/${renditionId(original, 'POSTER')}`
  const otherPoster = page.waitForResponse((response) => new URL(response.url()).pathname === otherPosterUrl)
  await hint.click()
  const dialog = page.getByRole('dialog', { name: `相似作品比对：${copy.code} ${copy.title}` })
  const pair = dialog.getByTestId('similar-pair')
  await expect(pair).toHaveCount(1)
  await expect(pair).toContainText(/相似度 \d+%/)
  await expect(pair).toContainText('画面相似')
  const mine = pair.getByRole('article', { name: `本作品：${copy.title}` })
  const other = pair.getByRole('article', { name: `相似作品：${original.title}` })
  await expect(mine).toContainText(copy.code!)
  await expect(other).toContainText(original.code!)
  await expect(other).toContainText(contestTitle)
  await expect(other).toContainText('已提交，待审查')

  // Both play their web MP4 with the poster frame; the other entry's come through the entry under review, and
  // its original is not offered.
  await expect(mine.locator('video')).toHaveAttribute('src', `/api/entries/${copy.id}/files/${renditionId(copy, 'VIDEO_WEB')}`)
  const otherVideo = other.locator('video')
  await expect(otherVideo).toHaveAttribute('src', `${similarUrl}/${renditionId(original, 'VIDEO_WEB')}`)
  await expect(otherVideo).toHaveAttribute('poster', otherPosterUrl)
  await expect.poll(() => otherVideo.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
  const posterLoaded = await otherPoster
  expect(posterLoaded.status()).toBe(200)
  expect(posterLoaded.headers()['content-type']).toMatch(/^image\/jpeg/)
  await expect(mine.getByRole('link', { name: /^下载原文件/ })).toHaveCount(1)
  await expect(other.getByRole('link', { name: /^下载原文件/ })).toHaveCount(0)

  // side by side on a laptop, one above the other on a phone
  const [mineBox, otherBox] = [await box(mine), await box(other)]
  expect(otherBox.x).toBeGreaterThanOrEqual(mineBox.x + mineBox.width - 1)
  await page.screenshot({ path: screenshotPath('journey-9-compare-1366') })
  await page.setViewportSize({ width: 375, height: 667 })
  await expect.poll(async () => (await box(other)).y >= (await box(mine)).y + (await box(mine)).height - 1).toBe(true)
  await page.screenshot({ path: screenshotPath('journey-9-compare-375') })
  await page.setViewportSize({ width: 1366, height: 768 })

  // The decision is the organizer's, as usual: 不通过 with a reason.
  await dialog.getByRole('button', { name: `不通过：${copy.title}` }).click()
  await expect(dialog).toBeHidden()
  const reject = page.getByRole('dialog', { name: '审查不通过' })
  await reject.getByLabel('不通过原因').fill('与往届作品雷同')
  await reject.getByRole('button', { name: '不通过', exact: true }).click()
  await expect(page.getByText(`“${copy.title}”已标记为不通过`)).toBeVisible()
  await expect(row.getByTestId('entry-status')).toHaveText('审查未通过')
})
