// The Host on the GitHub Actions runner, through @actions/core: the toolkit owns the
// runner protocol (workflow commands, file commands, the job summary). Everything written
// goes through our own redactor first, so no secret depends on the runner's masking alone,
// and names inputs as action.yml does.
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import type { Annotation, Host } from '../common/host.js';
import { INPUT_NAMING, renderInputRefs } from '../common/input-ref.js';
import { type Redactor, secretForms } from '../common/redact.js';

// The runner masks a registered value everywhere in the job log: a short one would hide
// ordinary text for the rest of the job, and is no secret form of ours anyway.
const RUNNER_MASK_MIN_LENGTH = 8;

/**
 * The forms of a secret the runner is asked to mask: every form our redactor takes that
 * is long enough and one line (the runner matches masks line by line).
 */
export function runnerMaskForms(value: string): string[] {
  return secretForms(value).filter(
    (form) => form.length >= RUNNER_MASK_MIN_LENGTH && !/[\r\n]/.test(form),
  );
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
    report(lines) {
      for (const line of lines)
        core.info(clean(line.status ? `  ${line.status.padEnd(4)} ${line.text}` : line.text));
    },
    showOutput(lines) {
      if (lines.length === 0) return;
      // Between stop-commands and its resume the runner reads no command at all; the token
      // is new each time, so the output cannot end the pause early.
      const token = randomBytes(16).toString('hex');
      core.info(`::stop-commands::${token}`);
      for (const line of lines) core.info(clean(line));
      core.info(`::${token}::`);
    },
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
