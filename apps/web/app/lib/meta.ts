import type { MetaDescriptor } from 'react-router';

type Matches = ReadonlyArray<{ id: string; data?: unknown } | undefined>;

/** `<title>Page – AppName</title>` from the page loader's translated `title`. */
export function pageMeta(data: { title?: string } | undefined, matches: Matches): MetaDescriptor[] {
  const root = matches.find((m) => m?.id === 'root')?.data as { appName?: string } | undefined;
  const appName = root?.appName ?? 'DeStalk';
  return [{ title: data?.title ? `${data.title} – ${appName}` : appName }];
}
