#include "xvfbdisplay.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

XvfbDisplay::~XvfbDisplay()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
}

bool XvfbDisplay::start()
{
    int fds[2];
    if (::pipe(fds) != 0) {
        m_problem = QStringLiteral("pipe failed");
        return false;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        m_problem = QStringLiteral("fork failed");
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (pid == 0) {
        ::close(fds[0]);
        // Quiet: Xvfb's notes about fonts and extensions are no test's business.
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0) {
            ::dup2(devNull, STDOUT_FILENO);
            ::dup2(devNull, STDERR_FILENO);
        }
        const QByteArray fd = QByteArray::number(fds[1]);
        ::execlp("Xvfb", "Xvfb", "-displayfd", fd.constData(), "-nolisten", "tcp", "-screen", "0",
                 "1280x1024x24", static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    m_pid = pid;

    // Xvfb writes the display number and a newline once it accepts connections.
    QByteArray number;
    pollfd readable{fds[0], POLLIN, 0};
    while (!number.endsWith('\n')) {
        if (::poll(&readable, 1, 20000) <= 0)
            break;
        char c = 0;
        if (::read(fds[0], &c, 1) != 1)
            break;
        number.append(c);
    }
    ::close(fds[0]);
    number = number.trimmed();
    if (number.isEmpty()) {
        m_problem = QStringLiteral("Xvfb did not start (is it installed?)");
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return false;
    }
    m_name = ':' + number;
    return true;
}
