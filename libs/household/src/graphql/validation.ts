import { Matches } from 'class-validator';

/**
 * Validation decorators every GraphQL input shares, so a date or an AGB-code is refused with the same message
 * (BAD_USER_INPUT, the field named) in every domain.
 */
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AGB_CODE = /^[0-9]{8}$/;

/** A calendar date `YYYY-MM-DD` (a LocalDate). */
export const IsLocalDate = () => Matches(LOCAL_DATE, { message: '$property must be a date YYYY-MM-DD' });

/** An AGB-code (Vektis): 8 digits. */
export const IsAgbCode = () => Matches(AGB_CODE, { message: '$property must be an AGB-code of 8 digits' });
