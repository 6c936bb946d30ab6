/**
 * Bit-level writer and reader with the small integer codes the resume codec uses:
 * - exp-Golomb (order 0): 0 -> 1 bit, 1..2 -> 3 bits, 3..6 -> 5 bits ...;
 * - limited Rice codes with parameter k for gap lists (an escape to exp-Golomb keeps outliers cheap).
 */
export class CodecError extends Error {}

const RICE_LIMIT = 12;

export function expGolombBits(value: number): number {
  return 2 * Math.floor(Math.log2(value + 1)) + 1;
}

export function riceBits(value: number, k: number): number {
  const q = Math.floor(value / 2 ** k);
  return q < RICE_LIMIT ? q + 1 + k : RICE_LIMIT + expGolombBits(value - RICE_LIMIT * 2 ** k);
}

export class BitWriter {
  private readonly bits: number[] = [];

  get length(): number {
    return this.bits.length;
  }

  bit(value: boolean | number): void {
    this.bits.push(value ? 1 : 0);
  }

  /** `n` bits of a non-negative integer, most significant first (n <= 48). */
  uint(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  expGolomb(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new CodecError(`not a small non-negative integer: ${value}`);
    const v = value + 1;
    const n = Math.floor(Math.log2(v));
    for (let i = 0; i < n; i++) this.bits.push(0);
    this.uint(v, n + 1);
  }

  rice(value: number, k: number): void {
    const q = Math.floor(value / 2 ** k);
    if (q < RICE_LIMIT) {
      for (let i = 0; i < q; i++) this.bits.push(1);
      this.bits.push(0);
      this.uint(value % 2 ** k, k);
    } else {
      for (let i = 0; i < RICE_LIMIT; i++) this.bits.push(1);
      this.expGolomb(value - RICE_LIMIT * 2 ** k);
    }
  }

  append(other: BitWriter): void {
    for (const b of other.bits) this.bits.push(b);
  }

  toBytes(): Uint8Array {
    const bytes = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((b, i) => {
      if (b) bytes[i >> 3]! |= 0x80 >> (i & 7);
    });
    return bytes;
  }
}

export class BitReader {
  private pos = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly end = bytes.length * 8,
  ) {}

  get remaining(): number {
    return this.end - this.pos;
  }

  bit(): number {
    if (this.pos >= this.end) throw new CodecError('ran out of data');
    const b = (this.bytes[this.pos >> 3]! >> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b;
  }

  uint(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 2 + this.bit();
    return v;
  }

  expGolomb(): number {
    let n = 0;
    while (this.bit() === 0) {
      if (++n > 40) throw new CodecError('number too long');
    }
    return 2 ** n + this.uint(n) - 1;
  }

  rice(k: number): number {
    let q = 0;
    while (q < RICE_LIMIT && this.bit() === 1) q++;
    if (q === RICE_LIMIT) return this.expGolomb() + RICE_LIMIT * 2 ** k;
    return q * 2 ** k + this.uint(k);
  }
}
