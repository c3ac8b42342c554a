// Removes temporary files when SIGINT, SIGTERM or SIGHUP ends the process, so that an
// interrupted write leaves nothing behind. In C because a signal handler may only touch
// lock-free atomics and async-signal-safe calls (unlink, signal, raise), which C states exactly.
#ifndef CLEANUP_ON_SIGNAL_H
#define CLEANUP_ON_SIGNAL_H

/// Registers `path` for removal if one of those signals ends the process, installing the
/// handlers the first time (only over the default action: a handler the program installed, or
/// a signal it ignores, such as SIGHUP under nohup, is left alone). Returns a slot to pass to
/// cleanup_on_signal_remove, or -1 when the path is too long or all slots are taken (the file
/// is then not removed on a signal; nothing else changes).
int cleanup_on_signal_add(const char *path);

/// Forgets a slot returned by cleanup_on_signal_add (a negative slot is ignored).
void cleanup_on_signal_remove(int slot);

#endif
