import { expect, test } from './guarded'
import { ApiSession, createOpenVideoContest, daysFromNow, login, logout, runId, screenshotPath, submitEligibleEntries, type SceneContest } from './support'

interface QueueItem {
  assignmentId: number
  title: string
}

/**
 * The scene, set up through the API: three eligible videos judged by the demo judge (文学院) in one round, scored
 * and locked. Totals by title: 晨光 90, 归途 and 灯火 75 each (the same sheet: a tie nothing breaks).
 */
async function contestWithLockedRound(title: string): Promise<{ contest: SceneContest; works: string[] }> {
  const organizer = await ApiSession.signIn('organizer')
  const works = [`晨光 ${runId()}`, `归途 ${runId()}`, `灯火 ${runId()}`]
  const sheets: Record<string, [number, number]> = { [works[0]!]: [36, 18], [works[1]!]: [30, 15], [works[2]!]: [30, 15] }
  const contest = await createOpenVideoContest(organizer, title, { theme: '评奖', maxEntriesPerStudent: 3 })
  await submitEligibleEntries(organizer, contest, '获奖同学', works)
  for (const status of ['CLOSED', 'JUDGING']) {
    await organizer.send('POST', `/api/organize/contests/${contest.id}/status`, { status })
  }
  const round = await organizer.send<{ id: number }>('POST', `/api/organize/contests/${contest.id}/rounds`, {
    name: '终评',
    categoryIds: [contest.categories[0]!.id],
    judgesPerEntry: 1,
    blind: true,
    opensAt: daysFromNow(-1),
    closesAt: daysFromNow(3),
    aggregation: 'MEAN',
    advanceRule: { kind: 'TOP_N', value: 3 },
    criteria: [
      { name: '创意', description: '主题与构思', maxScore: 40, weight: 60 },
      { name: '制作', description: '画面与声音', maxScore: 20, weight: 40 },
    ],
  })
  const [judge] = await organizer.send<{ id: number }[]>('GET', `/api/organize/rounds/${round.id}/judge-candidates?q=${encodeURIComponent('陈教授')}`)
  await organizer.send('PUT', `/api/organize/rounds/${round.id}/judges`, {
    judges: [{ userId: judge!.id, categoryIds: [contest.categories[0]!.id] }],
  })
  await organizer.send('POST', `/api/organize/rounds/${round.id}/assignment`, {})
  await organizer.send('POST', `/api/organize/rounds/${round.id}/open`, {})

  const judgeSession = await ApiSession.signIn('judge')
  const queue = await judgeSession.send<{ items: QueueItem[] }>('GET', `/api/judging/rounds/${round.id}/queue`)
  for (const item of queue.items) {
    const view = await judgeSession.send<{ version: number; round: { criteria: { id: number }[] } }>('GET', `/api/judging/assignments/${item.assignmentId}`)
    const [creative, craft] = sheets[item.title]!
    await judgeSession.send('POST', `/api/judging/assignments/${item.assignmentId}/submit`, {
      scores: { [view.round.criteria[0]!.id]: creative, [view.round.criteria[1]!.id]: craft },
      comment: '',
      version: view.version,
    })
  }
  await judgeSession.dispose()
  await organizer.send('POST', `/api/organize/rounds/${round.id}/lock`, {})
  await organizer.dispose()
  return { contest, works }
}

