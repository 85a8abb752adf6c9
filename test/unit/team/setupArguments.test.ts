import { describe, expect, it } from 'vitest';
import { parsePort } from '../../../scripts/team/devTeam';
import { parseSetupArguments } from '../../../scripts/team/setupCli';
import { checkServerUrl, teamAdminRole, teamDatabaseName, teamMemberRole } from '../../../scripts/team/teamRules';

describe('parseSetupArguments', () => {
  const base = ['--url', 'https://couch.example.org', '--team', 'psychcare', '--admin', 'admin'];

  it('reads members, coordinators and passwords that contain colons', () => {
    expect(
      parseSetupArguments([...base, '--member', 'anna:pass:with:colons', '--member=marco', '--coordinator', 'lucia']),
    ).toEqual({
      url: 'https://couch.example.org',
      team: 'psychcare',
      adminName: 'admin',
      members: [
        { name: 'anna', password: 'pass:with:colons' },
        { name: 'marco' },
        { name: 'lucia', coordinator: true },
      ],
      resetPasswords: false,
      origins: [],
    });
    expect(parseSetupArguments([...base, '--reset-password'])).toMatchObject({ resetPasswords: true });
    expect(parseSetupArguments([...base, '--origin', 'https://trama.example.org'])).toMatchObject({
      origins: ['https://trama.example.org'],
    });
    expect(parseSetupArguments(['--help'])).toBe('help');
  });

  it.each([
    [['--team', 'psychcare', '--admin', 'admin'], '--url is missing'],
    [[...base.slice(0, 4)], '--admin is missing'],
    [[...base, '--member'], '--member needs a value'],
    [[...base, '--member='], '--member needs a value'],
    [[...base, '--admin-password', 'secret'], 'never given on the command line'],
    [[...base, '--adminpass=secret'], 'never given on the command line'],
    [[...base, '--verbose'], 'Unknown argument "--verbose"'],
    [[...base, 'stray'], 'Unknown argument "stray"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSetupArguments(argv)).toThrow(message);
  });
});

describe('checkServerUrl', () => {
  it.each([
    ['http://localhost:5984/', 'http://localhost:5984'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://[::1]:5984', 'http://[::1]:5984'],
    ['https://couch.example.org', 'https://couch.example.org'],
    ['https://example.org/couchdb/', 'https://example.org/couchdb'],
  ])('accepts %s', (address, expected) => {
    expect(checkServerUrl(address)).toBe(expected);
  });

  it.each([
    'http://localhost.example.org',
    'http://127.0.0.2:5984',
    'http://[::2]:5984',
    'http://0.0.0.0:5984',
    'https://couch.example.org/?x=1',
    'https://couch.example.org/#top',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '',
  ])('refuses %j', (address) => {
    expect(() => checkServerUrl(address)).toThrow();
  });
});

it('names the database and roles after the team', () => {
  expect([teamDatabaseName('psychcare'), teamMemberRole('psychcare'), teamAdminRole('psychcare')]).toEqual([
    'trama-psychcare',
    'trama-psychcare-member',
    'trama-psychcare-admin',
  ]);
});

describe('parsePort', () => {
  it('takes 5984 by default or the port given', () => {
    expect(parsePort([])).toBe(5984);
    expect(parsePort(['--port', '6000'])).toBe(6000);
    expect(parsePort(['--port=6001'])).toBe(6001);
  });

  it.each([
    [['--port']],
    [['--port', '0']],
    [['--port', '70000']],
    [['--port', '12ab']],
    [['6000']],
    [['--port', '1', 'x']],
  ])('refuses %j', (argv) => {
    expect(() => parsePort(argv)).toThrow('Usage: npm run team:dev');
  });
});
