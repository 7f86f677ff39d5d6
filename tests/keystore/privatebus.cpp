#include "privatebus.h"

#include <QFile>
#include <QStandardPaths>

PrivateBus::PrivateBus(Replies replies) : m_replies(replies)
{}

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }
}

bool PrivateBus::start()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (program.isEmpty() || !m_dir.isValid()) {
        m_error = QStringLiteral("dbus-daemon not found, or no temporary directory");
        return false;
    }
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    // Everyone may talk to and own anything; no <servicedir>, no <standard_session_servicedirs>.
    const QByteArray receive = m_replies == Replies::Delivered
                                   ? QByteArrayLiteral("<allow receive_sender=\"*\"/>")
                                   : QByteArray();
    file.write(QByteArrayLiteral(
                   "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir=") +
               QFile::encodeName(m_dir.path()) +
               QByteArrayLiteral("</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                                 "<allow send_destination=\"*\"/><allow own=\"*\"/>") +
               receive + QByteArrayLiteral("</policy></busconfig>\n"));
    file.close();

    m_daemon.setProgram(program);
    m_daemon.setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                           QStringLiteral("--print-address=1")});
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start();
    if (!m_daemon.waitForStarted(5000)) {
        m_error = m_daemon.errorString();
        return false;
    }
    // The daemon prints its address once it listens.
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(5000)) {
            m_error = QStringLiteral("dbus-daemon printed no address: ") +
                      QString::fromLocal8Bit(m_daemon.readAllStandardError());
            return false;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
    return !m_address.isEmpty();
}
