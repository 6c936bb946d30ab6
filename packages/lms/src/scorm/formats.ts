/** SCORM value formats for both versions. Pure; every function answers a string the spec accepts. */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999, the format's limit). */
export function timespan12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const capped = hours === 9999 && centis >= 9999 * 360000 ? 9999 * 360000 + 359999 : centis;
  const minutes = Math.floor((capped % 360000) / 6000);
  const seconds = Math.floor((capped % 6000) / 100);
  const hundredths = capped % 100;
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(hundredths)}`;
}

/** 2004 timeinterval (ISO 8601 duration) `PT#H#M#S`, seconds with at most two decimals. */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  // Always give seconds so a zero duration is still valid ("PT0S").
  out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

function validDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** 1.2 CMITime `HH:MM:SS`: the learner's local time of day. */
export function time12(iso: string): string {
  const date = validDate(iso) ?? new Date(0);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * 2004 time(second,10,0) `YYYY-MM-DDThh:mm:ss.sZ` in UTC. The spec allows a zone designator only
 * after fractional seconds in some LMS validators (scorm-again, Moodle), so one decimal is always given.
 */
export function timestamp2004(iso: string): string {
  const date = validDate(iso) ?? new Date(0);
  const tenths = Math.floor(date.getUTCMilliseconds() / 100);
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${tenths}Z`
  );
}

/** A CMIDecimal without float noise: at most `places` decimals. */
export function decimal(value: number, places = 2): string {
  return String(Number(value.toFixed(places)));
}

/** 1.2 CMIIdentifier: printable ASCII without whitespace, at most 255 characters. */
export function identifier12(id: string): string {
  return id.replace(/[^\u0021-\u007E]/g, '_').slice(0, 255);
}

/** 2004 long_identifier_type: no whitespace, at most 4000 characters. */
export function identifier2004(id: string): string {
  return id.replace(/\s/g, '_').slice(0, 4000);
}

/** 2004 localized_string_type: `{lang=xx}` then at most 250 characters. */
export function localized2004(text: string, lang: string): string {
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, 250);
  return lang ? `{lang=${lang}}${clean}` : clean;
}
