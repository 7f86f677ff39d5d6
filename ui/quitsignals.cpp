#include "quitsignals.h"

#include <QString>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr std::array QuitSignalNumbers = {SIGTERM, SIGINT, SIGHUP};

// Read by the handler: a plain int, set before the handlers go in and cleared after they are out.
volatile std::sig_atomic_t writeSocket = -1;
std::array<struct sigaction, QuitSignalNumbers.size()> previousActions{};

extern "C" void onQuitSignal(int signalNumber)
{
    const int savedErrno = errno; // write() may change it under the interrupted code's feet
    const int fd = writeSocket;
    if (fd >= 0) {
        const auto byte = static_cast<unsigned char>(signalNumber);
        // Non-blocking: if the socket is full, enough quit requests are waiting already.
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

bool setNonBlockingCloseOnExec(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
           ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

} // namespace

QuitSignals::QuitSignals(QObject *parent) : QObject(parent)
{}

QuitSignals::~QuitSignals()
{
    if (m_installed) {
        for (std::size_t i = 0; i < QuitSignalNumbers.size(); ++i)
            ::sigaction(QuitSignalNumbers[i], &previousActions[i], nullptr);
        writeSocket = -1;
    }
    m_notifier.reset();
    for (int fd : m_sockets) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool QuitSignals::install(QString *error)
{
    const auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1StringView(what),
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (m_installed || writeSocket >= 0) {
        errno = EBUSY;
        return fail("quit signals are watched already");
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_sockets) != 0)
        return fail("socketpair");
    if (!setNonBlockingCloseOnExec(m_sockets[0]) || !setNonBlockingCloseOnExec(m_sockets[1]))
        return fail("fcntl");

    m_notifier = std::make_unique<QSocketNotifier>(m_sockets[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &QuitSignals::readPending);
    writeSocket = m_sockets[1];

    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    // Interrupted system calls resume: the rest of the program need not expect EINTR.
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < QuitSignalNumbers.size(); ++i) {
        if (::sigaction(QuitSignalNumbers[i], &action, &previousActions[i]) != 0) {
            for (std::size_t done = 0; done < i; ++done)
                ::sigaction(QuitSignalNumbers[done], &previousActions[done], nullptr);
            writeSocket = -1;
            return fail("sigaction");
        }
    }
    m_installed = true;
    return true;
}

void QuitSignals::readPending()
{
    unsigned char byte = 0;
    while (::read(m_sockets[0], &byte, 1) == 1)
        emit received(byte);
}
