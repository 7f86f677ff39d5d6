#pragma once

#include "secretserviceprobe.h"
#include "secretstore.h"

#include <chrono>
#include <memory>
#include <vector>

namespace QKeychain {
class Job;
}

// The SecretStore of the operating system's keychain, through QtKeychain: the Secret Service
// (gnome-keyring, KWallet, KeePassXC) on Linux, the Keychain on macOS, the Credential Manager on
// Windows. There is no plaintext fallback: without a keychain every operation fails.
//
// QtKeychain runs its jobs one at a time from a process-wide queue and must never see a running
// job deleted. This store therefore hands QtKeychain one job at a time and queues the rest itself:
// a request that times out while still queued here is dropped and provably did nothing, and one
// that times out while QtKeychain runs it is only abandoned (the QtKeychain job deletes itself
// whenever it ends, and only then does the next request start).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10'000};
    // 64 KiB: far above any credential or key this application stores (an STS session token is
    // a few KiB), well inside what the Secret Service and the macOS Keychain hold. The Windows
    // Credential Manager holds 2,560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE) and QtKeychain 0.13
    // does not split larger ones, so there the bound is that.
    static constexpr qsizetype PlatformMaxSecretBytes =
#if defined(Q_OS_WIN)
        2560;
#else
        64 * 1024;
#endif
    // Entry names are the keychain's attributes, shown in keychain managers: a sane length.
    static constexpr qsizetype MaxEntryNameLength = 1024;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // `service` is the keychain's namespace for this application's entries.
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultService()
    {
        return QStringLiteral("apigw-keys");
    }
    const QString &service() const
    {
        return m_service;
    }

    // How long a request may wait, queued or running, before it fails with Timeout.
    std::chrono::milliseconds timeout() const
    {
        return m_timeout;
    }
    void setTimeout(std::chrono::milliseconds timeout);

    SecretStoreJob *save(const QString &entry, const SecretString &secret) override;
    SecretStoreJob *read(const QString &entry) override;
    SecretStoreJob *remove(const QString &entry) override;
    qsizetype maxSecretBytes() const override
    {
        return PlatformMaxSecretBytes;
    }

private:
    struct Request;

    SecretStoreJob *submit(SecretStoreJob::Operation operation, const QString &entry,
                           const SecretString &secret);
    Request *findRequest(quint64 id) const;
    void dropRequest(quint64 id);
    void startNext();
    void keychainJobFinished(quint64 id, QKeychain::Job *keychainJob);
    void probeFinished(quint64 id, const SecretServiceState &state);
    void timedOut(quint64 id);

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::vector<std::unique_ptr<Request>> m_requests; // in arrival order
    quint64 m_nextId = 1;
    // True from handing a job to QtKeychain until that job ends, even if its request was dropped.
    bool m_keychainBusy = false;
};
