#pragma once

#include <QObject>

#include <utility>

// The common ground of the keystore's asynchronous jobs (SecretStoreJob, SavedKeyJob,
// OperatorCredentialsJob): each reports one outcome through its own finished(Job *) signal.
// A job derives from KeystoreJobOf below, which keeps the outcome; KeystoreJob itself is the
// part that needs no type, and the one the meta-object system sees.
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

    // True for the first outcome, which the caller then stores, and which finished() announces
    // once control is back in the event loop; false for any later one, which must be dropped.
    bool acceptOutcome();

    // Emits the subclass's own finished(this).
    virtual void announceFinished() = 0;

private:
    bool m_finished = false;
};

// A job `Job` whose outcome is an `Outcome`: keeps the first one it is given and announces it
// through Job's own finished(Job *) signal. Job declares that signal itself (a template cannot
// declare signals), so callers connect to a signal that carries the job's own type, and gives
// its finish() the parameters its store passes, forwarding them to settle().
template <typename Job, typename Outcome> class KeystoreJobOf : public KeystoreJob
{
protected:
    using KeystoreJob::KeystoreJob;

    // The first call wins; later ones (a late answer after a timeout) are ignored.
    void settle(Outcome outcome)
    {
        if (acceptOutcome())
            m_outcome = std::move(outcome);
    }

    const Outcome &outcome() const { return m_outcome; }
    Outcome &outcome() { return m_outcome; }

private:
    void announceFinished() final
    {
        Job *job = static_cast<Job *>(this);
        Q_EMIT job->finished(job);
    }

    Outcome m_outcome{};
};
