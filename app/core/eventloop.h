#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

// Runs `f` later, from the event loop of `context`'s thread, and not at all if `context` is
// destroyed first.
//
// An asynchronous call reports its outcome through a signal of the object it returns, and a
// caller can only connect to that signal after the call has returned. An outcome known at once
// (a refused request, a failure found before any I/O) must therefore wait for the event loop:
// emitted from inside the call, it would reach nobody.
template <typename F> void runFromEventLoop(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}
