/**
 * A job-description starter for a seat to fill now ([data-jd="<role id>"]): the role's
 * Markdown tailored by the result (how many, how to fill it, the phase, a regulated domain),
 * in a read-only text box that is the copy button's target.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DocItem } from '../../result/document.ts';
import type { JobDescriptions } from '../../content/job-description-role.ts';
import { fill } from '../../content/fill.ts';
import { CopyButton } from '../CopyButton.tsx';

export type { JobDescriptions };

type Writer = typeof import('../../result/job-description.ts').jobDescriptionMarkdown;
/** The starters' writer, a chunk of its own: it loads once, after the plan is on screen. */
let writer: Promise<Writer> | undefined;
const loadWriter = () => (writer ??= import('../../result/job-description.ts').then((module) => module.jobDescriptionMarkdown));

export function JobDescription({ item, data }: { item: DocItem; data: JobDescriptions }) {
  const [status, setStatus] = useState('');
  const [write, setWrite] = useState<Writer | null>(null);
  useEffect(() => void loadWriter().then((loaded) => setWrite(() => loaded)), []);
  const tailoring = item.jobDescription;
  // A what-if change renders every item again; the starter is rewritten only when its tailoring changed.
  const markdown = useMemo(() => {
    if (!tailoring || !write) return null;
    const count = tailoring.count ? { ...tailoring.count, source: { id: tailoring.count.source, ...data.sources[tailoring.count.source] } } : undefined;
    return write(data.roles[item.role], data.starter, { ...tailoring, count });
  }, [write, item.role, JSON.stringify(tailoring)]);
  if (markdown === null) return null;
  const boxId = `jd-text-${item.role}`;
  return (
    <div class="jd" data-jd={item.role}>
      <p class="jd-title">{data.page.heading}</p>
      <label for={boxId} class="visually-hidden">{fill(data.page.label, { role: item.name })}</label>
      <textarea id={boxId} class="jd-text" readOnly spellcheck={false} rows={10} value={markdown} />
      <div class="jd-actions">
        <CopyButton text={markdown} field={boxId} action="copy-jd" class="button secondary" copied={data.page.copied} refused={data.page.refused} onStatus={setStatus}>{data.page.copy}</CopyButton>
        <p class="jd-status" role="status">{status}</p>
      </div>
    </div>
  );
}
