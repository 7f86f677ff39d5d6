// A KeychainSecretStore in a process of its own, for the failures that depend on the process's
// environment: QtKeychain (through libsecret) and QtDBus read the session bus address once, at
// their first use, so a missing, dead or private bus needs a fresh process.
//
// Protocol, one line per command on stdin, one JSON object per answer on stdout:
//   timeout <ms>                      sets the store's timeout (answered {"timeout":ms})
//   save <entry hex> <secret hex>     entry and secret as hex of their UTF-8 bytes
//   read <entry hex>
//   remove <entry hex>
// Answers: {"seq":n,"op":"read","kind":"NotFound","mayStillComplete":false,"backendText":...,
// "diagnosis":...,"secretSha256":...,"elapsedMs":...}. seq counts save/read/remove commands from
// 1. A read's secret is never printed: its SHA-256 is enough to compare.
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

void answer(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

class Driver : public QObject
{
public:
    Driver()
    {
        m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        connect(m_stdin.get(), &QSocketNotifier::activated, this, &Driver::readInput);
    }

private:
    void readInput()
    {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            // The test closed our stdin: wait for what is still running, then go.
            m_stdin->setEnabled(false);
            m_inputClosed = true;
            quitIfIdle();
            return;
        }
        m_pending.append(buffer, n);
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(end);
            m_pending.remove(0, end + 1);
            run(line.split(' '));
        }
    }

    void run(const QList<QByteArray> &words)
    {
        const QByteArray op = words.value(0);
        if (op == "timeout") {
            m_store.setTimeout(std::chrono::milliseconds(words.value(1).toLongLong()));
            answer({{QStringLiteral("timeout"), qint64(m_store.timeout().count())}});
            return;
        }
        const QString entry = QString::fromUtf8(QByteArray::fromHex(words.value(1)));
        SecretStoreJob *job = nullptr;
        if (op == "save")
            job = m_store.save(entry, SecretString::fromUtf8(QByteArray::fromHex(words.value(2))));
        else if (op == "read")
            job = m_store.read(entry);
        else if (op == "remove")
            job = m_store.remove(entry);
        if (!job) {
            answer({{QStringLiteral("unknownCommand"), QString::fromUtf8(op)}});
            return;
        }
        const int seq = ++m_seq;
        ++m_running;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        connect(job, &SecretStoreJob::finished, this, [this, seq, op, timer](SecretStoreJob *done) {
            const SecretStoreError &error = done->error();
            QJsonObject result{
                {QStringLiteral("seq"), seq},
                {QStringLiteral("op"), QString::fromUtf8(op)},
                {QStringLiteral("kind"), SecretStoreError::kindName(error.kind)},
                {QStringLiteral("mayStillComplete"), error.mayStillComplete},
                {QStringLiteral("backendText"), error.backendText},
                {QStringLiteral("diagnosis"), error.diagnosis},
                {QStringLiteral("elapsedMs"), timer->elapsed()},
            };
            if (done->succeeded() && done->operation() == SecretStoreJob::Operation::Read)
                result.insert(
                    QStringLiteral("secretSha256"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(done->secret().utf8(), QCryptographicHash::Sha256)
                            .toHex()));
            answer(result);
            --m_running;
            quitIfIdle();
        });
    }

    void quitIfIdle()
    {
        if (m_inputClosed && m_running == 0)
            QCoreApplication::quit();
    }

    KeychainSecretStore m_store;
    std::unique_ptr<QSocketNotifier> m_stdin;
    QByteArray m_pending;
    int m_seq = 0;
    int m_running = 0;
    bool m_inputClosed = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Driver driver;
    answer({{QStringLiteral("ready"), true}});
    return app.exec();
}
