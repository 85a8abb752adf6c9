// Closed enumerations of the domain model (docs/DESIGN.md §2.2). Labels live in the renderer's i18n
// messages; these are the stored values and never change once released.

export const LEVELS = ['local', 'provincial', 'regional', 'national', 'european', 'international'] as const;
export type Level = (typeof LEVELS)[number];
/** Levels at which a stakeholder belongs to one of the five regions. */
export const REGIONAL_LEVELS = ['local', 'provincial', 'regional'] as const satisfies readonly Level[];

export const SECTORS = [
  'health',
  'reception',
  'social',
  'public-order-and-asylum',
  'civil-society',
  'academic-professional',
  'funder',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const ATTITUDES = ['champion', 'supporter', 'neutral', 'sceptic', 'opponent', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const GUIDELINES_STAGES = ['not-engaged', 'aware', 'engaged', 'committed', 'implementing'] as const;
export type GuidelinesStage = (typeof GUIDELINES_STAGES)[number];

/** Default relationship types; users may add their own (stored as free strings). */
export const RELATIONSHIP_TYPES = [
  'coordination',
  'referral-pathway',
  'funding',
  'oversight',
  'advocacy',
  'training',
  'informal',
] as const;
export type DefaultRelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_STATUSES = ['active', 'inactive'] as const;

export const AGREEMENT_KINDS = [
  'memorandum-of-understanding',
  'convention',
  'programme-agreement',
  'operational-protocol',
  'letter-of-intent',
  'data-sharing',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = [
  'idea',
  'drafting',
  'negotiation',
  'signed',
  'in-force',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const PARTY_ROLES = ['promoter', 'signatory', 'adherent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ACTION_KINDS = [
  'bilateral-meeting',
  'network-meeting',
  'letter-or-position-paper',
  'training',
  'workshop',
  'event',
  'consultation',
  'call-or-email',
  'site-visit',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
