import { z } from 'astro/zod';

/**
 * An address we link out to: an absolute https URL with a host and no credentials. Plain
 * http, `javascript:` and relative links fail the build, so a typo cannot ship a link that
 * downgrades or runs script.
 */
export const httpsUrlSchema = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '' && url.href === text;
  } catch {
    return false;
  }
}, 'must be an absolute https:// address, written as the URL parser normalises it');
