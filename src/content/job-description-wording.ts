/** The job-description starters' wording, read from content/job-description.yaml at build time. */
import { getCollection, getEntry } from 'astro:content';
import { ROLE_IDS } from '../engine/ids.ts';
import { indexById } from './index-by-id.ts';
import { jobDescriptionRoleOf, type JobDescriptions } from './job-description-role.ts';
import { loadLabels } from './labels.ts';
import type { JdPageWording, JdWording } from './schemas/job-description.ts';
import { withModelCounts } from './counted.ts';

/** The starter's wording and the role page's wording around it (the site's name filled in); fails the build when the file is missing. */
export async function loadJobDescriptionWording(): Promise<{ starter: JdWording; page: JdPageWording }> {
  const entry = await getEntry('jobDescription', 'job-description');
  if (!entry) throw new Error('content/job-description.yaml is missing');
  return withModelCounts(entry.data);
}

/** Everything a result's job-description starters need, as plain data for the island: every role's text, the sources' names, the wording. */
export async function loadJobDescriptions(): Promise<JobDescriptions> {
  const [roles, labels, wording] = await Promise.all([getCollection('roles'), loadLabels(), loadJobDescriptionWording()]);
  const byId = indexById('roles', ROLE_IDS, roles.map(({ data }) => ({ id: data.id, value: jobDescriptionRoleOf(data, labels.sources) })));
  return { roles: byId, sources: labels.sources, starter: wording.starter, page: wording.page };
}
