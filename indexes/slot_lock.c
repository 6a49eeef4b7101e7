#include "indexes/slot_lock.h"

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>

#include "common/alloc.h"

struct omen_lock_slot {
    _Alignas(64) pthread_rwlock_t rw; /* one per cache line */
};

/* Slots are handed to threads round-robin on their first read. */
static atomic_uint next_slot;
static _Thread_local unsigned my_slot = UINT_MAX;

static unsigned reader_slot(void)
{
    if (my_slot == UINT_MAX)
        my_slot = atomic_fetch_add(&next_slot, 1) % OMEN_LOCK_SLOTS;
    return my_slot;
}

int omen_slot_lock_init(omen_slot_lock *l)
{
    l->ready = 0;
    l->slots = omen_alloc(OMEN_LOCK_SLOTS * sizeof *l->slots);
    if (!l->slots)
        return -1;
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
#ifdef PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP
    /* Lookups never stop arriving in a benchmark; without this a writer
     * could wait for ever. */
    pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
#endif
    for (; l->ready < OMEN_LOCK_SLOTS; l->ready++)
        if (pthread_rwlock_init(&l->slots[l->ready].rw, &attr) != 0)
            break;
    pthread_rwlockattr_destroy(&attr);
    if (l->ready < OMEN_LOCK_SLOTS) {
        omen_slot_lock_destroy(l);
        return -1;
    }
    return 0;
}

void omen_slot_lock_destroy(omen_slot_lock *l)
{
    for (int i = 0; i < l->ready; i++)
        pthread_rwlock_destroy(&l->slots[i].rw);
    omen_free(l->slots);
    l->slots = NULL;
    l->ready = 0;
}

unsigned omen_slot_lock_read(const omen_slot_lock *l)
{
    unsigned s = reader_slot();
    pthread_rwlock_rdlock(&l->slots[s].rw);
    return s;
}

void omen_slot_lock_read_end(const omen_slot_lock *l, unsigned slot)
{
    pthread_rwlock_unlock(&l->slots[slot].rw);
}

void omen_slot_lock_write(const omen_slot_lock *l)
{
    for (int i = 0; i < OMEN_LOCK_SLOTS; i++)
        pthread_rwlock_wrlock(&l->slots[i].rw);
}

void omen_slot_lock_write_end(const omen_slot_lock *l)
{
    for (int i = OMEN_LOCK_SLOTS - 1; i >= 0; i--)
        pthread_rwlock_unlock(&l->slots[i].rw);
}

size_t omen_slot_lock_bytes(void)
{
    return OMEN_LOCK_SLOTS * sizeof(omen_lock_slot);
}
