import { z } from 'zod';
import {
  MAX_SERVER_URL_LENGTH,
  checkTeamServerUrl,
  isTeamServerOrigin,
  type TeamServerUrlProblem,
} from './teamServerUrl';

// The settings of one laptop's connection to its team (issue 15): the server, the team and the
// member's user name, which are not secret, and the password, which is. The same rules hold
// in the desktop shell, which keeps them, and in web mode.

/** Lowercase letters, digits and inner hyphens: the database is `trama-<team>` (scripts/team). */
export const TEAM_NAME = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
/** A CouchDB user name as the team setup script creates them. */
export const MEMBER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
export const MAX_TEAM_PASSWORD_LENGTH = 1024;

/** Refusal words of the contract (see electron/ipc.ts): they reach the page, the payload never does. */
export const TEAM_CONNECTION_REFUSAL = {
  serverAddress: 'invalid-server-address',
  teamName: 'invalid-team-name',
  userName: 'invalid-user-name',
  password: 'invalid-password',
} as const;

export interface TeamSettings {
  /** Exactly as checkTeamServerUrl gives it back: `https://couch.example.org`, `http://localhost:5984`. */
  serverOrigin: string;
  team: string;
  userName: string;
}

/** Strict: an extra key (`__proto__`, `password`…) is refused, not dropped. */
export const teamSettingsSchema = z.strictObject({
  serverOrigin: z
    .string()
    .max(MAX_SERVER_URL_LENGTH)
    .refine(isTeamServerOrigin, { message: TEAM_CONNECTION_REFUSAL.serverAddress }),
  team: z.string().regex(TEAM_NAME, { message: TEAM_CONNECTION_REFUSAL.teamName }),
  userName: z.string().regex(MEMBER_NAME, { message: TEAM_CONNECTION_REFUSAL.userName }),
}) satisfies z.ZodType<TeamSettings>;

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Not empty, not huge, no control characters (a pasted line break is a mistake, not part of a password). */
export function isUsableTeamPassword(password: string): boolean {
  return password.length > 0 && password.length <= MAX_TEAM_PASSWORD_LENGTH && !CONTROL_CHARACTER.test(password);
}

export const teamPasswordSchema = z
  .string()
  .max(MAX_TEAM_PASSWORD_LENGTH)
  .refine(isUsableTeamPassword, { message: TEAM_CONNECTION_REFUSAL.password });

/** What the user typed on the Team screen, before it is checked. */
export interface TeamSettingsInput {
  serverUrl: string;
  team: string;
  userName: string;
}

/** The field to correct and why (serverUrl: a TeamServerUrlProblem; team and userName: their one rule). */
export interface TeamSettingsProblem {
  field: 'serverUrl' | 'team' | 'userName';
  problem: TeamServerUrlProblem | 'invalid-team-name' | 'invalid-user-name';
}

export type TeamSettingsCheck = { isValid: true; settings: TeamSettings } | ({ isValid: false } & TeamSettingsProblem);

/** The settings to keep, or the first field to correct and why. */
export function checkTeamSettings(input: TeamSettingsInput): TeamSettingsCheck {
  const server = checkTeamServerUrl(input.serverUrl);
  if (!server.isValid) return { isValid: false, field: 'serverUrl', problem: server.problem };
  if (!TEAM_NAME.test(input.team)) return { isValid: false, field: 'team', problem: 'invalid-team-name' };
  if (!MEMBER_NAME.test(input.userName)) return { isValid: false, field: 'userName', problem: 'invalid-user-name' };
  return { isValid: true, settings: { serverOrigin: server.origin, team: input.team, userName: input.userName } };
}

/** A saved password belongs to one member of one team on one server, and is used for no other. */
export function isSameTeamAccount(a: TeamSettings, b: TeamSettings): boolean {
  return a.serverOrigin === b.serverOrigin && a.team === b.team && a.userName === b.userName;
}

/**
 * How long a password is kept: until forgotten (desktop, encrypted by the system keychain),
 * until the app closes (desktop without a usable keychain: in the main process's memory,
 * never on disk), until the tab closes (web mode).
 */
export type SavePasswordResult =
  | { isSaved: true; keptUntil: 'forgotten' }
  | { isSaved: true; keptUntil: 'app-closes'; reason: 'keychain-unavailable' }
  | { isSaved: false; reason: 'no-team-settings' };

/** Why no password comes back: none saved (or saved for other settings), no keychain now, or it cannot be decrypted. */
export type PasswordReadProblem = 'none-saved' | 'keychain-unavailable' | 'unreadable';
export type ReadPasswordResult = { password: string } | { password: null; reason: PasswordReadProblem };
