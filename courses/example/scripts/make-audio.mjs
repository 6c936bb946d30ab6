// Writes media/teacher-voice.wav: 2 s of a soft 220 Hz tone that fades in and out (8 kHz, 8-bit mono PCM).
// A stand-in for a real recording, small enough to keep in the repository. Run: node courses/example/scripts/make-audio.mjs
import { writeFileSync } from 'node:fs';

const rate = 8000;
const seconds = 2;
const samples = rate * seconds;
const data = Buffer.alloc(samples);
for (let i = 0; i < samples; i++) {
  const t = i / rate;
  const envelope = Math.sin((Math.PI * i) / samples) * 0.25;
  data[i] = Math.round(128 + 127 * envelope * Math.sin(2 * Math.PI * 220 * t));
}
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + samples, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16); // fmt chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate, 28); // byte rate
header.writeUInt16LE(1, 32); // block align
header.writeUInt16LE(8, 34); // bits per sample
header.write('data', 36);
header.writeUInt32LE(samples, 40);
writeFileSync(new URL('../media/teacher-voice.wav', import.meta.url), Buffer.concat([header, data]));
