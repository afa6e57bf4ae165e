import { z } from "zod";
import { SUPPORTED_LOCALES } from "../i18n/locales.ts";
import { COUNTRY_CODES } from "../organisations/countries.ts";
import { SECTORS } from "../organisations/schema.ts";

export const EVENT_FORMATS = ["online", "in_person", "hybrid"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export const SESSION_KINDS = ["talk", "panel", "break"] as const;
export const REGISTRATION_STATUSES = [
  "pending",
  "confirmed",
  "waitlisted",
  "offered",
  "cancelled",
  "expired",
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const QUESTION_TYPES = ["text", "choice", "yesno"] as const;

/** Statuses that hold a seat. An offer holds it until it expires. */
export const SEAT_HOLDING: RegistrationStatus[] = ["confirmed", "offered"];

const text = (max: number) => z.string().trim().max(max, "validation:tooLong");
const required = (max: number) => text(max).min(1, "validation:required");
const formLocalized = (max: number) =>
  z
    .object(
      Object.fromEntries(
        SUPPORTED_LOCALES.map((l) => [
          l,
          l === "en" ? required(max) : text(max).optional(),
        ]),
      ) as Record<string, z.ZodTypeAny>,
    )
    .transform(
      (v) =>
        Object.fromEntries(
          Object.entries(v).filter(
            ([, t]) => typeof t === "string" && t.length > 0,
          ),
        ) as Record<string, string>,
    );
const optionalLocalized = (max: number) =>
  z.preprocess(
    (v) => v ?? {},
    z
      .object(
        Object.fromEntries(
          SUPPORTED_LOCALES.map((l) => [l, text(max).optional()]),
        ) as Record<string, z.ZodTypeAny>,
      )
      .transform(
        (v) =>
          Object.fromEntries(
            Object.entries(v).filter(
              ([, t]) => typeof t === "string" && t.length > 0,
            ),
          ) as Record<string, string>,
      ),
  );

/** A local date-time as a form gives it (`2026-12-03T10:00`), read in the event's time zone. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation:invalidInput");

export const timezoneName = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}, "validation:timezone");

const optionalUrl = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.url({ protocol: /^https?$/, error: "validation:url" }).optional(),
);

export const eventQuestion = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  type: z.enum(QUESTION_TYPES),
  required: z.boolean(),
  label: z.record(z.string(), z.string()),
  /** For `choice`: option labels per language, in order. */
  options: z.array(z.record(z.string(), z.string())).default([]),
});
export type EventQuestion = z.infer<typeof eventQuestion>;

export const eventInput = z
  .object({
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, "validation:slug"),
    format: z.enum(EVENT_FORMATS, { error: "validation:invalidInput" }),
    timezone: timezoneName,
    startsAt: localDateTime,
    endsAt: localDateTime,
    title: formLocalized(200),
    summary: formLocalized(600),
    description: optionalLocalized(20000),
    spokenLanguages: z
      .array(z.enum(SUPPORTED_LOCALES))
      .min(1, "validation:required"),
    subtitleLanguages: z.array(z.enum(SUPPORTED_LOCALES)).default([]),
    signLanguage: optionalLocalized(200),
    venue: text(300).optional(),
    joinUrl: optionalUrl,
    joinRevealMinutes: z.coerce
      .number({ error: "validation:invalidInput" })
      .int()
      .min(0, "validation:invalidInput")
      .max(7 * 24 * 60, "validation:invalidInput"),
    capacity: z.coerce
      .number({ error: "validation:invalidInput" })
      .int()
      .min(1, "validation:invalidInput")
      .max(100_000, "validation:invalidInput"),
    offerHours: z.coerce
      .number({ error: "validation:invalidInput" })
      .int()
      .min(1, "validation:invalidInput")
      .max(14 * 24, "validation:invalidInput"),
    erasureDays: z.coerce
      .number({ error: "validation:invalidInput" })
      .int()
      .min(1, "validation:invalidInput")
      .max(3650, "validation:invalidInput"),
    consentText: formLocalized(4000),
    recordingUrl: optionalUrl,
    slidesUrl: optionalUrl,
    questions: z.array(eventQuestion).max(20).default([]),
  })
  .superRefine((e, ctx) => {
    if (e.endsAt <= e.startsAt)
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "validation:endBeforeStart",
      });
    if (e.format !== "in_person" && !e.joinUrl)
      ctx.addIssue({
        code: "custom",
        path: ["joinUrl"],
        message: "validation:joinUrlRequired",
      });
    if (e.format !== "online" && !e.venue)
      ctx.addIssue({
        code: "custom",
        path: ["venue"],
        message: "validation:venueRequired",
      });
  });
export type EventInput = z.input<typeof eventInput>;

export const speakerInput = z.object({
  name: required(120),
  affiliation: required(200),
  bio: formLocalized(2000),
});

export const sessionInput = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: "validation:invalidInput" }),
    startsAt: localDateTime,
    endsAt: localDateTime,
    title: formLocalized(200),
    description: optionalLocalized(2000),
    speakerIds: z.array(z.string()).default([]),
  })
  .refine((s) => s.endsAt > s.startsAt, {
    path: ["endsAt"],
    message: "validation:endBeforeStart",
  });

/** What a visitor submits (the event's own questions are checked against the event separately). */
export const registrationInput = z.object({
  name: required(120),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "validation:tooLong")
    .pipe(z.email({ error: "validation:email" })),
  organisationName: text(200).default(""),
  sector: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(SECTORS, { error: "validation:sector" }).optional(),
  ),
  country: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(COUNTRY_CODES, { error: "validation:country" }).optional(),
  ),
  accessibilityNeeds: text(1000).default(""),
  consent: z.literal("yes", { error: "validation:consentRequired" }),
  answers: z.record(z.string(), z.string()).default({}),
});
export type RegistrationInput = z.input<typeof registrationInput>;

export const surveyInput = z.object({
  rating: z.coerce
    .number({ error: "validation:required" })
    .int()
    .min(1, "validation:required")
    .max(5, "validation:required"),
  usefulness: z.coerce
    .number({ error: "validation:required" })
    .int()
    .min(1, "validation:required")
    .max(5, "validation:required"),
  comments: text(2000).default(""),
  anonymous: z.preprocess((v) => v === "yes" || v === true, z.boolean()),
});
