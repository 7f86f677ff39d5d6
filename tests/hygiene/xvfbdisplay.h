#pragma once

#include <QByteArray>
#include <QString>
#include <sys/types.h>

// A private X server (Xvfb) on a display number it picks itself (-displayfd), for tests that need
// a real X11 clipboard between processes. Stopped when this goes.
class XvfbDisplay
{
public:
    XvfbDisplay() = default;
    ~XvfbDisplay();
    XvfbDisplay(const XvfbDisplay &) = delete;
    XvfbDisplay &operator=(const XvfbDisplay &) = delete;

    // Plain POSIX, so that it can run before any Qt application object exists.
    bool start();
    bool isRunning() const { return m_pid > 0; }
    // ":N"; empty until started.
    QByteArray name() const { return m_name; }
    QString problem() const { return m_problem; }

private:
    pid_t m_pid = -1;
    QByteArray m_name;
    QString m_problem;
};
