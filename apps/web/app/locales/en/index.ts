import account from './account.ts';
import admin from './admin.ts';
import auth from './auth.ts';
import certificates from './certificates.ts';
import check from './check.ts';
import common from './common.ts';
import learn from './learn.ts';
import org from './org.ts';
import publicPages from './public.ts';
import events from './events.ts';
import campaigns from './campaigns.ts';
import privacy from './privacy.ts';
import reports from './reports.ts';
import practise from './practise.ts';
import teach from './teach.ts';

export const en = { common, public: publicPages, auth, account, org, admin, check, learn, certificates, teach, practise, events, campaigns, privacy, reports } as const;
export type WebMessages = typeof en;
