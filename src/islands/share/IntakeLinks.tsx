/**
 * /share/'s list of intake packs: once every question that applies is set, the plan is known,
 * and each of its seats gets a link to its pack (`/roles/<role-id>/?<answers>`). The engine is a
 * chunk of its own, loaded only then, so the builder's first script stays small.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CompleteAnswers } from '../../engine/answers.ts';
import type { RoleId } from '../../engine/ids.ts';
import { toQuery } from '../../engine/url.ts';
import type { Labels } from '../../content/labels.ts';
import type { IntakeWording } from '../../content/schemas/intake-wording.ts';
import { fill } from '../../content/fill.ts';
import { intakeHref } from '../../links.ts';

interface Props {
  answers: CompleteAnswers;
  base: string;
  labels: Labels;
  words: IntakeWording['share'];
}

const loadEngine = () => import('../../engine/recommend.ts');

export function IntakeLinks({ answers, base, labels, words: W }: Props) {
  const query = toQuery(answers);
  const [seats, setSeats] = useState<{ query: string; roles: RoleId[] } | null>(null);
  useEffect(() => {
    let current = true;
    void loadEngine().then(({ recommend }) => {
      if (current) setSeats({ query, roles: recommend(answers).hireOrder.map((item) => item.role) });
    });
    return () => { current = false; };
  }, [query]);
  const roles = seats?.query === query ? seats.roles : null;
  return (
    <section class="share-panel" aria-labelledby="share-intake-title" data-intake-links>
      <h2 id="share-intake-title">{W.heading}</h2>
      <p>{W.intro}</p>
      {roles === null
        ? <p class="muted" role="status">{W.loading}</p>
        : <ul>{roles.map((role) => <li key={role}><a href={intakeHref(base, role, answers)} data-intake={role}>{fill(W.link, { role: labels.roles[role].name })}</a></li>)}</ul>}
    </section>
  );
}
