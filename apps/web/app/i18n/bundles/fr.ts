import { fr as core } from '@destalk/core/i18n/messages/fr/index';
import { fr as web } from '../../locales/fr/index.ts';
import { makeBundle } from '../bundle.ts';

export default makeBundle(web, core);
