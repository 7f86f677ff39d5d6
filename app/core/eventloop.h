#pragma once

#include <QMetaObject>
#include <QObject>
#include <utility>

// Runs `f` on `context`'s thread once control is back in its event loop, never before this
// returns; not at all if `context` is destroyed first. For reporting from an asynchronous API
// without calling back into a caller that has not finished setting up its listeners.
template <typename F> void runFromEventLoop(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}
