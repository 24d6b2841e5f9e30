import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isLocalDay } from '../server/src/shared/local-day';

/** The JSON files under seeds/data, checked on load so that a typo stops the seed with its path. */
export const DATA_DIR = join(__dirname, 'data');

const day = z.string().refine(isLocalDay, { message: 'must be a real date YYYY-MM-DD' });
const level = z.enum(['PROVINCE', 'DISTRICT', 'COMMUNE']);

export const unitsFile = z.array(
  z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().nullish(),
    officialName: z.string().nullish(),
    level,
    kind: z.string().min(1),
    parentCode: z.string().nullable(),
    validFrom: day.nullable(),
    validTo: day.nullable(),
  }),
);

export const successionsFile = z.array(
  z.object({
    predecessorCode: z.string(),
    successorCode: z.string(),
    effectiveDate: day,
    share: z.enum(['whole', 'part']),
    note: z.string().nullish(),
  }),
);

export const holidaysFile = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      source: z.string(),
      daysOff: z.array(z.object({ date: day, name: z.string(), nameEn: z.string().nullish() })),
      makeUpWorkingDays: z.array(z.object({ date: day, reason: z.string() })).default([]),
    }),
  ),
});

export const proceduresFile = z.object({
  fields: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullish() })),
  procedures: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullish(),
      fieldCode: z.string(),
      level,
      workingDays: z.number().int().min(0),
      sameDayEligible: z.boolean(),
      weight: z.number().positive(),
    }),
  ),
});

const opinion = z.object({
  topic: z.string().nullable(),
  topicEn: z.string().nullish(),
  concernsProcedure: z.boolean().nullable(),
  fieldCode: z.string().nullable(),
  authorityLevel: z.enum(['COMMUNE', 'DISTRICT', 'HIGHER']).nullable(),
  answeredOnSpot: z.boolean().nullable(),
  status: z.enum(['ANSWERED', 'REFERRED', 'OPEN']).nullable(),
  generated: z.boolean(),
});

export const meetingsFile = z.object({
  meetings: z.array(
    z.object({
      ref: z.string(),
      kind: z.enum(['CITIZEN_DIALOGUE', 'BUSINESS_DIALOGUE', 'PEOPLES_CONFERENCE', 'PROCEDURE_DIALOGUE']),
      unitCode: z.string(),
      date: day.nullable(),
      chair: z.string().nullable(),
      attendees: z.number().int().nullable(),
      businesses: z.number().int().nullable(),
      neighbourhoods: z.number().int().nullable(),
      reviewedFrom: day.nullable(),
      reviewedTo: day.nullable(),
      opinionCount: z.number().int().nullable(),
      opinionCountText: z.string().nullable(),
      topicsRaised: z.array(z.string()),
      source: z.string(),
      generated: z.boolean(),
      note: z.string().nullish(),
      opinions: z.array(opinion),
    }),
  ),
});

export const campaignsFile = z.object({
  campaigns: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullish(),
      kind: z.enum(['YEARLY_THEME', 'PEAK_MONTH', 'SAME_DAY_WEEK', 'SAME_DAY', 'OTHER']),
      organiserCode: z.string(),
      startsOn: day,
      endsOn: day,
      parentCode: z.string().nullable(),
      planReference: z.string().nullable(),
      theme: z.string().nullable(),
      source: z.string().nullable(),
      note: z.string().nullish(),
      enrollments: z.array(
        z.object({
          unitCode: z.string(),
          startsOn: day,
          endsOn: day,
          commitment: z.string().nullable(),
          generated: z.boolean(),
        }),
      ),
    }),
  ),
});

export const targetsFile = z.array(
  z.object({
    code: z.string(),
    metric: z.string(),
    comparator: z.enum(['AT_LEAST', 'AT_MOST']),
    threshold: z.number(),
    unitCode: z.string().nullable(),
    campaignCode: z.string().nullable(),
    validFrom: day.nullable(),
    validTo: day.nullable(),
    basis: z.string(),
  }),
);

export const reportedFiguresFile = z.array(
  z.object({
    key: z.string().regex(/^F\d+[a-z]?$/),
    source: z.string(),
    unitCode: z.string(),
    scope: z.enum(['UNIT', 'UNIT_AND_DESCENDANTS', 'DESCENDANTS', 'CAMPAIGN_ENROLLED']),
    campaignCode: z.string().nullish(),
    periodFrom: day.nullable(),
    periodTo: day.nullable(),
    convention: z.enum(['CALENDAR', 'REPORTING_WINDOW', 'EVENT']),
    metric: z.string(),
    value: z.number().nullable(),
    asPublished: z.string(),
    note: z.string().nullish(),
  }),
);

/** Reads seeds/data/<name> and checks it against its schema; the error names the file and path. */
export function readData<T extends z.ZodTypeAny>(name: string, schema: T): z.infer<T> {
  const path = join(DATA_DIR, name);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`seeds/data/${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
