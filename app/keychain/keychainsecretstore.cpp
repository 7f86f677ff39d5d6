#include "keychainsecretstore.h"

#include "keychainerrors.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcKeychain, "apigw.keystore.keychain", QtInfoMsg)

using Operation = SecretStoreJob::Operation;
using Kind = SecretStoreError::Kind;

struct KeychainSecretStore::Request
{
    enum class Phase { Queued, Running, Probing };

    quint64 id = 0;
    Operation operation = Operation::Read;
    QString entry;
    // A caller may delete its job early; the request then runs on with no one to tell.
    QPointer<SecretStoreJob> job;
    SecretString secret; // a save's payload, wiped when the request ends
    QDeadlineTimer deadline;
    Phase phase = Phase::Queued;
    // What QtKeychain said, kept while the probe runs.
    QKeychain::Error keychainError = QKeychain::NoError;
    QString keychainText;
};

namespace {

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Save:
        return "save";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

SecretStoreError invalid(const QString &why)
{
    SecretStoreError error;
    error.kind = Kind::InvalidRequest;
    error.diagnosis = why;
    return error;
}

// QtKeychain stores text through a C string (libsecret) and transcodes it via QString: a NUL
// would cut the secret short and invalid UTF-8 would be replaced, both silently. Refused instead.
std::optional<SecretStoreError> checkSecret(const SecretString &secret, qsizetype maxBytes)
{
    const QByteArray &bytes = secret.utf8();
    if (bytes.isEmpty())
        return invalid(QStringLiteral("the secret is empty"));
    if (bytes.size() > maxBytes) {
        SecretStoreError error;
        error.kind = Kind::TooLarge;
        error.diagnosis = QStringLiteral("%1 bytes; this keychain takes %2 bytes at most")
                              .arg(bytes.size())
                              .arg(maxBytes);
        return error;
    }
    if (bytes.contains('\0'))
        return invalid(QStringLiteral("the secret contains a NUL character"));
    QString text = QString::fromUtf8(bytes);
    QByteArray back = text.toUtf8();
    const bool roundTrips = back == bytes;
    wipeString(text);
    wipeBytes(back);
    if (!roundTrips)
        return invalid(QStringLiteral("the secret is not valid UTF-8"));
    return std::nullopt;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{}

// Requests die here with their secrets wiped. A QtKeychain job still running is not ours to
// delete: it has no parent and deletes itself when it ends; our connections to it die with us.
KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

SecretStoreJob *KeychainSecretStore::save(const QString &entry, const SecretString &secret)
{
    return submit(Operation::Save, entry, secret);
}

SecretStoreJob *KeychainSecretStore::read(const QString &entry)
{
    return submit(Operation::Read, entry, {});
}

SecretStoreJob *KeychainSecretStore::remove(const QString &entry)
{
    return submit(Operation::Remove, entry, {});
}

SecretStoreJob *KeychainSecretStore::submit(Operation operation, const QString &entry,
                                            const SecretString &secret)
{
    auto *job = new SecretStoreJob(operation, entry, this);

    if (entry.isEmpty() || entry.size() > MaxEntryNameLength) {
        job->finish(invalid(QStringLiteral("the entry name is empty or longer than %1 characters")
                                .arg(MaxEntryNameLength)));
        return job;
    }
    if (operation == Operation::Save) {
        if (const auto problem = checkSecret(secret, maxSecretBytes())) {
            job->finish(*problem);
            return job;
        }
    }

    auto request = std::make_unique<Request>();
    request->id = m_nextId++;
    request->operation = operation;
    request->entry = entry;
    request->job = job;
    request->secret = secret;
    request->deadline = QDeadlineTimer(m_timeout);
    const quint64 id = request->id;
    m_requests.push_back(std::move(request));

    QTimer::singleShot(m_timeout, job, [this, id] { timedOut(id); });
    qCDebug(lcKeychain) << operationName(operation) << entry << "queued as" << id;
    startNext();
    return job;
}

KeychainSecretStore::Request *KeychainSecretStore::findRequest(quint64 id) const
{
    const auto it = std::find_if(m_requests.begin(), m_requests.end(),
                                 [id](const auto &request) { return request->id == id; });
    return it == m_requests.end() ? nullptr : it->get();
}

void KeychainSecretStore::dropRequest(quint64 id)
{
    std::erase_if(m_requests, [id](const auto &request) { return request->id == id; });
}

void KeychainSecretStore::startNext()
{
    // A caller deleted its job: a request not yet handed to QtKeychain is forgotten.
    std::erase_if(m_requests, [](const auto &request) {
        return !request->job && request->phase != Request::Phase::Running;
    });
    if (m_keychainBusy)
        return;
    const auto it = std::find_if(m_requests.begin(), m_requests.end(), [](const auto &request) {
        return request->phase == Request::Phase::Queued;
    });
    if (it == m_requests.end())
        return;
    Request &request = **it;

    // No parent: nothing of ours may delete a QtKeychain job that is running. autoDelete (the
    // default) lets it go once it has ended.
    QKeychain::Job *keychainJob = nullptr;
    switch (request.operation) {
    case Operation::Save: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        QString text = request.secret.toString();
        write->setTextData(text);
        wipeString(text);
        request.secret.wipe();
        keychainJob = write;
        break;
    }
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setInsecureFallback(false);
    keychainJob->setAutoDelete(true);
    keychainJob->setKey(request.entry);

    const quint64 id = request.id;
    connect(keychainJob, &QKeychain::Job::finished, this,
            [this, id](QKeychain::Job *finishedJob) { keychainJobFinished(id, finishedJob); });
    request.phase = Request::Phase::Running;
    m_keychainBusy = true;
    keychainJob->start();
}

void KeychainSecretStore::keychainJobFinished(quint64 id, QKeychain::Job *keychainJob)
{
    m_keychainBusy = false;
    const QKeychain::Error error = keychainJob->error();
    Request *request = findRequest(id);
    SecretStoreJob *job = request ? request->job.data() : nullptr;

    if (!request || !job) {
        // Timed out while QtKeychain worked on it: the outcome has no one to go to.
        qCDebug(lcKeychain) << "late answer for abandoned request" << id << int(error);
        if (request)
            dropRequest(id);
    } else if (!KeychainErrors::needsProbe(request->operation, error)) {
        qCDebug(lcKeychain) << operationName(request->operation) << request->entry << "done";
        SecretString secret;
        if (request->operation == Operation::Read) {
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(keychainJob))
                secret = SecretString::fromUtf8(readJob->binaryData());
        }
        job->finish({}, std::move(secret));
        dropRequest(id);
    } else {
        qCDebug(lcKeychain) << operationName(request->operation) << request->entry << "answered"
                            << int(error) << keychainJob->errorString();
        request->phase = Request::Phase::Probing;
        request->keychainError = error;
        request->keychainText = keychainJob->errorString();
        auto *probe = new SecretServiceProbe(job);
        connect(probe, &SecretServiceProbe::finished, this,
                [this, id](const SecretServiceState &state) { probeFinished(id, state); });
        const auto remaining = std::chrono::milliseconds(request->deadline.remainingTime());
        probe->start(m_service, request->entry, remaining);
    }
    startNext();
}

void KeychainSecretStore::probeFinished(quint64 id, const SecretServiceState &state)
{
    Request *request = findRequest(id);
    SecretStoreJob *job = request ? request->job.data() : nullptr;
    if (!job || request->phase != Request::Phase::Probing)
        return;
    const SecretStoreError error = KeychainErrors::classify(
        request->operation, request->keychainError, request->keychainText, state);
    qCDebug(lcKeychain) << operationName(request->operation) << request->entry << "->"
                        << SecretStoreError::kindName(error.kind) << error.diagnosis;
    job->finish(error);
    dropRequest(id);
}

void KeychainSecretStore::timedOut(quint64 id)
{
    Request *request = findRequest(id);
    SecretStoreJob *job = request ? request->job.data() : nullptr;
    if (!job)
        return;
    const Operation operation = request->operation;
    qCWarning(lcKeychain) << operationName(operation) << request->entry
                          << "got no answer from the keychain within" << m_timeout.count() << "ms";

    SecretStoreError error;
    error.kind = Kind::Timeout;
    switch (request->phase) {
    case Request::Phase::Queued:
        // Never reached QtKeychain: dropped here, it will never happen.
        error.diagnosis = QStringLiteral("waited behind an earlier keychain request that did not "
                                         "finish; this one was not started");
        break;
    case Request::Phase::Running:
        // Stop listening; the QtKeychain job runs on and deletes itself when it ends.
        error.mayStillComplete = operation != Operation::Read;
        error.diagnosis =
            QStringLiteral("the keychain did not answer within %1 ms").arg(m_timeout.count());
        break;
    case Request::Phase::Probing:
        // The keychain did answer; only the follow-up question to the bus went unanswered.
        error = KeychainErrors::classify(operation, request->keychainError, request->keychainText,
                                         {SecretServiceState::Status::Unknown,
                                          QStringLiteral("the Secret Service did not answer")});
        break;
    }
    job->finish(error);
    dropRequest(id);
}
