import { it as core } from '@destalk/core/i18n/messages/it/index';
import { it as web } from '../../locales/it/index.ts';
import { makeBundle } from '../bundle.ts';

export default makeBundle(web, core);
