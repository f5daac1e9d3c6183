/** The job-description starters' wording, read from content/job-description.yaml at build time. */
import { getEntry } from 'astro:content';
import type { JdPageWording, JdWording } from './schemas/job-description.ts';

/** The starter's wording and the role page's wording around it; fails the build when the file is missing. */
export async function loadJobDescriptionWording(): Promise<{ starter: JdWording; page: JdPageWording }> {
  const entry = await getEntry('jobDescription', 'job-description');
  if (!entry) throw new Error('content/job-description.yaml is missing');
  return entry.data;
}
