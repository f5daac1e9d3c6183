import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { questionSchema } from './content/schemas/question.ts';
import { roleIdOfFile, roleSchema } from './content/schemas/role.ts';
import { sourceSchema } from './content/schemas/source.ts';
import { studySchema } from './content/schemas/study.ts';
import { reasonSchema } from './content/schemas/reason.ts';
import { ruleSchema } from './content/schemas/rule.ts';
import { jobDescriptionContentSchema } from './content/schemas/job-description.ts';

const questions = defineCollection({ loader: file('content/questions.yaml'), schema: questionSchema });

const roles = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/roles', generateId: roleIdOfFile }),
  schema: roleSchema,
});

const sources = defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema });

const studies = defineCollection({ loader: file('content/studies.yaml'), schema: studySchema });

const reasons = defineCollection({ loader: file('content/reasons.json'), schema: reasonSchema });

const rules = defineCollection({ loader: file('content/rules.yaml'), schema: ruleSchema });

// One file, one entry (id "job-description"): the wording of the job-description starters.
const jobDescription = defineCollection({
  loader: glob({ pattern: 'job-description.yaml', base: './content' }),
  schema: jobDescriptionContentSchema,
});

export const collections = { questions, roles, sources, studies, reasons, rules, jobDescription };
