import type { Browser } from 'puppeteer-core';

export function findChromium(): string | undefined;
export const CHROMIUM_ARGS: readonly string[];
export function launchChromium(): Promise<Browser>;
