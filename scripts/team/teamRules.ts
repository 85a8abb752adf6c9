// What a team is on the server: its database, its two roles, who may be named a member, which
// server addresses are acceptable, and the rule the database applies to every write.

/** Thrown for anything the person running the script must correct; its message says what. */
export class TeamSetupError extends Error {
  override name = 'TeamSetupError';
}

const TEAM_NAME = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
const MEMBER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
const MIN_PASSWORD_LENGTH = 8;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const teamDatabaseName = (team: string): string => `trama-${team}`;
export const teamMemberRole = (team: string): string => `trama-${team}-member`;
export const teamAdminRole = (team: string): string => `trama-${team}-admin`;

/** Refuses anything but lowercase letters, digits and inner hyphens, 1–50 characters. */
export function checkTeamName(team: string): string {
  if (!TEAM_NAME.test(team)) {
    throw new TeamSetupError(
      `The team name ${JSON.stringify(shorten(team))} is not allowed: use 1 to 50 lowercase letters, digits ` +
        `and hyphens (not at the start or end), for example "psychcare".`,
    );
  }
  return team;
}

export function checkMemberName(name: string): string {
  if (!MEMBER_NAME.test(name)) {
    throw new TeamSetupError(
      `The member name ${JSON.stringify(shorten(name))} is not allowed: use 1 to 64 letters, digits and . _ @ + - ` +
        `starting with a letter or digit.`,
    );
  }
  return name;
}

export function checkPassword(name: string, password: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (password.length < MIN_PASSWORD_LENGTH || /[\u0000-\u001f\u007f]/.test(password)) {
    throw new TeamSetupError(
      `The password for ${name} must have at least ${MIN_PASSWORD_LENGTH} characters and no control characters.`,
    );
  }
  return password;
}

/**
 * The server's address without a trailing slash. Plain http is refused except on this
 * computer, and credentials in the address are refused (they would end up in shell history).
 */
export function checkServerUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new TeamSetupError(`${JSON.stringify(shorten(address))} is not a server address (https://…).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TeamSetupError(`The server address must start with https:// (not ${url.protocol}).`);
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    throw new TeamSetupError(
      `Refusing plain http:// for ${url.hostname}: passwords and personal data would cross the network ` +
        `unencrypted. Use https:// (plain http is only accepted for localhost, 127.0.0.1 and [::1]).`,
    );
  }
  if (url.username || url.password) {
    throw new TeamSetupError('Put no name or password in the server address: use --admin and TRAMA_ADMIN_PASSWORD.');
  }
  if (url.search || url.hash) throw new TeamSetupError('The server address must not have a ?query or #fragment.');
  return url.href.replace(/\/+$/, '');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export const TEAM_DESIGN_DOC_ID = '_design/trama';

/**
 * CouchDB 3 lets every member write any document; this rule makes "who changed what"
 * trustworthy: a member may only write a record that names them in `changedBy`. Deletions
 * (tombstones carry no body) and server admins pass. Design documents are refused to members
 * by CouchDB itself, so the rule need not mention them. ES5: CouchDB's JavaScript engine may
 * be old SpiderMonkey.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  if (newDoc._deleted === true) return;
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc.changedBy !== userCtx.name) {
    throw({ forbidden: 'changedBy must be the name of the member who writes (' + userCtx.name + ').' });
  }
}`;
