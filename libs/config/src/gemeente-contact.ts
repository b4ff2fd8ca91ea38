import { z } from 'zod';

/** How a household reaches its gemeente: printed on the plan it takes home. */
export interface GemeenteContact {
  readonly naam: string;
  readonly telefoon?: string;
  readonly email?: string;
  readonly website?: string;
}

const contact = z
  .strictObject(
    {
      naam: z
        .string()
        .trim()
        .min(2, { message: 'must be 2 to 100 characters' })
        .max(100, { message: 'must be 2 to 100 characters' }),
      telefoon: z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ()-]{1,19}$/, { message: 'must be a phone number such as 14 020' })
        .optional(),
      email: z
        .email({ message: 'must be an e-mail address' })
        .max(200, { message: 'must be at most 200 characters' })
        .optional(),
      website: z
        .url({ protocol: /^https$/, message: 'must be an https:// address' })
        .max(200, { message: 'must be at most 200 characters' })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `knows only naam, telefoon, email and website, not ${issue.keys.join(', ')}`
          : 'must be an object with naam and at least one of telefoon, email and website',
    },
  )
  .refine((value) => value.telefoon || value.email || value.website, {
    message: 'needs at least one of telefoon, email and website',
  });

/**
 * `GEMEENTE_CONTACT`: JSON with per CBS code how households reach the gemeente, e.g.
 * `{"0363":{"naam":"Gemeente Amsterdam","telefoon":"14 020","website":"https://www.amsterdam.nl"}}`.
 */
export const gemeenteContactSetting = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"0363":{"naam":"Gemeente Amsterdam",...}}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), contact, { error: 'must be a JSON object keyed by CBS code, e.g. {"0363":{...}}' }))
  .superRefine((contacts, context) => {
    for (const code of Object.keys(contacts)) {
      if (!/^\d{4}$/.test(code)) {
        context.addIssue({ code: 'custom', path: [code], message: 'is not a 4-digit CBS code such as 0363' });
      }
    }
  });
