import { type Page } from '@playwright/test'
import { expect, test } from './guarded'
import { ApiSession, createOpenVideoContest, login, logout, runId, screenshotPath, submitEligibleEntries, type SceneContest } from './support'

/**
 * The scene, set up through the API: a contest (短视频) whose three entries passed screening, moved on to
 * 评审中 (OPEN → CLOSED → JUDGING) so a round can open.
 */
async function contestInJudging(title: string): Promise<SceneContest> {
  const organizer = await ApiSession.signIn('organizer')
  const contest = await createOpenVideoContest(organizer, title, { theme: '评审', maxEntriesPerStudent: 3 })
  await submitEligibleEntries(organizer, contest, '评审同学', [`晨光 ${runId()}`, `归途 ${runId()}`, `灯火 ${runId()}`])
  for (const status of ['CLOSED', 'JUDGING']) {
    await organizer.send('POST', `/api/organize/contests/${contest.id}/status`, { status })
  }
  await organizer.dispose()
  return contest
}

const CRITERIA = [
  { name: '主题立意', maxScore: '40', weight: '40' },
  { name: '创意表现', maxScore: '30', weight: '35' },
  { name: '技术质量', maxScore: '10', weight: '25' },
]

/** The organizer's round: three weighted criteria, one judge per entry, the top 2 advance. */
async function createRound(page: Page, contestId: number): Promise<number> {
  await page.goto(`/organize/contests/${contestId}/rounds`)
  await page.getByRole('link', { name: '新建轮次' }).click()
  await page.getByLabel('每件作品的评委人数').fill('1')
  await page.getByLabel('晋级数值').fill('2')
  await page.getByRole('button', { name: '添加评分项' }).click()
  await page.getByRole('button', { name: '添加评分项' }).click()
  for (const [index, criterion] of CRITERIA.entries()) {
    await page.locator(`#criterion-name-${index}`).fill(criterion.name)
    await page.locator(`#criterion-max-${index}`).fill(criterion.maxScore)
    await page.locator(`#criterion-weight-${index}`).fill(criterion.weight)
  }
  await page.locator('#criterion-weight-2').blur()
  await expect(page.getByTestId('weight-sum')).toHaveText('权重合计 100%（须为 100%）')
  await page.getByRole('button', { name: '创建轮次' }).click()
  await expect(page).toHaveURL(/\/organize\/rounds\/\d+\?tab=judges$/)
  return Number(/\/organize\/rounds\/(\d+)/.exec(page.url())![1])
}

/** Types the three scores with the keyboard: the first input has the focus, ↓ moves to the next criterion. */
async function typeScores(page: Page, scores: string[], comment: string): Promise<void> {
  await expect(page.getByLabel(CRITERIA[0]!.name)).toBeFocused()
  for (const [index, score] of scores.entries()) {
    if (index > 0) await page.keyboard.press('ArrowDown')
    await page.keyboard.type(score)
  }
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('评语')).toBeFocused()
  await page.keyboard.type(comment)
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
}

