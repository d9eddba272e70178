/** A growable column of 32-bit integers (typed-array backed: nothing for the GC to scan). */
export class IntColumn {
  data: Int32Array
  length = 0
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity))
  }
  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length] = value
    return this.length++
  }
}

/** A growable column of doubles. */
export class FloatColumn {
  data: Float64Array
  length = 0
  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(16, capacity))
  }
  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length] = value
    return this.length++
  }
}
