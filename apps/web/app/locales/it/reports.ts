import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/reports.ts';

const reports: Translation<typeof en> = {};
export default reports;
