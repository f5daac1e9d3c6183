/**
 * A job-description starter for a seat to fill now ([data-jd="<role id>"]): the role's
 * Markdown tailored by the result (how many, how to fill it, the phase, a regulated domain),
 * in a read-only text box that is the copy button's target.
 *
 * What it is written from (every role's text, the sources' names, the wording) is not in the
 * page: it comes from /roles/intake-data.json, which the intake packs read too, fetched with the
 * writer's chunk the first time a seat's details are opened (the /result/ HTML budget). Where
 * the file cannot be fetched, the seat shows its reasons without a starter.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DocItem } from '../../result/document.ts';
import type { JobDescriptions } from '../../content/job-description-role.ts';
import { fill } from '../../content/fill.ts';
import { intakeDataHref } from '../../links.ts';
import { CopyButton } from '../CopyButton.tsx';
import { fetchJson, keptUntilFailure } from '../fetch-json.ts';

export type { JobDescriptions };

type Writer = typeof import('../../result/job-description.ts').jobDescriptionMarkdown;
type Starters = { write: Writer; data: JobDescriptions };
/** The writer (a chunk of its own) and its data, loaded once for every seat; a failed fetch is tried again at the next opening. */
const loadStarters = keptUntilFailure((base: string): Promise<Starters> => Promise.all([
  import('../../result/job-description.ts'),
  fetchJson<{ jobDescriptions: JobDescriptions }>(intakeDataHref(base)),
]).then(([module, file]) => ({ write: module.jobDescriptionMarkdown, data: file.jobDescriptions })));

/** `active`: its seat's details have been opened (the starter loads then). */
export function JobDescription({ item, base, active }: { item: DocItem; base: string; active: boolean }) {
  const [status, setStatus] = useState('');
  const [loaded, setLoaded] = useState<Starters | null>(null);
  useEffect(() => {
    if (active && !loaded) void loadStarters(base).then(setLoaded, () => undefined);
  }, [active]);
  const tailoring = item.jobDescription;
  // A what-if change renders every item again; the starter is rewritten only when its tailoring changed.
  const markdown = useMemo(() => {
    if (!tailoring || !loaded) return null;
    const { write, data } = loaded;
    const count = tailoring.count ? { ...tailoring.count, source: { id: tailoring.count.source, ...data.sources[tailoring.count.source] } } : undefined;
    return write(data.roles[item.role], data.starter, { ...tailoring, count });
  }, [loaded, item.role, JSON.stringify(tailoring)]);
  if (markdown === null || !loaded) return null;
  const { data } = loaded;
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