// Journey 10: a round from rubric to advancement — the judge scores with the keyboard, the organizer ranks and advances.
test('journey 10: a judge scores with the keyboard; the organizer locks the round and advances the top entries', async ({ page }) => {
  test.setTimeout(180_000)
  const title = `E2E 评审赛 ${runId()}`
  const contest = await contestInJudging(title)

  // the organizer sets the round up: rubric, the demo judge of 文学院, assignment, open
  await login(page, 'organizer')
  await expect(page).toHaveURL(/\/organize$/)
  const roundId = await createRound(page, contest.id)
  const judgeSearch = page.getByRole('combobox', { name: '搜索评委' })
  await judgeSearch.click()
  await judgeSearch.fill('陈教授')
  await page.getByRole('option', { name: /陈教授（评委）（judge）/ }).click()
  await page.getByRole('button', { name: '保存评委名单' }).click()
  await expect(page.getByText('评委名单已保存')).toBeVisible()

  await page.getByRole('tab', { name: '分配' }).click()
  await page.getByRole('button', { name: '自动分配' }).click()
  await expect(page.getByText('已分配 3 份评审任务')).toBeVisible()
  await expect(page.getByTestId('judge-loads')).toHaveText('陈教授（评委）：3 件')
  await page.getByRole('button', { name: '开始评审' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '开始评审' }).click()
  await expect(page.getByTestId('round-status').first()).toHaveText('评审中')
  await logout(page)

  // the judge: three entries scored without the mouse; the first one's draft survives a reload
  await login(page, 'judge')
  await expect(page).toHaveURL(/\/judging$/)
  await page.getByRole('link', { name: `${title} · 初评` }).click()
  await expect(page).toHaveURL(new RegExp(`/judging/rounds/${roundId}\\?entry=\\d+$`))
  await expect(page.getByTestId('queue-progress')).toHaveText('已评 0/3')
  await expect(page.getByTestId('work-authors')).toHaveCount(0) // a blind round shows no author

  const sheets = [
    { scores: ['36', '27', '9'], total: '90.00' },
    { scores: ['30', '20', '7'], total: '70.83' },
    { scores: ['20', '15', '5'], total: '50.00' },
  ]
  const scored: string[] = []
  for (const [index, sheet] of sheets.entries()) {
    const workTitle = page.getByTestId('work-title')
    if (index > 0) await expect(workTitle).not.toHaveText(scored[index - 1]!)
    scored.push((await workTitle.textContent())!.trim())
    await typeScores(page, sheet.scores, `评语 ${index + 1}`)
    await expect(page.getByTestId('score-total')).toContainText(sheet.total)

    if (index === 0) {
      await page.screenshot({ path: screenshotPath('journey-10-judge-panel-1366') })
      await page.reload()
      await expect(page.getByTestId('work-title')).toHaveText(scored[0]!)
      for (const [criterion, score] of sheet.scores.entries()) {
        await expect(page.getByLabel(CRITERIA[criterion]!.name)).toHaveValue(score)
      }
      await expect(page.getByLabel('评语')).toHaveValue('评语 1')
      await expect(page.getByTestId('queue-progress')).toHaveText('已评 0/3')
      await expect(page.getByLabel(CRITERIA[0]!.name)).toBeFocused()
    }
    await page.keyboard.press('Control+Enter')
    await expect(page.getByTestId('queue-progress')).toHaveText(`已评 ${index + 1}/3`)
  }

  // K goes back to the previous entry (outside a text field), which stays editable until the lock
  await page.getByTestId('queue-progress').click() // out of the comment box
  await page.keyboard.press('k')
  await expect(page.getByTestId('work-title')).toHaveText(scored[1]!)
  await expect(page.getByRole('button', { name: '重新提交' })).toBeVisible()
  await logout(page)

  // the organizer locks the round, reads the ranking and advances the top two
  await login(page, 'organizer')
  await page.goto(`/organize/rounds/${roundId}`)
  await page.getByRole('button', { name: '锁定轮次' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '锁定轮次' }).click()
  await expect(page.getByText('轮次已锁定，排名已计算')).toBeVisible()
  await expect(page).toHaveURL(/tab=ranking/)

  const ranking = page.getByTestId('ranking')
  const rowOf = (workTitle: string) => ranking.locator('.el-table__body-wrapper tr').filter({ hasText: workTitle })
  await expect(rowOf(scored[0]!)).toContainText('90.00')
  await expect(page.getByTestId('advancing-count')).toHaveText('2 件作品晋级')
  await expect(page.getByText('仍相同则名次并列。')).toBeVisible()
  await page.screenshot({ path: screenshotPath('journey-10-ranking-1366'), fullPage: true })

  await page.getByRole('button', { name: '确认晋级' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确认晋级' }).click()
  await expect(page.getByText('晋级结果已生效')).toBeVisible()
  await expect(rowOf(scored[0]!).getByTestId('outcome')).toHaveText('晋级')
  await expect(rowOf(scored[1]!).getByTestId('outcome')).toHaveText('晋级')
  await expect(rowOf(scored[2]!).getByTestId('outcome')).toHaveText('淘汰')
  await expect(page.getByTestId('round-status').first()).toHaveText('已晋级')
})
