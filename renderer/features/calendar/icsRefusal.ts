// The message for an ICS file that cannot be imported, in the UI language (no reader code loaded).
import type { IcsReadErrorCode } from '../../../shared/export/icsRead';
import { i18n } from '../../i18n';

export const refusalMessage = (code: IcsReadErrorCode): string => i18n.t(`import.${code}`, { ns: 'calendar' });
