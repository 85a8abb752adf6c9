// Sets a team up on a running CouchDB 3 (or pouchdb-server), idempotently: its database, the
// database's _security (members: the team's member role; admins: its admin role), the rule
// every write must pass (_design/trama) and the members' user accounts. Nothing is removed or
// narrowed: roles and security entries that exist are kept, passwords are only changed on request.
import { randomBytes } from 'node:crypto';
import { couchRequest, fail, type CouchAnswer, type Credentials } from './couchRequest';
import { DESKTOP_APP_ORIGIN, checkOrigin, ensureCors } from './corsSetup';
import {
  TEAM_DESIGN_DOC_ID,
  TeamSetupError,
  VALIDATE_DOC_UPDATE,
  checkMemberName,
  checkPassword,
  checkServerUrl,
  checkTeamName,
  teamAdminRole,
  teamDatabaseName,
  teamMemberRole,
} from './teamRules';

export interface TeamMemberRequest {
  name: string;
  /** Left out: a new account gets a generated password (reported once); an existing one keeps its own. */
  password?: string;
  /** Also a database admin (the team's coordinator: may purge erased records). */
  coordinator?: boolean;
}

export interface TeamSetupRequest {
  url: string;
  team: string;
  admin: Credentials;
  members?: TeamMemberRequest[];
  /** Give existing members the password asked for when theirs differs. */
  resetPasswords?: boolean;
  /** Where the web app is served, allowed by CORS besides the desktop app (app://trama). */
  origins?: string[];
  /**
   * Install the write rule (_design/trama). Default true. Only for pouchdb-server (team:dev,
   * tests): its validation silently drops replicated deletions while a database has a
   * validate_doc_update (checked with PouchDB 7 in memory), so a deletion would never reach
   * the team. CouchDB 3 applies the rule and keeps deletions.
   */
  writeRule?: boolean;
}

export type SetupOutcome = 'created' | 'updated' | 'unchanged';

export interface SetupStep {
  subject: string;
  outcome: SetupOutcome;
  detail?: string;
}

export interface TeamSetupReport {
  url: string;
  database: string;
  memberRole: string;
  adminRole: string;
  steps: SetupStep[];
  /** True when this run changed anything on the server. */
  changed: boolean;
  generatedPasswords: Credentials[];
  /** Things left as they were that the coordinator should know about. */
  notices: string[];
}

interface SecuritySection {
  names?: string[];
  roles?: string[];
}

interface UserDoc {
  _id: string;
  _rev?: string;
  name: string;
  type: string;
  roles: string[];
  password?: string;
}

export async function setUpTeam(request: TeamSetupRequest): Promise<TeamSetupReport> {
  const url = checkServerUrl(request.url);
  const team = checkTeamName(request.team);
  const members = checkMembers(request.members ?? []);
  const origins = [...new Set([DESKTOP_APP_ORIGIN, ...(request.origins ?? []).map(checkOrigin)])];
  const report: TeamSetupReport = {
    url,
    database: teamDatabaseName(team),
    memberRole: teamMemberRole(team),
    adminRole: teamAdminRole(team),
    steps: [],
    changed: false,
    generatedPasswords: [],
    notices: [],
  };
  const step = (subject: string, outcome: SetupOutcome, detail?: string) => {
    report.steps.push(detail === undefined ? { subject, outcome } : { subject, outcome, detail });
    if (outcome !== 'unchanged') report.changed = true;
  };
  const admin = request.admin;
  const couch = (path: string, options: { method?: string; body?: unknown } = {}): Promise<CouchAnswer> =>
    couchRequest(url, path, { ...options, credentials: admin });

  await checkServer(url);
  await checkAdmin(url, admin);
  await ensureCors(couch, origins, step);
  await ensureUsersDatabase(couch, step);
  const databasePath = `/${encodeURIComponent(report.database)}`;
  const created = await couch(databasePath, { method: 'PUT' });
  if (created.status === 201 || created.status === 202) step(`database ${report.database}`, 'created');
  else if (created.status === 412) step(`database ${report.database}`, 'unchanged', 'exists');
  else fail(`create the database ${report.database}`, created);
  await ensureSecurity(couch, databasePath, report, step);
  if (request.writeRule !== false) await ensureDesignDoc(couch, databasePath, step);
  else report.notices.push(`${report.database} has no write rule (${TEAM_DESIGN_DOC_ID}): asked for a test server.`);
  for (const member of members) await ensureMember(url, couch, member, request.resetPasswords === true, report, step);
  return report;
}

