/** The text without a leading byte-order mark (editors on Windows often write one; JSON.parse refuses it). */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
