#pragma once

#include "secretstoreerror.h"
#include "secretstring.h"

#include <QObject>

// One asynchronous save, read or removal of a keychain entry.
//
// finished() is emitted exactly once, always from the event loop and never from inside the call
// that created the job, so a caller may connect after that call returns. The job deletes itself
// after finished(); a caller that loses interest simply disconnects (or lets its context object
// die), the job still runs to its end.
class SecretStoreJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Save, Read, Remove };

    SecretStoreJob(Operation operation, QString entry, QObject *parent);
    ~SecretStoreJob() override;

    Operation operation() const { return m_operation; }
    const QString &entry() const { return m_entry; }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const SecretStoreError &error() const { return m_error; }

    // A successful read's secret; empty otherwise. It is wiped when the job goes away.
    const SecretString &secret() const { return m_secret; }
    SecretString takeSecret();

    // For SecretStore implementations: records the outcome and schedules finished(). The first
    // call wins, later ones are ignored (a late answer after a timeout, for instance).
    void finish(SecretStoreError error, SecretString secret = {});

Q_SIGNALS:
    void finished(SecretStoreJob *job);

private:
    void emitFinished();

    Operation m_operation;
    QString m_entry;
    bool m_finished = false;
    SecretStoreError m_error;
    SecretString m_secret;
};
