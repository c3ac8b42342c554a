#include "CleanupOnSignal.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

// Process-wide by nature: a signal handler can reach nothing else. Fixed-size, so that the
// handler never allocates; one slot is used per file being written at the same time.
enum { slot_count = 16, path_bytes = 4096 };
enum { slot_free = 0, slot_claimed = 1, slot_ready = 2 };

static _Atomic int slot_states[slot_count];
static char slot_paths[slot_count][path_bytes];
static atomic_flag handlers_installed = ATOMIC_FLAG_INIT;
static const int handled_signals[] = { SIGINT, SIGTERM, SIGHUP };

// Removes every registered file, then dies of the same signal with its default action, so
// that the parent sees the usual status (a shell prints 128 + the signal's number).
static void remove_and_die(int signal_number) {
    for (int slot = 0; slot < slot_count; slot++) {
        if (atomic_load(&slot_states[slot]) == slot_ready) unlink(slot_paths[slot]);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void install_handlers(void) {
    if (atomic_flag_test_and_set(&handlers_installed)) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remove_and_die;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++) {
        sigaddset(&action.sa_mask, handled_signals[i]);
    }
    for (unsigned i = 0; i < sizeof handled_signals / sizeof handled_signals[0]; i++) {
        struct sigaction current;
        if (sigaction(handled_signals[i], NULL, &current) != 0) continue;
        if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_DFL) {
            sigaction(handled_signals[i], &action, NULL);
        }
    }
}

int cleanup_on_signal_add(const char *path) {
    if (path == NULL || strlen(path) >= path_bytes) return -1;
    install_handlers();
    for (int slot = 0; slot < slot_count; slot++) {
        int expected = slot_free;
        if (atomic_compare_exchange_strong(&slot_states[slot], &expected, slot_claimed)) {
            strcpy(slot_paths[slot], path);
            atomic_store(&slot_states[slot], slot_ready);
            return slot;
        }
    }
    return -1;
}

void cleanup_on_signal_remove(int slot) {
    if (slot < 0 || slot >= slot_count) return;
    atomic_store(&slot_states[slot], slot_free);
}
