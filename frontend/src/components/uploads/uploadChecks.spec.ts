import { describe, expect, it } from 'vitest'
import { SpeedMeter } from './speedMeter'
import { acceptAttribute, fileExtension, precheckFile } from './uploadChecks'

const MiB = 1024 * 1024
const VIDEO = { maxBytes: 500 * MiB, formats: ['mp4', 'mov', 'webm'] }
const POSTER = { maxBytes: 20 * MiB, formats: ['jpg', 'png', 'tiff'] }

describe('precheckFile', () => {
  it('passes a file the category takes', () => {
    expect(precheckFile({ name: '我的作品.MP4', size: 20 * MiB }, VIDEO, 'zh-CN')).toBeNull()
    expect(precheckFile({ name: 'poster.jpeg', size: MiB }, POSTER, 'zh-CN')).toBeNull()
    expect(precheckFile({ name: 'scan.tif', size: MiB }, POSTER, 'zh-CN')).toBeNull()
  })

  it('names a wrong or missing extension and what is accepted', () => {
    expect(precheckFile({ name: 'clip.avi', size: MiB }, VIDEO, 'zh-CN')).toEqual({
      key: 'upload.wrongFormat',
      params: { ext: 'AVI', formats: 'MP4、MOV、WEBM' },
    })
    expect(precheckFile({ name: 'clip', size: MiB }, VIDEO, 'en')).toEqual({
      key: 'upload.noExtension',
      params: { formats: 'MP4, MOV, WEBM' },
    })
  })

  it('refuses empty and too large files, saying how large', () => {
    expect(precheckFile({ name: 'a.mp4', size: 0 }, VIDEO, 'zh-CN')).toEqual({ key: 'upload.empty', params: {} })
    expect(precheckFile({ name: 'a.mp4', size: 600 * MiB }, VIDEO, 'zh-CN')).toEqual({
      key: 'upload.tooLarge',
      params: { size: '600 MB', max: '500 MB' },
    })
    expect(precheckFile({ name: 'a.mp4', size: 500 * MiB }, VIDEO, 'zh-CN')).toBeNull()
  })

  it('builds the picker filter with the usual spellings', () => {
    expect(acceptAttribute(POSTER.formats)).toBe('.jpg,.jpeg,.png,.tiff,.tif')
    expect(fileExtension('a.b.WebM')).toBe('webm')
    expect(fileExtension('.hidden')).toBe('')
    expect(fileExtension('trailing.')).toBe('')
  })
})

describe('SpeedMeter', () => {
  it('averages over the recent window', () => {
    const meter = new SpeedMeter(4000)
    expect(meter.bytesPerSecond()).toBe(0)
    meter.record(0, 0)
    meter.record(MiB, 1000)
    expect(meter.bytesPerSecond()).toBe(MiB)
    meter.record(3 * MiB, 2000)
    expect(meter.bytesPerSecond()).toBe(1.5 * MiB)
    // older samples drop out: only the last seconds count
    meter.record(3 * MiB, 7000)
    meter.record(4 * MiB, 8000)
    expect(meter.bytesPerSecond()).toBe(MiB)
  })

  it('starts over when an upload resumes from an earlier offset', () => {
    const meter = new SpeedMeter()
    meter.record(8 * MiB, 0)
    meter.record(9 * MiB, 1000)
    meter.record(4 * MiB, 1500)
    expect(meter.bytesPerSecond()).toBe(0)
  })
})
