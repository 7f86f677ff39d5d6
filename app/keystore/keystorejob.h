#pragma once

#include <QObject>

// The common ground of the keystore's asynchronous jobs (SecretStoreJob, SavedKeyJob,
// OperatorCredentialsJob): each reports one outcome through its own finished(Job *) signal.
//
// Only the first outcome counts; a later one (a late answer after a timeout, for instance) is
// ignored. finished() is emitted from the event loop and never from inside the call that created
// the job, so a caller may connect after that call returns. The job deletes itself after
// finished(); a caller that loses interest simply disconnects (or lets its context object die),
// the job still runs to its end. A job destroyed before the event loop got to it (its parent
// went away) emits nothing.
class KeystoreJob : public QObject
{
    Q_OBJECT

public:
    ~KeystoreJob() override;

    bool isFinished() const { return m_finished; }

protected:
    explicit KeystoreJob(QObject *parent);

    // For a subclass's finish(): true for the first outcome, which the subclass then stores, and
    // which finished() announces once control is back in the event loop; false for any later one,
    // which the subclass must drop.
    bool acceptOutcome();

    // Emits the subclass's own finished(this).
    virtual void announceFinished() = 0;

private:
    bool m_finished = false;
};
