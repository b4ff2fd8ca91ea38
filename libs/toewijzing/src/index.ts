// The iStandaard toewijzing life cycle (315, 301, 305, 307, 317, 323, corrections and withdrawals), written once
// and configured per standard (iJw, iWmo) by a profile. Jeugd and Wmo build their part of it from here.
export * from './profile';
export * from './codes';
export * from './events';
export * from './state';
export * from './rules';
export * from './context';
export * from './describe';
export * from './declaratie.decide';
export * from './verzoek-om-wijziging.decide';
export * from './toewijzing.decide';
export * from './zorg.decide';
export * from './correction';
export * from './inputs';
export * from './deciders';
export * from './resolver';
export * from './definition';
