#include "keychainsecretstore.h"
#include "keystoretest.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

// How long a save and a read of one secret take on the real Secret Service, measured from the
// call to finished() as the UI sees it. Prints figures; never passes or fails on time.
class bench_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveAndRead();

private:
    static constexpr int Rounds = 50;
    KeychainSecretStore m_store;
};

namespace {

struct Figures
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    return {median, ms.constFirst(), ms.constLast()};
}

} // namespace

void bench_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
}

void bench_KeychainSecretStore::saveAndRead()
{
    const QString entry =
        QStringLiteral("bench/") + QString::fromLatin1(KeystoreTest::randomToken(8));
    // The size of a created key's secret (10-50 characters) or of operator credentials.
    const QByteArray secret = KeystoreTest::randomToken(50);

    auto timed = [](SecretStoreJob *job, QByteArray *read) {
        QElapsedTimer timer;
        timer.start();
        SecretStoreError error;
        error.kind = SecretStoreError::Kind::Other;
        const bool finished = KeystoreTest::waitForJob(job, [&](SecretStoreJob *done) {
            error = done->error();
            if (read)
                *read = done->secret().utf8();
        });
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return finished && !error.isError() ? ms : -1.0;
    };

    // Warm up: the first call opens the D-Bus connection and the Secret Service session.
    for (int i = 0; i < 3; ++i)
        QVERIFY(timed(m_store.save(entry, SecretString::fromUtf8(secret)), nullptr) >= 0);

    QList<double> saves;
    QList<double> reads;
    for (int i = 0; i < Rounds; ++i) {
        const double save = timed(m_store.save(entry, SecretString::fromUtf8(secret)), nullptr);
        QByteArray read;
        const double readMs = timed(m_store.read(entry), &read);
        QVERIFY(save >= 0);
        QVERIFY(readMs >= 0);
        QVERIFY(read == secret);
        saves << save;
        reads << readMs;
    }
    QVERIFY(timed(m_store.remove(entry), nullptr) >= 0);

    const Figures s = figures(saves);
    const Figures r = figures(reads);
    qInfo("keychain save of one %lld-byte secret, %d rounds: median %.2f ms, min %.2f ms, max %.2f "
          "ms",
          static_cast<long long>(secret.size()), Rounds, s.median, s.min, s.max);
    qInfo("keychain read of one %lld-byte secret, %d rounds: median %.2f ms, min %.2f ms, max %.2f "
          "ms",
          static_cast<long long>(secret.size()), Rounds, r.median, r.min, r.max);
}

QTEST_GUILESS_MAIN(bench_KeychainSecretStore)
#include "bench_keychainsecretstore.moc"
