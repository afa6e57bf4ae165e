import { es as core } from '@destalk/core/i18n/messages/es/index';
import { es as web } from '../../locales/es/index.ts';
import { makeBundle } from '../bundle.ts';

export default makeBundle(web, core);
