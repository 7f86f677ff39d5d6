#include "keystorehelperprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>

KeystoreHelperProcess::KeystoreHelperProcess(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(path());
}

KeystoreHelperProcess::~KeystoreHelperProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString KeystoreHelperProcess::path()
{
    return QStringLiteral(APIGW_KEYSTORE_HELPER);
}

bool KeystoreHelperProcess::start()
{
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    return waitFor(
        [this] {
            return std::any_of(m_answers.begin(), m_answers.end(), [](const QJsonObject &answer) {
                return answer.value(QStringLiteral("ready")).toBool();
            });
        },
        10000);
}

bool KeystoreHelperProcess::setTimeout(int milliseconds)
{
    m_process.write("timeout " + QByteArray::number(milliseconds) + '\n');
    return waitFor(
        [this, milliseconds] {
            return std::any_of(
                m_answers.begin(), m_answers.end(), [milliseconds](const QJsonObject &answer) {
                    return answer.value(QStringLiteral("timeout")).toInt() == milliseconds;
                });
        },
        5000);
}

int KeystoreHelperProcess::save(const QString &entry, const QByteArray &secret)
{
    return send("save " + entry.toUtf8().toHex() + ' ' + secret.toHex());
}

int KeystoreHelperProcess::read(const QString &entry)
{
    return send("read " + entry.toUtf8().toHex());
}

int KeystoreHelperProcess::remove(const QString &entry)
{
    return send("remove " + entry.toUtf8().toHex());
}

int KeystoreHelperProcess::send(const QByteArray &line)
{
    m_process.write(line + '\n');
    return ++m_seq;
}

QJsonObject KeystoreHelperProcess::result(int seq, int timeoutMs)
{
    QJsonObject found;
    waitFor(
        [this, seq, &found] {
            for (const QJsonObject &answer : std::as_const(m_answers)) {
                if (answer.value(QStringLiteral("seq")).toInt() == seq) {
                    found = answer;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QString KeystoreHelperProcess::diagnostics()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

bool KeystoreHelperProcess::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    readAnswers();
    while (!done()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        if (!m_process.canReadLine())
            output.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        readAnswers();
    }
    return true;
}

void KeystoreHelperProcess::readAnswers()
{
    while (m_process.canReadLine()) {
        const QJsonDocument answer = QJsonDocument::fromJson(m_process.readLine());
        if (answer.isObject())
            m_answers << answer.object();
    }
}
