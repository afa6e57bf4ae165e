/**
 * The app registry behind the index: one entry per app across all feeds, merged by name or
 * alias (case-insensitive), so TheTruthSpy from ioc.yaml, from a STIX bundle and the "Copy9"
 * rows of samples.csv are one app in a report. An app listed as stalkerware anywhere is
 * graded as stalkerware.
 */
import type { AppType, FeedApp } from '../feeds/types.ts';

export interface AppInfo {
  /** Stable key: the lower-case canonical name. */
  key: string;
  name: string;
  aliases: string[];
  type: AppType;
  /** Placeholder for indicators a feed does not attribute (TinyCheck, unlinked STIX). */
  anonymous: boolean;
  /** Ids of the feeds that describe the app. */
  feeds: string[];
}

export class AppRegistry {
  private readonly byKey = new Map<string, AppInfo>();
  private readonly byAlias = new Map<string, AppInfo>();
  readonly conflicts: string[] = [];

  get size(): number {
    return this.byKey.size;
  }

  all(): AppInfo[] {
    return [...this.byKey.values()];
  }

  /** Finds an app by name or alias. */
  find(name: string): AppInfo | undefined {
    const key = name.trim().toLowerCase();
    return this.byKey.get(key) ?? this.byAlias.get(key);
  }

  /** Adds a feed app, merging it into an existing app with the same name or alias. */
  add(app: FeedApp, feedId: string): AppInfo {
    const key = app.name.toLowerCase();
    const existing = app.anonymous
      ? this.byKey.get(`${feedId}:${key}`)
      : (this.find(app.name) ?? app.aliases.map((alias) => this.byKey.get(alias.trim().toLowerCase())).find((a) => a !== undefined && !a.anonymous));
    if (existing !== undefined) {
      if (existing.type !== app.type) {
        // Echap lists a few apps in both ioc.yaml and watchware.yaml. Listing an app as
        // stalkerware is the maintainers' stronger statement, so it wins whatever the order.
        existing.type = 'stalkerware';
        this.conflicts.push(`App "${app.name}" is listed as both stalkerware and watchware; graded as stalkerware`);
      }
      for (const alias of [app.name, ...app.aliases]) this.addAlias(existing, alias);
      if (!existing.feeds.includes(feedId)) existing.feeds.push(feedId);
      return existing;
    }
    const info: AppInfo = {
      key: app.anonymous ? `${feedId}:${key}` : key,
      name: app.name,
      aliases: [],
      type: app.type,
      anonymous: app.anonymous,
      feeds: [feedId],
    };
    this.byKey.set(info.key, info);
    if (!app.anonymous) for (const alias of app.aliases) this.addAlias(info, alias);
    return info;
  }

  /** The app a samples.csv row names, creating a stalkerware app when no feed describes it. */
  resolveOrCreate(name: string, feedId: string): AppInfo {
    const found = this.find(name);
    if (found !== undefined) {
      if (!found.feeds.includes(feedId)) found.feeds.push(feedId);
      return found;
    }
    const info: AppInfo = { key: name.toLowerCase(), name, aliases: [], type: 'stalkerware', anonymous: false, feeds: [feedId] };
    this.byKey.set(info.key, info);
    return info;
  }

  private addAlias(app: AppInfo, alias: string): void {
    const trimmed = alias.trim();
    if (trimmed === '' || trimmed.toLowerCase() === app.key) return;
    if (!app.aliases.some((a) => a.toLowerCase() === trimmed.toLowerCase())) app.aliases.push(trimmed);
    if (!this.byAlias.has(trimmed.toLowerCase())) this.byAlias.set(trimmed.toLowerCase(), app);
  }
}
