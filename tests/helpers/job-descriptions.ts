/** What a result page hands its island for the job-description starters, loaded from the real content files (no Astro). */
import { jobDescriptionContentSchema } from '../../src/content/schemas/job-description.ts';
import { roleSchema, type Role } from '../../src/content/schemas/role.ts';
import { sourceSchema } from '../../src/content/schemas/source.ts';
import { jobDescriptionRoleOf, type JobDescriptions } from '../../src/content/job-description-role.ts';
import { loadList, loadObject, roleFileNames } from './content-files.ts';

/** The starters' data as src/content/job-description-wording.ts builds it, with the parsed role files. */
export async function loadJobDescriptionsForTests(): Promise<{ jd: JobDescriptions; roles: Role[] }> {
  const content = jobDescriptionContentSchema.parse(await loadObject('content/job-description.yaml'));
  const sources = Object.fromEntries((await loadList('content/sources.yaml')).map((entry) => sourceSchema.parse(entry)).map((source) => [source.id, { title: source.title, short: source.short }])) as JobDescriptions['sources'];
  const roles = await Promise.all(roleFileNames().map(async (name) => roleSchema.parse(await loadObject(`content/roles/${name}`))));
  const jd: JobDescriptions = {
    roles: Object.fromEntries(roles.map((role) => [role.id, jobDescriptionRoleOf(role, sources)])) as JobDescriptions['roles'],
    sources,
    starter: content.starter,
    page: content.page,
  };
  return { jd, roles };
}
