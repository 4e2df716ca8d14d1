import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from './guarded'
import { login, screenshotPath } from './support'

const HEADER = '学号/工号,姓名,单位,角色'

async function writeCsv(dir: string, name: string, rows: string[]): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, [HEADER, ...rows].join('\r\n') + '\r\n', 'utf8')
  return file
}

// Journey 3: bulk import rejects a file with a bad row, then imports the corrected file.
test('journey 3: admin previews, fixes and imports a CSV of accounts', async ({ page }) => {
  const suffix = Date.now().toString(36)
  const usernames = [1, 2, 3].map((n) => `e2e${suffix}${n}`)
  const dir = await mkdtemp(path.join(tmpdir(), 'pingxuan-import-'))
  const row = (unit: string) => [
    `${usernames[0]},导入测试一,示范大学/计算机学院/软件2301班,学生`,
    `${usernames[1]},导入测试二,${unit},学生`,
    `${usernames[2]},导入测试三,示范大学/文学院,评委`,
  ]
  const badFile = await writeCsv(dir, 'accounts-bad.csv', row('不存在学院'))
  const goodFile = await writeCsv(dir, 'accounts-good.csv', row('示范大学/艺术学院/视觉传达2301班'))

  await login(page, 'admin')
  await expect(page).toHaveURL(/\/admin\/users$/)
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '批量导入' }).click()
  await expect(page.getByRole('heading', { name: '批量导入', level: 1 })).toBeVisible()

  // A file with one unknown unit: exactly one bad row, and nothing can be imported.
  await page.getByLabel('选择文件').setInputFiles(badFile)
  await expect(page.getByTestId('import-summary')).toHaveText('共 3 行，2 行有效，1 行有误')
  const errorRows = page.getByTestId('import-errors').locator('tbody tr')
  await expect(errorRows).toHaveCount(1)
  const cells = errorRows.first().locator('td')
  // Rows are numbered as a spreadsheet shows them: the 2nd data row is row 3, after the header.
  await expect(cells.nth(0)).toHaveText('3')
  await expect(errorRows.first()).toContainText('不存在学院')
  await expect(cells.nth(3)).not.toBeEmpty()
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled()

  // The corrected file passes and is imported.
  await page.getByLabel('选择文件').setInputFiles(goodFile)
  await expect(page.getByTestId('import-summary')).toHaveText('共 3 行，3 行有效，0 行有误')
  const importButton = page.getByRole('button', { name: '导入', exact: true })
  await expect(importButton).toBeEnabled()
  await importButton.click()
  await expect(page.getByRole('heading', { name: '成功导入 3 个账号' })).toBeVisible()

  // The one-time credentials download: UTF-8 with BOM, one line per account.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载账号与初始密码（CSV）' }).click(),
  ])
  const csv = await readFile(await download.path(), 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  expect(csv).toContain('学号/工号,姓名,单位,初始密码')
  for (const username of usernames) expect(csv).toContain(username)
  await page.screenshot({ path: screenshotPath('journey-3-import'), fullPage: true })
})
