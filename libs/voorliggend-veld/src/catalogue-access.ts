import type { Actor } from '@regie/access';
import { forbid } from '@regie/household';

/** Only the functioneel beheerder of the catalogue's own gemeente changes it. */
export function assertMayManage(actor: Actor, gemeente: string): void {
  if (actor.role !== 'functioneel_beheerder' || !actor.gemeente || actor.gemeente !== gemeente) forbid();
}

/** Every role reads its own gemeente's catalogue (it holds no personal data); nothing crosses gemeenten. */
export function assertMayRead(actor: Actor, gemeente: string): void {
  if (!actor.gemeente || actor.gemeente !== gemeente) forbid();
}