export function checkMembers(members: TeamMemberRequest[]): TeamMemberRequest[] {
  const seen = new Set<string>();
  for (const member of members) {
    checkMemberName(member.name);
    if (member.password !== undefined) checkPassword(member.name, member.password);
    if (seen.has(member.name)) throw new TeamSetupError(`The member ${member.name} is named twice.`);
    seen.add(member.name);
  }
  return members;
}

async function checkServer(url: string): Promise<void> {
  const welcome = await couchRequest(url, '/');
  const body = welcome.body;
  const isCouch =
    welcome.status === 200 && !!body && typeof body === 'object' && ('couchdb' in body || 'express-pouchdb' in body);
  if (!isCouch)
    throw new TeamSetupError(`The server at ${url} does not answer like CouchDB (GET / gave HTTP ${welcome.status}).`);
}

async function checkAdmin(url: string, admin: Credentials): Promise<void> {
  const session = await couchRequest(url, '/_session', { credentials: admin });
  if (session.status === 401) {
    throw new TeamSetupError(`The server refused the name or password of the admin ${admin.name} (HTTP 401).`);
  }
  if (session.status !== 200) fail('log in as the server admin', session);
  const roles = (session.body as { userCtx?: { roles?: unknown } }).userCtx?.roles;
  if (!Array.isArray(roles) || !roles.includes('_admin')) {
    throw new TeamSetupError(`${admin.name} can log in but is not a server admin of ${url}.`);
  }
}

type Couch = (path: string, options?: { method?: string; body?: unknown }) => Promise<CouchAnswer>;
type Step = (subject: string, outcome: SetupOutcome, detail?: string) => void;

async function ensureUsersDatabase(couch: Couch, step: Step): Promise<void> {
  // A CouchDB 3 that was never "set up" (the container without the setup wizard) has no _users.
  const users = await couch('/_users');
  if (users.status === 200) return;
  if (users.status !== 404) fail('read the _users database', users);
  const created = await couch('/_users', { method: 'PUT' });
  if (created.status !== 201 && created.status !== 202 && created.status !== 412)
    fail('create the _users database', created);
  step('system database _users', 'created');
}

async function ensureSecurity(couch: Couch, databasePath: string, report: TeamSetupReport, step: Step) {
  const current = await couch(`${databasePath}/_security`);
  if (current.status !== 200) fail(`read the _security of ${report.database}`, current);
  const security = (current.body ?? {}) as { members?: SecuritySection; admins?: SecuritySection };
  const members = withRole(security.members, report.memberRole);
  const admins = withRole(security.admins, report.adminRole);
  const subject = `_security of ${report.database}`;
  const detail = `members: role ${report.memberRole}; admins: role ${report.adminRole}`;
  if ((security.members?.names ?? []).length > 0) {
    report.notices.push(`${report.database} is also open to the users ${members.names.join(', ')} (left as it was).`);
  }
  if (!members.added && !admins.added) return step(subject, 'unchanged', detail);
  const written = await couch(`${databasePath}/_security`, {
    method: 'PUT',
    body: { ...security, members: members.section, admins: admins.section },
  });
  if (written.status !== 200) fail(`write the _security of ${report.database}`, written);
  step(subject, security.members || security.admins ? 'updated' : 'created', detail);
}

