import { expect, test } from './guarded'
import { ApiSession, createOpenVideoContest, login, runId, screenshotPath, submitEligibleEntries, type SceneContest } from './support'

/**
 * The scene, set up through the API: a contest that needs recommendations (短视频, quota 1 per unit), and two
 * entries of a student of 软件2301班 (under 计算机学院, the demo unit admin's unit) that passed screening.
 */
async function contestWithEligibleEntries(title: string): Promise<{ contest: SceneContest; titles: string[] }> {
  const organizer = await ApiSession.signIn('organizer')
  const contest = await createOpenVideoContest(organizer, title, {
    theme: '择优推荐',
    requiresRecommendation: true,
    categories: [{ name: '短视频', kind: 'VIDEO', maxBytes: 50 * 1024 * 1024, formats: ['mp4'], recommendationQuota: 1 }],
  })
  const titles = [`青春与网络 ${runId()}`, `屏幕之外 ${runId()}`]
  await submitEligibleEntries(organizer, contest, '推荐同学', titles)
  await organizer.dispose()
  return { contest, titles }
}

// Journey 8: a unit admin recommends an eligible entry; the quota counter moves, and a second one is refused.
test('journey 8: a unit admin recommends entries within the quota', async ({ page }) => {
  const title = `E2E 推荐赛 ${runId()}`
  const { contest, titles } = await contestWithEligibleEntries(title)

  await login(page, 'unitadmin')
  await expect(page).toHaveURL(/\/unit$/)
  await page.getByRole('link', { name: `择优推荐：${title}` }).click()
  await expect(page).toHaveURL(new RegExp(`/unit/contests/${contest.id}/recommend$`))
  await expect(page.getByRole('heading', { name: '择优推荐', level: 1 })).toBeVisible()
  const quota = page.getByTestId('quota')
  await expect(quota).toHaveText('已推荐 0 / 名额 1')

  await page.getByRole('button', { name: `推荐：${titles[0]}` }).click()
  await expect(page.getByText(`已推荐“${titles[0]}”`)).toBeVisible()
  await expect(quota).toHaveText('已推荐 1 / 名额 1')
  await expect(page.getByRole('button', { name: `撤销推荐：${titles[0]}` })).toBeVisible()
  await expect(page.getByText('名额已用完')).toBeVisible()
  await page.screenshot({ path: screenshotPath('journey-8-recommend-1366'), fullPage: true })

  // the quota is the server's: a second recommendation is refused with its reason
  await page.getByRole('button', { name: `推荐：${titles[1]}` }).click()
  await expect(page.getByRole('alert').filter({ hasText: '推荐名额（1 个）已用完' })).toBeVisible()
  await expect(quota).toHaveText('已推荐 1 / 名额 1')

  await page.getByRole('button', { name: `撤销推荐：${titles[0]}` }).click()
  await expect(quota).toHaveText('已推荐 0 / 名额 1')
})
