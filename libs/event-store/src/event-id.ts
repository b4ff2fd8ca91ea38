import { v7 } from 'uuid';

/**
 * A new event's id: a UUIDv7 (RFC 9562), whose first 48 bits are the time of its making. Ids made later sort later,
 * so the unique indexes on event ids (the store's `events`, the read model's `timeline_entries`) grow at their right
 * edge: an append touches the index's last pages, not a random page of an index larger than the server's cache.
 * The time it carries is the moment the event is recorded, which its `recorded_at` holds anyway.
 */
export function newEventId(): string {
  return v7();
}
