export * from './actor';
export { CurrentActor, actorFromRequest } from './current-actor';
