import { loadGuides } from '@destalk/core/content/guides';

// The guides are part of the build: Markdown files under content/guides/<language>/.
const files = import.meta.glob<string>('../../../../content/guides/*/*.md', { query: '?raw', import: 'default', eager: true });

export const guides = loadGuides(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^.*content\/guides\//, ''), text])));
