#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>

// Drives keystore_helper (a KeychainSecretStore in a child process) through its line protocol;
// see keystorehelper.cpp.
class KeystoreHelperProcess
{
public:
    // `environment` is the child's whole environment: the caller decides which bus it sees.
    explicit KeystoreHelperProcess(const QProcessEnvironment &environment);
    ~KeystoreHelperProcess();
    KeystoreHelperProcess(const KeystoreHelperProcess &) = delete;
    KeystoreHelperProcess &operator=(const KeystoreHelperProcess &) = delete;

    // Starts the helper and waits for it to say it is ready.
    bool start();
    bool setTimeout(int milliseconds);

    // Each returns the command's sequence number, to wait for with result().
    int save(const QString &entry, const QByteArray &secret);
    int read(const QString &entry);
    int remove(const QString &entry);

    // The answer to command `seq`, waiting up to `timeoutMs` for it; empty if none came.
    QJsonObject result(int seq, int timeoutMs);

    // What the helper wrote on stderr so far, for a failing test's message.
    QString diagnostics();
    static QString path();

private:
    int send(const QByteArray &line);
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    void readAnswers();

    QProcess m_process;
    QList<QJsonObject> m_answers;
    QByteArray m_stderr;
    int m_seq = 0;
};
