#include "keystorejob.h"

#include "eventloop.h"

KeystoreJob::KeystoreJob(QObject *parent) : QObject(parent)
{}

KeystoreJob::~KeystoreJob() = default;

bool KeystoreJob::acceptOutcome()
{
    if (m_finished)
        return false;
    m_finished = true;
    runFromEventLoop(this, [this] {
        announceFinished();
        deleteLater();
    });
    return true;
}
