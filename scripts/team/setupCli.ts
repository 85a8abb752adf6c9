// `npm run team:setup -- --url <server> --team <team> --admin <admin> [--member name[:password]]...`
// The admin's password comes from TRAMA_ADMIN_PASSWORD or is asked without echo: never from
// the command line, which shell history and the process list keep.
import { promptHidden } from './hiddenPrompt';
import { checkMembers, setUpTeam, type TeamMemberRequest, type TeamSetupReport } from './teamSetup';
import { checkOrigin } from './corsSetup';
import { TeamSetupError, checkServerUrl, checkTeamName } from './teamRules';

export const SETUP_USAGE = `Usage: npm run team:setup -- --url <server> --team <team> --admin <admin name>
         [--member <name>[:<password>]]... [--coordinator <name>[:<password>]]... [--reset-password]
         [--origin <https://where the web app is served>]...

  --url             the CouchDB server, https://… (http:// only for localhost)
  --team            the team: lowercase letters, digits and hyphens; its database is trama-<team>
  --admin           a server admin's name; the password is read from TRAMA_ADMIN_PASSWORD
                    or asked on the terminal
  --member          a member to create or add to the team; without :<password> a new
                    member gets a generated password, printed once
  --coordinator     as --member, and also an admin of the team's database
  --reset-password  give existing members the password given here when theirs differs
  --origin          an address the web version of Trama is served from, allowed to reach
                    the server (CORS); the desktop app (app://trama) is always allowed

Running it again changes nothing that is already in place, so it also adds members later.`;

export interface SetupArguments {
  url: string;
  team: string;
  adminName: string;
  members: TeamMemberRequest[];
  resetPasswords: boolean;
  origins: string[];
}

export function parseSetupArguments(argv: readonly string[]): SetupArguments | 'help' {
  const values = { url: '', team: '', admin: '' };
  const members: TeamMemberRequest[] = [];
  const origins: string[] = [];
  let resetPasswords = false;
  for (let index = 0; index < argv.length; index++) {
    const [flag = '', inline] = splitFlag(argv[index] ?? '');
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '') throw new TeamSetupError(`${flag} needs a value.\n\n${SETUP_USAGE}`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--url' || flag === '--team' || flag === '--admin')
      values[flag.slice(2) as keyof typeof values] = value();
    else if (flag === '--member' || flag === '--coordinator')
      members.push(memberFrom(value(), flag === '--coordinator'));
    else if (flag === '--origin') origins.push(value());
    else if (flag === '--reset-password') resetPasswords = true;
    else if (/^--admin-?pass/i.test(flag)) {
      throw new TeamSetupError('The admin password is never given on the command line: set TRAMA_ADMIN_PASSWORD.');
    } else throw new TeamSetupError(`Unknown argument ${JSON.stringify(flag.slice(0, 60))}.\n\n${SETUP_USAGE}`);
  }
  for (const name of ['url', 'team', 'admin'] as const) {
    if (!values[name]) throw new TeamSetupError(`--${name} is missing.\n\n${SETUP_USAGE}`);
  }
  return { url: values.url, team: values.team, adminName: values.admin, members, resetPasswords, origins };
}

export function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return argument.startsWith('--') && equals > 0
    ? [argument.slice(0, equals), argument.slice(equals + 1)]
    : [argument, undefined];
}

function memberFrom(value: string, coordinator: boolean): TeamMemberRequest {
  const colon = value.indexOf(':');
  if (colon === -1) return coordinator ? { name: value, coordinator } : { name: value };
  const member: TeamMemberRequest = { name: value.slice(0, colon), password: value.slice(colon + 1) };
  return coordinator ? { ...member, coordinator } : member;
}

const OUTCOME_WORDS = { created: 'created', updated: 'updated', unchanged: 'already in place' } as const;

/** What the run did, one line per thing, ending with whether anything changed. */
export function describeReport(report: TeamSetupReport): string {
  const lines = [`Team database ${report.database} on ${report.url}`];
  for (const step of report.steps) {
    lines.push(`  ${OUTCOME_WORDS[step.outcome].padEnd(16)} ${step.subject}${step.detail ? ` (${step.detail})` : ''}`);
  }
  if (report.generatedPasswords.length > 0) {
    lines.push('', 'Passwords of the new members (shown only now: give each to its member privately):');
    for (const { name, password } of report.generatedPasswords) lines.push(`  ${name}: ${password}`);
  }
  for (const notice of report.notices) lines.push('', `Note: ${notice}`);
  lines.push('', report.changed ? 'Done.' : 'Nothing changed: the team was already set up as asked.');
  return lines.join('\n');
}

export async function adminPassword(): Promise<string> {
  const fromEnvironment = process.env.TRAMA_ADMIN_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new TeamSetupError('Set TRAMA_ADMIN_PASSWORD (there is no terminal to ask for the admin password).');
  }
  const typed = await promptHidden('Admin password: ');
  if (!typed) throw new TeamSetupError('No admin password given.');
  return typed;
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    const parsed = parseSetupArguments(argv);
    if (parsed === 'help') return void console.log(SETUP_USAGE);
    // Mistakes in the arguments are said before the password is asked for.
    checkServerUrl(parsed.url);
    checkTeamName(parsed.team);
    checkMembers(parsed.members);
    parsed.origins.forEach(checkOrigin);
    const password = await adminPassword();
    const report = await setUpTeam({
      url: parsed.url,
      team: parsed.team,
      admin: { name: parsed.adminName, password },
      members: parsed.members,
      resetPasswords: parsed.resetPasswords,
      origins: parsed.origins,
    });
    console.log(describeReport(report));
  } catch (error) {
    if (!(error instanceof TeamSetupError)) throw error;
    console.error(`team:setup: ${error.message}`);
    process.exitCode = 1;
  }
}
