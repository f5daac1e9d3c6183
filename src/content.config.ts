import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { questionSchema } from './content/schemas/question.ts';
import { roleIdOfFile, roleSchema } from './content/schemas/role.ts';
import { sourceSchema } from './content/schemas/source.ts';
import { studySchema } from './content/schemas/study.ts';
import { reasonSchema } from './content/schemas/reason.ts';
import { ruleSchema } from './content/schemas/rule.ts';
import { resultWordingSchema } from './content/schemas/result-wording.ts';
import resultWording from '../content/result.json' with { type: 'json' };
import { quizWordingSchema } from './content/schemas/quiz-wording.ts';
import quizWording from '../content/quiz.json' with { type: 'json' };
import { jobDescriptionContentSchema } from './content/schemas/job-description.ts';
import { shareWordingSchema } from './content/schemas/share-wording.ts';
import shareWording from '../content/share.json' with { type: 'json' };
import { embedBuilderWordingSchema } from './content/schemas/embed-builder.ts';
import embedBuilderWording from '../content/embed-builder.json' with { type: 'json' };
import { socialWordingSchema } from './content/schemas/social-wording.ts';
import socialWording from '../content/social.json' with { type: 'json' };
import { noticeWordingSchema } from './content/schemas/notice-wording.ts';
import noticeWording from '../content/notice.json' with { type: 'json' };
import { siteWordingSchema } from './content/schemas/site-wording.ts';
import siteWording from '../content/site.json' with { type: 'json' };
import { pagesWordingSchema } from './content/schemas/pages-wording.ts';
import pagesWording from '../content/pages.json' with { type: 'json' };
import { howItWorksWordingSchema } from './content/schemas/how-it-works-wording.ts';
import howItWorksWording from '../content/how-it-works.json' with { type: 'json' };
import { planWordingSchema } from './content/schemas/plan-wording.ts';
import planWording from '../content/plan.json' with { type: 'json' };
import { intakeWordingSchema } from './content/schemas/intake-wording.ts';
import intakeWording from '../content/intake.json' with { type: 'json' };

const questions = defineCollection({ loader: file('content/questions.yaml'), schema: questionSchema });

const roles = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/roles', generateId: roleIdOfFile }),
  schema: roleSchema,
});

const sources = defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema });

const studies = defineCollection({ loader: file('content/studies.yaml'), schema: studySchema });

const reasons = defineCollection({ loader: file('content/reasons.json'), schema: reasonSchema });

const rules = defineCollection({ loader: file('content/rules.yaml'), schema: ruleSchema });

// One entry: the words of a result (the islands import the file itself; this checks it at build time).
const result = defineCollection({ loader: async () => [{ id: 'result', ...resultWording }], schema: resultWordingSchema });

// One entry: the words of the questionnaire (pages import the file itself; this checks it at build time).
const quiz = defineCollection({ loader: async () => [{ id: 'quiz', ...quizWording }], schema: quizWordingSchema });

// One file, one entry (id "job-description"): the wording of the job-description starters.
const jobDescription = defineCollection({
  loader: glob({ pattern: 'job-description.yaml', base: './content' }),
  schema: jobDescriptionContentSchema,
});

// One entry: the words of the link builder (its island imports the file; this checks it at build time).
const share = defineCollection({ loader: async () => [{ id: 'share', ...shareWording }], schema: shareWordingSchema });

// One entry: the words of /embed-builder/ (its page reads them from here, checked at build time).
const embedBuilder = defineCollection({ loader: async () => [{ id: 'embed-builder', ...embedBuilderWording }], schema: embedBuilderWordingSchema });

// One entry: the words of the link-preview cards (src/social/cards.ts imports the file; this checks it at build time).
const social = defineCollection({ loader: async () => [{ id: 'social', ...socialWording }], schema: socialWordingSchema });

// One entry: the words of a link's notice (they travel with the labels; this checks them at build time).
const notice = defineCollection({ loader: async () => [{ id: 'notice', ...noticeWording }], schema: noticeWordingSchema });

// One entry each: the site's words around every page, the pages' own, and /how-it-works/'s prose
// (content/site-wording.ts and page-wording.ts import the files; these check them at build time).
const site = defineCollection({ loader: async () => [{ id: 'site', ...siteWording }], schema: siteWordingSchema });
const pages = defineCollection({ loader: async () => [{ id: 'pages', ...pagesWording }], schema: pagesWordingSchema });
const howItWorks = defineCollection({ loader: async () => [{ id: 'how-it-works', ...howItWorksWording }], schema: howItWorksWordingSchema });

// One entry: the words of the hiring plan (src/plan/wording.ts imports the file; this checks it at build time).
const plan = defineCollection({ loader: async () => [{ id: 'plan', ...planWording }], schema: planWordingSchema });

// One entry: the words of a seat's intake pack (content/intake-wording.ts imports the file; this checks it at build time).
const intake = defineCollection({ loader: async () => [{ id: 'intake', ...intakeWording }], schema: intakeWordingSchema });

export const collections = {
  questions, roles, sources, studies, reasons, rules, result, quiz, jobDescription, share, embedBuilder, social, notice, site, pages, howItWorks, plan, intake,
};
