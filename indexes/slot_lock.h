/* A reader-writer lock split into slots, each on its own cache line: a
 * reader takes the slot of its thread, a writer takes all of them, writers
 * preferred. Readers on different cores then do not bounce one lock word
 * between them (with a single rwlock, hotcold's two threads ran slower than
 * one). */
#ifndef OMEN_SLOT_LOCK_H
#define OMEN_SLOT_LOCK_H

#include <stddef.h>

enum { OMEN_LOCK_SLOTS = 16 };

typedef struct omen_lock_slot omen_lock_slot;

typedef struct omen_slot_lock {
    omen_lock_slot *slots; /* a pointer, so readers holding a const owner can lock */
    int ready;             /* how many slots are initialised */
} omen_slot_lock;

/* 0 on success; on failure nothing is left to destroy. */
int omen_slot_lock_init(omen_slot_lock *l);
void omen_slot_lock_destroy(omen_slot_lock *l);
/* Returns the slot taken, to hand back to omen_slot_lock_read_end. */
unsigned omen_slot_lock_read(const omen_slot_lock *l);
void omen_slot_lock_read_end(const omen_slot_lock *l, unsigned slot);
void omen_slot_lock_write(const omen_slot_lock *l);
void omen_slot_lock_write_end(const omen_slot_lock *l);
/* Bytes the slots take (for size_bytes). */
size_t omen_slot_lock_bytes(void);

#endif
