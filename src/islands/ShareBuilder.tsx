/**
 * The `/share/` island: a recruiter sets the answers they know, a label and a note, and gets
 * the link to send. It prefills from its own query (the result's "Make a prefilled link" and a
 * reload land here) through the codec, naming what it could not use, and keeps that query in
 * step with the builder so a reload loses nothing.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { Labels } from '../content/labels.ts';
import { createShareBuilder } from '../share/builder-model.ts';
import type { ShareWording } from '../share/wording.ts';
import { UrlNotice } from './UrlNotice.tsx';
import { AnswerFields } from './share/AnswerFields.tsx';
import { SenderFields } from './share/SenderFields.tsx';
import { LinkPanel } from './share/LinkPanel.tsx';
import { MessageFields } from './share/MessageFields.tsx';
import { IntakeLinks } from './share/IntakeLinks.tsx';
import { isComplete } from '../engine/answers.ts';
import type { IntakeWording } from '../content/schemas/intake-wording.ts';

interface Props {
  labels: Labels;
  base: string;
  /** content/share.json's words with the model's counts filled in (props, so the script carries no prose). */
  words: ShareWording;
  /** content/intake.json's words for the list of intake packs (props, like the builder's own). */
  intakeWords: IntakeWording['share'];
}

export default function ShareBuilder({ labels, base, words: W, intakeWords }: Props) {
  const builder = useMemo(() => createShareBuilder(base), [base]);
  // After hydration (a static page cannot know its query): read the page's own link once.
  useEffect(() => builder.load(window.location.search, window.location.href), [builder]);
  const path = builder.link.value.path;
  const loaded = builder.loaded.value;
  const answers = builder.answers.value;
  useEffect(() => {
    if (!loaded) return;
    try {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${path.slice(path.indexOf('?'))}`);
    } catch {
      /* no history here: the builder still works */
    }
  }, [path, loaded]);
  return (
    <div class="share-builder" data-share-builder>
      <p class="share-jump"><a href="#share-link">{W.jumpToLink}</a></p>
      <UrlNotice problems={builder.problems.value} labels={labels} />
      <div class="share-layout">
        <AnswerFields builder={builder} labels={labels} words={W} />
        <SenderFields builder={builder} words={W} />
        <LinkPanel builder={builder} labels={labels} words={W} />
        <MessageFields builder={builder} words={W} />
        {isComplete(answers) && <IntakeLinks answers={answers} base={base} labels={labels} words={intakeWords} />}
      </div>
    </div>
  );
}
