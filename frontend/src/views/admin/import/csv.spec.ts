import { describe, expect, it } from 'vitest'
import { buildCsv, credentialsCsv, credentialsFileName, csvField, templateCsv, UTF8_BOM } from './csv'

describe('csvField', () => {
  it('quotes only when needed (RFC 4180)', () => {
    expect(csvField('张三')).toBe('张三')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(' padded ')).toBe('" padded "')
    expect(csvField(null)).toBe('')
    expect(csvField(42)).toBe('42')
  })

  it('keeps spreadsheets from running cell text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('+86')).toBe("'+86")
    expect(csvField('@sum')).toBe("'@sum")
  })

  it('writes raw fields unchanged', () => {
    expect(csvField('=Ab3$kP9', true)).toBe('=Ab3$kP9')
  })
})

describe('buildCsv', () => {
  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    const csv = buildCsv(['a', 'b'], [['1', '2']])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n`)
  })
})

describe('credentialsCsv', () => {
  it('lists every imported account with its initial password', () => {
    const csv = credentialsCsv([
      { username: '20260001', displayName: '张三', unitPath: '示范大学 / 计算机学院 / 软件2301班', initialPassword: 'Xy7#kq,2' },
      { username: '20260002', displayName: '李四', unitPath: '示范大学 / 文学院', initialPassword: '-Ab9zz' },
    ])
    expect(csv.split('\r\n')).toEqual([
      `${UTF8_BOM}学号/工号,姓名,单位,初始密码`,
      '20260001,张三,示范大学 / 计算机学院 / 软件2301班,"Xy7#kq,2"',
      '20260002,李四,示范大学 / 文学院,-Ab9zz',
      '',
    ])
  })

  it('is named after the local date and time', () => {
    expect(credentialsFileName(new Date(2026, 2, 1, 9, 5))).toBe('初始密码-20260301-0905.csv')
  })
})

describe('templateCsv', () => {
  it('has the four import columns and example rows in the given unit', () => {
    const lines = templateCsv('示范大学/计算机学院', false).split('\r\n')
    expect(lines[0]).toBe(`${UTF8_BOM}学号/工号,姓名,单位,角色`)
    expect(lines[1]).toBe('2026000001,张三,示范大学/计算机学院,学生')
    expect(lines.filter((line) => line.includes('评委'))).toHaveLength(0)
  })

  it('shows a staff example with several roles to administrators', () => {
    expect(templateCsv(null, true)).toContain('T2026001,王老师,XX大学/计算机学院/软件2301班,评委、组织者')
  })
})