// Journey 11: from a locked final round to published results — tiers, a tie decided, publicity, publication —
// and what a logged-out visitor then sees: the gallery, a winning video, a verified certificate.
test('journey 11: the organizer allocates tiers, decides a tie, runs publicity and publishes; a visitor watches the winner and verifies its certificate', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const title = `E2E 评奖赛 ${runId()}`
  const { contest, works } = await contestWithLockedRound(title)
  const [first, second, third] = works as [string, string, string]

  // tiers: 一等奖 1 and 二等奖 1 by count; the two works tied at place 2 straddle 二等奖's edge
  await login(page, 'organizer')
  await page.goto(`/organize/contests/${contest.id}/results`)
  await expect(page.getByRole('heading', { name: /评奖与公示/ })).toBeVisible()
  for (const name of ['一等奖', '二等奖']) {
    await page.getByRole('button', { name: '添加奖项' }).click()
    await page.getByTestId('tier-row').last().getByLabel('奖项名称').fill(name)
  }
  await page.getByTestId('save-tiers').click()
  await expect(page.getByText('奖项已保存')).toBeVisible()

  const tie = page.getByTestId('tie')
  await expect(tie).toContainText('第 2 名并列 2 件，跨越“二等奖”的分界（该奖项剩余 1 个名额）')
  await expect(page.getByTestId('allocate')).toBeDisabled()
  await tie.getByText('全部获得“二等奖”').click()
  await expect(tie).toContainText('已决定')
  await page.getByTestId('allocate').click()
  await expect(page.getByText('奖项已分配')).toBeVisible()

  const awards = page.getByTestId('awards-table')
  await expect(awards.locator('.el-table__body-wrapper tr')).toHaveCount(3)
  await expect(awards.locator('tr').filter({ hasText: first })).toContainText('一等奖')
  await expect(awards.locator('tr').filter({ hasText: second })).toContainText('二等奖')
  await expect(awards.locator('tr').filter({ hasText: third })).toContainText('二等奖')
  await page.screenshot({ path: screenshotPath('journey-11-awards-1366'), fullPage: true })

  // publicity: the list goes public; the end is moved close through the API so the test need not wait a week
  await page.getByRole('tab', { name: '公示与发布' }).click()
  await page.getByTestId('start-publicity').click()
  await page.getByRole('dialog').getByRole('button', { name: '开始公示' }).click()
  await expect(page.getByText('公示已开始')).toBeVisible()
  await expect(page.getByTestId('contest-status')).toHaveText('公示中')

  const visitorContext = await browser.newContext()
  const visitor = await visitorContext.newPage()
  const contestSlug = await page.evaluate(async (id) => {
    const response = await fetch(`/api/organize/contests/${id}/results`)
    return ((await response.json()) as { slug: string }).slug
  }, contest.id)
  await visitor.goto(`/contests/${contestSlug}`)
  await visitor.getByTestId('publicity-link').click()
  await expect(visitor.getByRole('heading', { name: /评奖结果公示/ })).toBeVisible()
  await expect(visitor.getByTestId('publicity-table').first()).toContainText(first)
  await expect(visitor.getByRole('link', { name: '登录后提出异议' }).first()).toBeVisible()

  const organizerApi = await ApiSession.signIn('organizer')
  await organizerApi.send('PUT', `/api/organize/contests/${contest.id}/publicity`, { endsAt: new Date(Date.now() + 2_000).toISOString() })
  await organizerApi.dispose()
  await page.waitForTimeout(2_500)
  await page.reload()
  await page.getByRole('tab', { name: '公示与发布' }).click()
  await expect(page.getByText('公示期已结束')).toBeVisible()
  await page.getByTestId('publish').click()
  await page.getByRole('dialog').getByRole('button', { name: '发布最终结果' }).click()
  await expect(page.getByText('结果已发布')).toBeVisible()
  await expect(page.getByTestId('contest-status')).toHaveText('已发布')
  await logout(page)

  await visitor.reload()
  await expect(visitor.getByRole('heading', { name: /获奖名单/ })).toBeVisible()
  await expect(visitor.getByTestId('publicity-table').first()).toContainText(first)

  // the logged-out visitor: the gallery, the winning video playing, the certificate's QR link verified
  await visitor.goto(`/contests/${contestSlug}`)
  await visitor.getByTestId('contest-gallery-link').click()
  await expect(visitor).toHaveURL(new RegExp(`/gallery/${contestSlug}$`))
  await visitor.getByTestId('gallery-work').filter({ hasText: first }).click()
  await expect(visitor.getByRole('heading', { name: first })).toBeVisible()
  const player = visitor.locator('video')
  await expect.poll(() => player.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
  expect(await player.evaluate((element: HTMLVideoElement) => element.error?.code ?? null)).toBeNull()
  await player.evaluate((element: HTMLVideoElement) => {
    element.muted = true
    return element.play()
  })
  await expect.poll(() => player.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 15_000 }).toBeGreaterThan(0)
  await visitor.screenshot({ path: screenshotPath('journey-11-gallery-work-1366') })

  // the QR code on the certificate encodes {public URL}/verify/{serial} (decoded in CertificateApiTest)
  const organizerAfter = await ApiSession.signIn('organizer')
  const awarded = await organizerAfter.send<{ title: string; certificateSerial: string }[]>('GET', `/api/organize/contests/${contest.id}/awards`)
  await organizerAfter.dispose()
  const serial = awarded.find((award) => award.title === first)!.certificateSerial
  await visitor.goto(`/verify/${serial}`)
  const verdict = visitor.getByTestId('verify-result')
  await expect(verdict).toContainText('证书有效')
  await expect(verdict).toContainText(`《${first}》`)
  await expect(verdict).toContainText('一等奖')
  await visitorContext.close()
})
