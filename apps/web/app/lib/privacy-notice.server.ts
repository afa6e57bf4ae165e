import { loadPrivacyNotices } from '@destalk/core/content/privacy-notice';

// The privacy notice is part of the build: content/privacy/<language>.md, like the guides. The
// sign-up form records the version it showed; an installer who adapts the notice rebuilds.
const files = import.meta.glob<string>('../../../../content/privacy/*.md', { query: '?raw', import: 'default', eager: true });

export const privacyNotices = loadPrivacyNotices(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^.*content\/privacy\//, ''), text])));