function withRole(section: SecuritySection | undefined, role: string) {
  const names = Array.isArray(section?.names) ? section.names : [];
  const roles = Array.isArray(section?.roles) ? section.roles : [];
  const added = !roles.includes(role);
  return { names, added, section: { ...section, names, roles: added ? [...roles, role] : roles } };
}

async function ensureDesignDoc(couch: Couch, databasePath: string, step: Step): Promise<void> {
  const path = `${databasePath}/${TEAM_DESIGN_DOC_ID}`;
  const current = await couch(path);
  const subject = `write rule ${TEAM_DESIGN_DOC_ID}`;
  const detail = 'a member may only write records whose changedBy is their name';
  if (current.status === 200) {
    const existing = current.body as { _rev: string; validate_doc_update?: unknown };
    if (existing.validate_doc_update === VALIDATE_DOC_UPDATE) return step(subject, 'unchanged', detail);
    const updated = await couch(path, {
      method: 'PUT',
      body: { ...existing, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE },
    });
    if (updated.status !== 201 && updated.status !== 202) fail(`update ${TEAM_DESIGN_DOC_ID}`, updated);
    return step(subject, 'updated', detail);
  }
  if (current.status !== 404) fail(`read ${TEAM_DESIGN_DOC_ID}`, current);
  const created = await couch(path, {
    method: 'PUT',
    body: { language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE },
  });
  if (created.status !== 201 && created.status !== 202) fail(`create ${TEAM_DESIGN_DOC_ID}`, created);
  step(subject, 'created', detail);
}

async function ensureMember(
  url: string,
  couch: Couch,
  member: TeamMemberRequest,
  resetPasswords: boolean,
  report: TeamSetupReport,
  step: Step,
): Promise<void> {
  const roles = member.coordinator ? [report.memberRole, report.adminRole] : [report.memberRole];
  const userPath = `/_users/${encodeURIComponent(`org.couchdb.user:${member.name}`)}`;
  const subject = `${member.coordinator ? 'coordinator' : 'member'} ${member.name}`;
  const current = await couch(userPath);
  if (current.status === 404) {
    const password = member.password ?? randomBytes(15).toString('base64url');
    if (member.password === undefined) report.generatedPasswords.push({ name: member.name, password });
    const doc: UserDoc = { _id: `org.couchdb.user:${member.name}`, name: member.name, type: 'user', roles, password };
    const created = await couch(userPath, { method: 'PUT', body: doc });
    if (created.status !== 201 && created.status !== 202) fail(`create the user ${member.name}`, created);
    return step(subject, 'created', `roles ${roles.join(', ')}`);
  }
  if (current.status !== 200) fail(`read the user ${member.name}`, current);
  const doc = current.body as UserDoc;
  const missingRoles = roles.filter((role) => !doc.roles.includes(role));
  const changes = missingRoles.map((role) => `role ${role} added`);
  if (member.password !== undefined && !(await passwordMatches(url, member.name, member.password))) {
    if (resetPasswords) {
      doc.password = member.password;
      changes.push('password changed');
    } else {
      report.notices.push(
        `${member.name} already has a different password; it was left as it was (add --reset-password to change it).`,
      );
    }
  }
  if (changes.length === 0) return step(subject, 'unchanged', `roles ${doc.roles.join(', ')}`);
  const updated = await couch(userPath, { method: 'PUT', body: { ...doc, roles: [...doc.roles, ...missingRoles] } });
  if (updated.status !== 201 && updated.status !== 202) fail(`update the user ${member.name}`, updated);
  step(subject, 'updated', changes.join('; '));
}

async function passwordMatches(url: string, name: string, password: string): Promise<boolean> {
  const session = await couchRequest(url, '/_session', { credentials: { name, password } });
  return session.status === 200 && (session.body as { userCtx?: { name?: unknown } }).userCtx?.name === name;
}
