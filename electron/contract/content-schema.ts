import { z } from 'zod';
import { checkContentRules } from './content-rules.ts';
import { KIOSK_LANGUAGES } from './wire.ts';

/**
 * The published content, version 1 (versions 2 to 5 follow below). Agency text (from the bureau's page and POST's privacy
 * policy) lives under `bureau`, `programs` and `privacy` and is shown word for word; text the
 * kiosk writes itself lives under `kiosk`, so the two never mix.
 */

/** Spanish may be empty: visitors then see the English text and admin lists it as missing. */
export const LocalizedText = z.object({
  en: z.string().trim().min(1, 'English text is required'),
  es: z.string(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A text the agency has not given (e.g. an email address): empty until staff fill it. */
export const OptionalLocalizedText = z.object({ en: z.string(), es: z.string() });
export type OptionalLocalizedText = z.infer<typeof OptionalLocalizedText>;

/** The longest web address a program may carry (its QR code, at level M, stays scannable). */
export const WEB_ADDRESS_MAX = 512;

export const PHONE_PATTERN = /^\(\d{3}\) \d{3}-\d{4}$/;
export const PHONE_HINT = 'Phone number must look like (916) 227-4253';

/** Stored as displayed; the `tel:` link is derived. Empty means "Please ask at the reception desk". */
export const PhoneNumber = z.union([z.literal(''), z.string().regex(PHONE_PATTERN, PHONE_HINT)]);

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'An id uses lower-case letters, digits and dashes');

export const Unit = z.object({
  id: Id,
  name: LocalizedText,
  phone: PhoneNumber,
});
export type Unit = z.infer<typeof Unit>;

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: LocalizedText }),
  z.object({ type: z.literal('list'), items: z.array(LocalizedText).min(1) }),
]);
export type Block = z.infer<typeof Block>;

export const ProgramV1 = z.object({
  id: Id,
  /** The tile's title. */
  title: LocalizedText,
  /** The section heading on the agency's page; empty where the page has none (Contracts). */
  heading: OptionalLocalizedText,
  /** The agency's description, paragraph by paragraph, word for word. */
  description: z.array(LocalizedText).min(1),
  /** Lists the page names inside the description (the nine certificate types). */
  listTitle: OptionalLocalizedText,
  list: z.array(LocalizedText),
  /** Sentences of the description worth showing on their own (Rule Making's facts). */
  keyFacts: z.array(LocalizedText),
  units: z.array(Unit),
  /** Optional web address, empty by default; shown as a QR code once staff add it. */
  webAddress: z.union([
    z.literal(''),
    z
      .url({ protocol: /^https$/, message: 'A web address must start with https://' })
      // Its QR code must stay readable from a phone at the size a screen can give it.
      .max(WEB_ADDRESS_MAX, `A web address can be at most ${WEB_ADDRESS_MAX} characters`),
  ]),
});
export type ProgramV1 = z.infer<typeof ProgramV1>;

export const Contact = z.object({
  /** The mailing address block, line by line, as the policy gives it. */
  lines: z.array(z.string().min(1)).min(1),
  phone: PhoneNumber,
  /** The seeds name no email for the privacy officer: empty until staff fill it. */
  email: z.string(),
});

export const Privacy = z.object({
  title: LocalizedText,
  intro: z.array(LocalizedText).min(1),
  principlesLead: LocalizedText,
  principles: z.array(z.object({ blocks: z.array(Block).min(1) })).min(1),
  note: LocalizedText,
  moreInfo: z.object({
    heading: LocalizedText,
    body: LocalizedText,
    contact: Contact,
  }),
  /** As the policy prints it, e.g. 4/28/2022. */
  policyDate: z
    .string()
    .regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'The policy date must look like 4/28/2022'),
  /** The closing references, shown as plain text: the kiosk navigates nowhere. */
  references: z.array(LocalizedText),
});
export type Privacy = z.infer<typeof Privacy>;

export const ContentV1 = z.object({
  schemaVersion: z.literal(1),
  bureau: z.object({
    name: LocalizedText,
    abbreviation: z.string().min(1),
    pageTitle: LocalizedText,
    overview: z.array(LocalizedText).min(1),
    programsHeading: LocalizedText,
  }),
  programs: z.array(ProgramV1).min(1),
  privacy: Privacy,
  /** The kiosk's own words, never agency text. */
  kiosk: z.object({
    attractTitle: LocalizedText,
    privacyNote: z.array(LocalizedText).min(1),
  }),
});
export type ContentV1 = z.infer<typeof ContentV1>;

/** A local date and time on the lobby's clock, e.g. 2026-12-24T12:00; '' leaves that end open. */
const LocalDateTime = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'A time must look like 2026-12-24T12:00'),
]);
const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day must look like 08:00');

