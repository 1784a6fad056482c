// The rotation's part of the job summary: how far it went, both secrets with their uuids
// and times and what became of each, the GitHub secret, and what finishes the job.
import { markdownCell } from '../common/markdown.js';
import { type RotationRecord, type RotationState, SUCCEEDED } from './rotation.js';

const HEADLINE: Record<RotationState, string> = {
  completed: '✅ Client secret rotated',
  'old-secret-kept': '✅ Client secret rotated, old one kept',
  refused: '❌ Rotation stopped before any change',
  'rolled-back': '↩️ Rotation rolled back: nothing changed',
  'rollback-failed': '❌ Rotation rolled back, but the new secret is left',
  incomplete: '⚠️ Rotation incomplete: both secrets kept',
  'old-secret-delete-failed': '⚠️ Client secret rotated, but the old one is left',
};

export const rotationHeadline = (record: RotationRecord) => HEADLINE[record.state];

const day = (date: Date | undefined) => (date ? date.toISOString().replace('.000Z', 'Z') : '–');

function newSecretFate(record: RotationRecord): string {
  switch (record.state) {
    case 'rolled-back':
      return 'deleted again';
    case 'rollback-failed':
      return 'left in place: delete it in Developer Console';
    case 'completed':
    case 'old-secret-kept':
      return 'in use';
    default:
      return 'kept';
  }
}

export function rotationSection(record: RotationRecord): string[] {
  const rows: string[] = [];
  if (record.oldSecret) {
    rows.push(
      `| old | \`${markdownCell(record.oldSecret.uuid)}\` | ${day(record.oldSecret.createdAt)} | ${day(record.oldSecret.lastUsedAt)} | ${record.oldDeleted ? 'deleted' : 'kept'} |`,
    );
  }
  if (record.newSecret) {
    const uuid = record.newSecret.uuid ? `\`${markdownCell(record.newSecret.uuid)}\`` : '(unknown)';
    rows.push(
      `| new | ${uuid} | ${day(record.newSecret.createdAt)} | – | ${newSecretFate(record)} |`,
    );
  }
  const stranded = record.githubSecret === 'not-configured' && SUCCEEDED.includes(record.state);
  const github = stranded
    ? 'no GitHub secret was configured, so the new secret is stored nowhere: copy it from Developer Console > the credential > Client secrets to wherever your pipeline reads it'
    : {
        updated: 'the GitHub secret was updated',
        failed: 'the GitHub secret was not updated',
        'not-configured': 'no GitHub secret was configured',
      }[record.githubSecret];
  const secrets =
    rows.length > 0
      ? [
          '| Secret | uuid | Created | Last used | Now |',
          '| --- | --- | --- | --- | --- |',
          ...rows,
          '',
        ]
      : [];
  return [
    `#### Client secret rotation: ${record.state}`,
    '',
    ...secrets,
    `${github[0]?.toUpperCase()}${github.slice(1)}.`,
    ...(record.finish ? ['', `**To finish:** ${markdownCell(record.finish)}`] : []),
  ];
}
