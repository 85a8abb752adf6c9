// `npm run team:purge -- --url <server> --team <team> --admin <name>`: the coordinator removes
// erased contact persons' records from the team's database for good (teamPurge.ts). The
// password comes from TRAMA_ADMIN_PASSWORD or is asked without echo, as for team:setup.
import { adminPassword, splitFlag } from './setupCli';
import { purgeErasedRecords, type TeamPurgeReport } from './teamPurge';
import { TeamSetupError, checkServerUrl, checkTeamName } from './teamRules';

export const PURGE_USAGE = `Usage: npm run team:purge -- --url <server> --team <team> --admin <name>

  --url    the CouchDB server, https://… (http:// only for localhost)
  --team   the team; its database is trama-<team>
  --admin  a server admin, or the team's coordinator (an admin of the team's database); the
           password is read from TRAMA_ADMIN_PASSWORD or asked on the terminal

Removes from the server every revision of the contact persons erased in Trama (the erasure
markers the laptops sent say which), then starts compaction. The markers stay: they hold
only ids and dates. Running it again purges only what is new. It does not reach copies
outside the server: each laptop cleans its own, and files people exported are theirs to delete.`;

export interface PurgeArguments {
  url: string;
  team: string;
  adminName: string;
}

export function parsePurgeArguments(argv: readonly string[]): PurgeArguments | 'help' {
  const values = { url: '', team: '', admin: '' };
  for (let index = 0; index < argv.length; index++) {
    const [flag = '', inline] = splitFlag(argv[index] ?? '');
    if (flag === '--help' || flag === '-h') return 'help';
    if (/^--admin-?pass/i.test(flag))
      throw new TeamSetupError('The admin password is never given on the command line: set TRAMA_ADMIN_PASSWORD.');
    if (flag !== '--url' && flag !== '--team' && flag !== '--admin')
      throw new TeamSetupError(`Unknown argument ${JSON.stringify(flag.slice(0, 60))}.\n\n${PURGE_USAGE}`);
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') throw new TeamSetupError(`${flag} needs a value.\n\n${PURGE_USAGE}`);
    values[flag.slice(2) as keyof typeof values] = value;
  }
  for (const name of ['url', 'team', 'admin'] as const)
    if (!values[name]) throw new TeamSetupError(`--${name} is missing.\n\n${PURGE_USAGE}`);
  return { url: values.url, team: values.team, adminName: values.admin };
}

/** What the run did, one line per erased record, ending with what it means. */
export function describePurge(report: TeamPurgeReport): string {
  const lines = [`Team database ${report.database} on ${report.url}`];
  const counts = { purged: 0, gone: 0, live: 0, 'taken-back': 0 };
  for (const { contactId, outcome } of report.records) {
    counts[outcome.kind] += 1;
    if (outcome.kind === 'purged')
      lines.push(`  purged           contacts:${contactId} (${outcome.revisions} leaf revision(s) and their history)`);
    else if (outcome.kind === 'gone') lines.push(`  already purged   contacts:${contactId}`);
    else if (outcome.kind === 'taken-back')
      lines.push(
        `  NOT purged       contacts:${contactId}: the erasure was taken back, and the record deleted the ordinary ` +
          'way since (not an erased record: purged, a laptop away meanwhile would keep it)',
      );
    else
      lines.push(
        `  NOT purged       contacts:${contactId}: a version of it is live on the server (the erasure was ` +
          'undone, or a member changed it while offline and their laptop will erase it when it syncs: run again later)',
      );
  }
  for (const docId of report.invalidMarkers) lines.push(`  ignored          ${docId}: not a valid erasure marker`);
  if (report.records.length === 0) lines.push('  no erasure markers: nobody has been erased in this team');
  lines.push('');
  if (report.isCompactionStarted)
    lines.push('Compaction started: the server drops old versions’ bodies in the background.');
  lines.push(
    counts.purged > 0 ? `Done: ${counts.purged} erased record(s) purged.` : 'Nothing new to purge.',
    'Not reached: copies outside the server (backups and files people exported or kept).',
  );
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    const parsed = parsePurgeArguments(argv);
    if (parsed === 'help') return void console.log(PURGE_USAGE);
    checkServerUrl(parsed.url);
    checkTeamName(parsed.team);
    const password = await adminPassword();
    const report = await purgeErasedRecords({
      url: parsed.url,
      team: parsed.team,
      admin: { name: parsed.adminName, password },
    });
    console.log(describePurge(report));
  } catch (error) {
    if (!(error instanceof TeamSetupError)) throw error;
    console.error(`team:purge: ${error.message}`);
    process.exitCode = 1;
  }
}