export const Announcement = z
  .object({
    id: Id,
    text: LocalizedText,
    startsAt: LocalDateTime,
    endsAt: LocalDateTime,
  })
  .refine((a) => a.startsAt === '' || a.endsAt === '' || a.startsAt < a.endsAt, {
    message: 'An announcement must end after it starts',
    path: ['endsAt'],
  });

export const OfficeHours = z.object({
  /** Opening hours by weekday, 0 = Sunday. The seeds give none: empty until staff add them. */
  weekly: z.array(
    z
      .object({ day: z.number().int().min(0).max(6), opens: ClockTime, closes: ClockTime })
      .refine((h) => h.opens < h.closes, {
        message: 'Closing time must be after opening time',
        path: ['closes'],
      }),
  ),
  /** Dated closures (holidays), which win over the weekly hours. */
  closures: z.array(
    z.object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must look like 2026-12-25'),
      note: OptionalLocalizedText,
    }),
  ),
});

/** Kiosk settings staff may change; IT's policy will bound them. */
export const KioskSettings = ContentV1.shape.kiosk.extend({
  idleTimeoutSeconds: z
    .number()
    .int()
    .min(30, 'The idle timeout must be at least 30 seconds')
    .max(600, 'The idle timeout must be at most 600 seconds'),
  defaultLanguage: z.enum(KIOSK_LANGUAGES),
});

/** Version 2: announcements, office hours and kiosk settings (all empty or default at first). */
export const ContentV2 = ContentV1.extend({
  schemaVersion: z.literal(2),
  announcements: z.array(Announcement),
  hours: OfficeHours,
  kiosk: KioskSettings,
});
export type ContentV2 = z.infer<typeof ContentV2>;

/** Version 3: staff can hide a program from visitors without losing it. */
export const Program = ProgramV1.extend({ hidden: z.boolean() });
export type Program = z.infer<typeof Program>;

export const ContentV3 = ContentV2.extend({
  schemaVersion: z.literal(3),
  programs: z.array(Program).min(1),
});
export type ContentV3 = z.infer<typeof ContentV3>;

/**
 * Version 4 adds no field: it adds the rules of content-rules.ts (ids their own, readable text,
 * dates that exist, hours that do not overlap, a program to show), so a version-4 file was
 * written under them. That makes two schemas of one shape:
 * - ContentV4, lenient, is what the kiosk reads (through StoredContent, after migrating): the
 *   shape, and the rules versions 1 to 3 had. Content saved before a rule existed (content.json,
 *   the last good copy, a revision, a draft) still opens; it is not damaged and is never kept
 *   aside for it. Staff see what to fix: adminStatus lists the published content's problems,
 *   and the editor checks the working copy against Content.
 * - Content, strict, is what the kiosk writes: ContentV4 and every rule. Saving a draft,
 *   publishing, restoring and importing all pass through it, so nothing new breaks a rule.
 * Both give the same type: a rule never changes what a valid document holds.
 */
export const ContentV4 = ContentV3.extend({ schemaVersion: z.literal(4) });

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must look like 2026-12-25');

/**
 * How a closure changes the days it spans: shut all day, closing early at `time`, or opening
 * late at `time` (the weekly hours give the rest of the day).
 */
export const CLOSURE_KINDS = ['closed', 'closes-early', 'opens-late'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** Version 5: a closure spans one day or several, and may be an early closing or a late opening. */
export const Closure = z
  .object({
    /** The first day it applies, e.g. 2026-12-24. */
    startDate: CalendarDate,
    /** The last day it applies; the same as startDate for one day. */
    endDate: CalendarDate,
    kind: z.enum(CLOSURE_KINDS),
    /** When it closes early or opens late; '' for a whole-day closure. */
    time: z.union([z.literal(''), ClockTime]),
    note: OptionalLocalizedText,
  })
  .refine((c) => c.startDate <= c.endDate, {
    message: 'The last day must not be before the first day',
    path: ['endDate'],
  })
  .refine((c) => (c.kind === 'closed') === (c.time === ''), {
    message: 'An early closing or a late opening needs its time; a whole-day closure has none',
    path: ['time'],
  });
export type Closure = z.infer<typeof Closure>;

export const OfficeHoursV5 = OfficeHours.extend({ closures: z.array(Closure) });
export type OfficeHoursV5 = z.infer<typeof OfficeHoursV5>;

/**
 * Version 5 reshapes closures (see Closure). Like version 4, two schemas of one shape:
 * ContentV5, lenient, is what the kiosk reads; Content, strict, adds the rules and is what it
 * writes.
 */
export const ContentV5 = ContentV4.extend({ schemaVersion: z.literal(5), hours: OfficeHoursV5 });

export const CURRENT_SCHEMA_VERSION = 5;
export const Content = ContentV5.superRefine(checkContentRules);
export type Content = z.output<typeof ContentV5>;
