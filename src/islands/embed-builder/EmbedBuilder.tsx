/**
 * The embed builder (`[data-embed-builder]` on /embed-builder/): the options, a live preview
 * (this site's own /embed/ with those options) and the code to copy for the chosen platform.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { BuilderQuestions } from '../../content/embed-builder.ts';
import type { EmbedBuilderWording } from '../../content/schemas/embed-builder.ts';
import { clampHeight, readEmbedMessage } from '../../embed/loader-messages.ts';
import { PLATFORMS } from '../../embed/snippets.ts';
import { THEMES } from '../../embed/theme-options.ts';
import { EMBED_OPTION_LENGTH } from '../../engine/limits.ts';
import { ACCENT } from '../../styles/tokens.ts';
import { fill } from '../../content/fill.ts';
import { AnswerPicker } from './AnswerPicker.tsx';
import { SnippetBox } from './SnippetBox.tsx';
import { embedBuilderModel, type AccentShift } from '../../embed-builder/builder-model.ts';

export interface EmbedBuilderProps {
  base: string;
  /** Where snippets point: the site root that src/embed/site-root.ts decides. */
  siteRoot: string;
  /** Whether SITE_URL set it; if not, snippets name the origin the builder is served from. */
  siteConfigured: boolean;
  questions: BuilderQuestions;
  wording: EmbedBuilderWording;
  /** The title of the frame a snippet creates: the embed's heading, as the loader names its frames. */
  frameTitle: string;
}

/** The accent picker's value while no valid accent is typed: ours (the light theme's). */
const OUR_ACCENT = ACCENT[0];

export default function EmbedBuilder({ base, siteRoot, siteConfigured, questions, wording, frameTitle }: EmbedBuilderProps) {
  const model = useMemo(() => embedBuilderModel(base, siteRoot, frameTitle), []);
  useEffect(() => {
    // A build without SITE_URL points at the local preview; the page's own origin is a better guess.
    if (!siteConfigured) model.setRoot(new URL(base, location.href).href);
  }, []);
  const platform = model.platform.value;
  const accent = model.choice.value.accent;

  return (
    <form class="builder" data-embed-builder onSubmit={(event) => event.preventDefault()}>
      <section class="builder-options" aria-labelledby="builder-options">
        <h2 id="builder-options">{wording.optionsHeading}</h2>
        <fieldset class="builder-field">
          <legend>{wording.theme.legend}</legend>
          <div class="pills">
            {THEMES.map((theme) => (
              <label key={theme} class="pill">
                <input type="radio" name="theme" value={theme} checked={model.theme.value === theme} onChange={() => model.setTheme(theme)} />
                <span>{wording.theme[theme]}</span>
              </label>
            ))}
          </div>
          <p class="muted field-hint">{wording.theme.hint}</p>
        </fieldset>

        <div class="builder-field">
          <label for="builder-accent" class="field-label">{wording.accent.label}</label>
          <p id="builder-accent-hint" class="muted field-hint">{wording.accent.hint}</p>
          <div class="accent-row">
            <input
              id="builder-accent" name="accent" type="text" inputMode="text" autoComplete="off" spellcheck={false} maxLength={20}
              value={model.accentText.value}
              aria-invalid={model.accentInvalid.value}
              aria-describedby="builder-accent-hint builder-accent-note"
              onChange={(event) => model.setAccentText(event.currentTarget.value)}
            />
            <input
              type="color" class="accent-picker" aria-label={wording.accent.picker} value={accent ?? OUR_ACCENT}
              onChange={(event) => model.setAccentText(event.currentTarget.value)}
            />
          </div>
          <p id="builder-accent-note" class="field-note" aria-live="polite">
            {model.accentInvalid.value ? wording.accent.invalid : shiftNote(model.accentShift.value, wording.accent)}
          </p>
        </div>

        <div class="builder-field">
          <label class="check">
            <input type="checkbox" name="bg" value="transparent" aria-describedby="builder-bg-hint" checked={model.transparent.value} onChange={(event) => model.setTransparent(event.currentTarget.checked)} />
            <span class="field-label">{wording.transparent.label}</span>
          </label>
          <p id="builder-bg-hint" class="muted field-hint">{wording.transparent.hint}</p>
        </div>

        <div class="builder-field">
          <label for="builder-embed-id" class="field-label">{wording.embedId.label}</label>
          <p id="builder-embed-id-hint" class="muted field-hint">{wording.embedId.hint}</p>
          <input
            id="builder-embed-id" name="embed_id" type="text" autoComplete="off" spellcheck={false} maxLength={EMBED_OPTION_LENGTH} aria-describedby="builder-embed-id-hint"
            value={model.embedIdText.value} onChange={(event) => model.setEmbedIdText(event.currentTarget.value)}
          />
        </div>

        <AnswerPicker answers={model.answers.value} questions={questions} wording={wording.answers} onAnswer={model.answer} />
      </section>

      <section class="builder-preview" aria-labelledby="builder-preview">
        <h2 id="builder-preview">{wording.previewHeading}</h2>
        <p class="muted">{wording.previewHint}</p>
        <div class="preview-stage">
          <PreviewFrame src={model.previewSrc.value} title={wording.previewTitle} />
        </div>
      </section>

      <section class="builder-code" aria-labelledby="builder-code">
        <h2 id="builder-code">{wording.codeHeading}</h2>
        <fieldset class="builder-field">
          <legend>{wording.platformLegend}</legend>
          <div class="pills">
            {PLATFORMS.map((id) => (
              <label key={id} class="pill">
                <input type="radio" name="platform" value={id} checked={platform === id} onChange={() => model.setPlatform(id)} />
                <span>{wording.platforms[id].label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <ol class="platform-steps">
          {wording.platforms[platform].steps.map((step) => <li key={step}>{step}</li>)}
        </ol>
        {model.snippets.value.map((text, index) => (
          <SnippetBox
            key={`${platform}:${index}`} id={`snippet-${platform}-${index}`} hook={`${platform}:${index}`}
            label={wording.platforms[platform].snippets[index] ?? ''} text={text} wording={wording}
          />
        ))}
      </section>
    </form>
  );
}

/** What the note under the accent says when the embed draws it otherwise ('' when it does not). */
function shiftNote(shift: AccentShift, words: EmbedBuilderWording['accent']): string {
  if (!shift) return '';
  const slots = { light: shift.light ?? '', dark: shift.dark ?? '', colour: (shift.light ?? shift.dark)! };
  // The schema guarantees each template's slots.
  return fill(shift.light && shift.dark ? words.adjustedBoth : words.adjustedOne, slots);
}

/** Our own /embed/, as tall as its content says (the messages a loader would hear). */
function PreviewFrame({ src, title }: { src: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const message = readEmbedMessage(event.data);
      const element = frame.current;
      if (element && event.source === element.contentWindow && message?.type === 'resize') element.style.height = `${clampHeight(message.height)}px`;
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);
  return <iframe ref={frame} class="preview-frame" src={src} title={title} data-embed-preview />;
}
