// The Host on the GitHub Actions runner, through @actions/core: the toolkit owns the
// runner protocol (workflow commands, file commands, the job summary). Everything written
// goes through our own redactor first, so no secret depends on the runner's masking alone,
// and names inputs as action.yml does.
import * as core from '@actions/core';
import type { Annotation, Host } from '../common/host.js';
import { INPUT_NAMING, renderInputRefs } from '../common/input-ref.js';
import type { Redactor } from '../common/redact.js';

// The runner masks a registered value everywhere in the job log: a short one would hide
// ordinary text for the rest of the job, and is no secret form of ours anyway.
const RUNNER_MASK_MIN_LENGTH = 8;

/** The forms of a secret the runner is asked to mask: each long-enough line. */
export function runnerMaskForms(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter((line) => line.length >= RUNNER_MASK_MIN_LENGTH),
    ),
  ];
}

export function createActionsHost(redactor: Redactor): Host {
  const clean = (text: string) => redactor.redact(renderInputRefs(text, INPUT_NAMING));
  const properties = (annotation?: Annotation) =>
    annotation?.title ? { title: clean(annotation.title) } : {};
  return {
    isDebug: core.isDebug(),
    mask(value, label) {
      if (value.trim() === '') return;
      redactor.add(value, label ? `<${label}>` : undefined);
      for (const form of runnerMaskForms(value)) core.setSecret(form);
    },
    redact: clean,
    debug: (message) => core.debug(clean(message)),
    info: (message) => core.info(clean(message)),
    step: (message) => core.info(`${clean(message)}…`),
    notice: (message, annotation) => core.notice(clean(message), properties(annotation)),
    warning: (message, annotation) => core.warning(clean(message), properties(annotation)),
    error: (message, annotation) => core.error(clean(message), properties(annotation)),
    group: (title, body) => core.group(clean(title), body),
    setOutput: (name, value) => core.setOutput(name, clean(value)),
    async appendSummary(markdown) {
      // Outside a runner (or on one without summaries) there is nowhere to write.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(clean(markdown), true).write();
    },
    fail(message, annotation) {
      if (annotation?.title) {
        core.error(clean(message), properties(annotation));
        process.exitCode = core.ExitCode.Failure;
      } else {
        core.setFailed(clean(message));
      }
    },
  };
}
