// Only `version` is read: the bundler keeps that one field of package.json, nothing else.
import { version } from '../../package.json';

/** The version of Trama this page belongs to, for error reports. */
export const APP_VERSION: string = version;
