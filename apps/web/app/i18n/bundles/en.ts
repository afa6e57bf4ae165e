import { en as core } from '@destalk/core/i18n/messages/en/index';
import { en as web } from '../../locales/en/index.ts';
import { makeBundle } from '../bundle.ts';

export default makeBundle(web, core);
