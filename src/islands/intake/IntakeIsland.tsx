/**
 * A role page's intake pack for the answers of its link: reads them through the codec, names
 * what it could not use in the site's link notice, says what is missing when the answers give
 * no plan yet, and otherwise draws the pack from the result document. Nothing from the URL is
 * rendered as HTML: answers are matched to option ids, problems are shown as text.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { provideWording, type ResultWording } from '../../content/result-wording.ts';
import { isComplete, missingQuestions } from '../../engine/answers.ts';
import type { RoleId } from '../../engine/ids.ts';
import { recommend } from '../../engine/recommend.ts';
import { parseAnswers } from '../../engine/url.ts';
import type { ResultLabels } from '../../content/labels.ts';
import type { JobDescriptions } from '../../content/job-description-role.ts';
import { INTAKE_WORDING } from '../../content/intake-wording.ts';
import { intakeDataHref, quizHref, resultHref } from '../../links.ts';
import { resultDocument } from '../../result/document.ts';
import { intakeOf } from '../../plan/intake.ts';
import { UrlNotice } from '../UrlNotice.tsx';
import { IntakePack } from './IntakePack.tsx';
import { fetchJson } from '../fetch-json.ts';

interface Props {
  role: RoleId;
  base: string;
  search: string;
  pageHref: string;
}

type IntakeData = { labels: ResultLabels; jobDescriptions: JobDescriptions; wording: ResultWording };

export function IntakeIsland({ role, base, search, pageHref }: Props) {
  // `failed`: the data could not be fetched (offline, a host that lost the file): the role page stays as it is.
  const [data, setData] = useState<IntakeData | 'failed' | null>(null);
  useEffect(() => {
    void fetchJson<IntakeData>(intakeDataHref(base)).then(setData, () => setData('failed'));
  }, [base]);
  const parsed = useMemo(() => parseAnswers(search), [search]);
  const { answers, problems } = parsed;
  const pack = useMemo(() => {
    if (!data || data === 'failed' || !isComplete(answers)) return null;
    provideWording(data.wording);
    return intakeOf(resultDocument(recommend(answers), data.labels), role, data.jobDescriptions, INTAKE_WORDING);
  }, [data, answers, role]);
  if (data === 'failed') return null;
  if (!data) return <p class="intake-loading muted" role="status">{INTAKE_WORDING.loading}</p>;
  const given = Object.keys(answers).length > 0;
  const missing = given && !isComplete(answers) ? missingQuestions(answers) : [];
  return (
    <>
      <UrlNotice problems={problems} missing={missing} labels={data.labels} continueHref={quizHref(base, answers)} />
      {pack && <IntakePack pack={pack} sources={data.jobDescriptions.sources} resultLink={new URL(resultHref(base, answers), pageHref).href} />}
    </>
  );
}
