import type { StoredEntity } from './region-document.ts'

/**
 * Where an entity is in a collection, by id, without scanning the collection on every lookup:
 * a write to a region of 20,000 assessments looks up and appends one of them. The index of a
 * list is kept with the list itself (a WeakMap) and brought up to date when the list has grown.
 * That is all it needs: the write path only appends to a list it owns or puts an entity with
 * the same id in its place; a list with entities removed is a new list.
 */
const indexes = new WeakMap<
  readonly (StoredEntity | null)[],
  { length: number; positions: Map<string, number> }
>()

/** The position of entity `id` in `list`, or -1. */
export function indexOfEntity(list: readonly (StoredEntity | null)[], id: string): number {
  let index = indexes.get(list)
  if (!index || index.length > list.length) {
    index = { length: 0, positions: new Map() }
    indexes.set(list, index)
  }
  for (let i = index.length; i < list.length; i++) {
    const entity = list[i]
    if (entity) index.positions.set(entity.id, i)
  }
  index.length = list.length
  const at = index.positions.get(id)
  return at !== undefined && list[at]?.id === id ? at : -1
}

/**
 * A copy of `list` that will only be appended to or have entities replaced by ones with the
 * same id, sharing the list's index: the copy's new entities get positions past the end of
 * `list`, where a lookup in `list` does not look. Copying a list of 20,000 then costs no index.
 */
export function copyForAppend<T extends StoredEntity>(list: readonly T[]): T[] {
  const copy = [...list]
  const index = indexes.get(list)
  if (index && index.length === list.length)
    indexes.set(copy, { length: index.length, positions: index.positions })
  return copy
}

/** Entity `id` of `list`, if it is there. */
export function findEntity<T extends StoredEntity>(list: readonly T[], id: string): T | undefined {
  const at = indexOfEntity(list, id)
  return at >= 0 ? list[at] : undefined
}
