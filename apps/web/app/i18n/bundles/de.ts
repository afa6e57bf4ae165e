import { de as core } from '@destalk/core/i18n/messages/de/index';
import { de as web } from '../../locales/de/index.ts';
import { makeBundle } from '../bundle.ts';

export default makeBundle(web, core);
