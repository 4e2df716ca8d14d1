/** Upload speed over the last few seconds: smooth enough to read, quick to follow a changing network. */
export class SpeedMeter {
  private samples: { at: number; bytes: number }[] = []

  constructor(private readonly windowMillis = 4000) {}

  /** Records the bytes sent so far at a moment (milliseconds). */
  record(bytes: number, at: number): void {
    const last = this.samples[this.samples.length - 1]
    if (last && bytes < last.bytes) this.samples = [] // resumed from an earlier offset
    this.samples.push({ at, bytes })
    while (this.samples.length > 2 && this.samples[0]!.at < at - this.windowMillis) this.samples.shift()
  }

  /** Bytes per second; 0 until there are two samples. */
  bytesPerSecond(): number {
    if (this.samples.length < 2) return 0
    const first = this.samples[0]!
    const last = this.samples[this.samples.length - 1]!
    const seconds = (last.at - first.at) / 1000
    return seconds > 0 ? (last.bytes - first.bytes) / seconds : 0
  }

  reset(): void {
    this.samples = []
  }
}
