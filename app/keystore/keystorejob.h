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

// A job `Job` whose outcome has two parts, a `First` and a `Second` (an error and what was
// obtained, or the errors of two halves); Job's accessors give them their names. This keeps the
// first outcome it is given and announces it through Job's own finished(Job *) signal: Job
// declares that signal itself (a template cannot declare signals), so callers connect to a signal
// that carries the job's own type.
template <typename Job, typename First, typename Second> class KeystoreJobOf : public KeystoreJob
{
public:
    // For the store that runs the job. The first call wins; later ones (a late answer after a
    // timeout) are ignored.
    void finish(First first, Second second = {})
    {
        if (!acceptOutcome())
            return;
        m_first = std::move(first);
        m_second = std::move(second);
    }

protected:
    using KeystoreJob::KeystoreJob;

    First m_first{};
    Second m_second{};

private:
    void announceFinished() final
    {
        Job *job = static_cast<Job *>(this);
        Q_EMIT job->finished(job);
    }
};
