#include "keyregistry.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

ApiKeyRecord KeyRegistry::StoredKey::record(bool withSecret) const
{
    ApiKeyRecord result;
    result.keyId = keyId;
    if (withSecret)
        result.keySecret = secret;
    result.name = name;
    result.type = type;
    result.enabled = enabled;
    result.createdUtc = createdUtc;
    result.modifiedUtc = modifiedUtc;
    return result;
}

QString KeyRegistry::randomAlphanumeric(int length)
{
    static constexpr char16_t alphabet[] =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 alphabetSize = sizeof(alphabet) / sizeof(alphabet[0]) - 1;
    // Bytes below the largest multiple of the alphabet's size keep every letter equally likely;
    // one read of the CSPRNG per string keeps seeding thousands of keys fast.
    constexpr quint32 unbiasedBelow = 256 - 256 % alphabetSize;
    QString result(length, Qt::Uninitialized);
    quint32 buffer[32];
    int filled = 0;
    while (filled < length) {
        QRandomGenerator::system()->fillRange(buffer);
        const auto *bytes = reinterpret_cast<const unsigned char *>(buffer);
        for (size_t i = 0; i < sizeof(buffer) && filled < length; ++i) {
            if (bytes[i] < unbiasedBelow)
                result[filled++] = QChar(alphabet[bytes[i] % alphabetSize]);
        }
    }
    return result;
}

QString KeyRegistry::newAutoKeyId() const
{
    QString id;
    do {
        id = u"AKID"_s + randomAlphanumeric(AutoKeyIdRandomLength);
    } while (m_keys.contains(id));
    return id;
}

SecretString KeyRegistry::newAutoSecret()
{
    QString secret = randomAlphanumeric(AutoKeySecretLength);
    SecretString result(secret);
    wipeString(secret);
    return result;
}

std::variant<ApiKeyRecord, ApiFailure>
KeyRegistry::create(const QString &accountId, const KeySpec &spec, const QDateTime &nowUtc)
{
    if (spec.type == KeyType::Manual && m_keys.contains(spec.keyId))
        return ApiFailure{ApiFailureKind::AccessKeyExist,
                          u"An API key with this AccessKeyId exists already."_s};
    if (keyCount(accountId) >= m_keyLimit)
        return ApiFailure{
            ApiFailureKind::ApiKeyCountLimitExceeded,
            u"The account holds the maximum number of API keys (%1)."_s.arg(m_keyLimit)};
    return insert(accountId, spec, true, nowUtc).record(true);
}

const KeyRegistry::StoredKey &KeyRegistry::insert(const QString &accountId, const KeySpec &spec,
                                                  bool enabled, const QDateTime &createdUtc)
{
    StoredKey key;
    key.accountId = accountId;
    key.name = spec.name;
    key.type = spec.type;
    key.enabled = enabled;
    // The service stamps whole seconds.
    key.createdUtc = QDateTime::fromSecsSinceEpoch(createdUtc.toSecsSinceEpoch(), Qt::UTC);
    key.modifiedUtc = key.createdUtc;
    if (spec.type == KeyType::Manual && !spec.keyId.isEmpty() && !m_keys.contains(spec.keyId)) {
        key.keyId = spec.keyId;
        key.secret = spec.keySecret;
    } else {
        key.keyId = newAutoKeyId();
        key.secret = spec.keySecret.isEmpty() ? newAutoSecret() : spec.keySecret;
    }
    m_order[accountId].push_back(key.keyId);
    return *m_keys.insert(key.keyId, std::move(key));
}

const KeyRegistry::StoredKey *KeyRegistry::find(const QString &accountId,
                                                const QString &keyId) const
{
    const StoredKey *key = find(keyId);
    return key && key->accountId == accountId ? key : nullptr;
}

const KeyRegistry::StoredKey *KeyRegistry::find(const QString &keyId) const
{
    const auto it = m_keys.constFind(keyId);
    return it == m_keys.constEnd() ? nullptr : &*it;
}

void KeyRegistry::setEnabled(const QString &keyId, bool enabled, const QDateTime &nowUtc)
{
    auto it = m_keys.find(keyId);
    if (it == m_keys.end())
        return;
    it->enabled = enabled;
    it->modifiedUtc = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
}

void KeyRegistry::rotate(const QString &keyId, const SecretString &secret, const QDateTime &nowUtc)
{
    auto it = m_keys.find(keyId);
    if (it == m_keys.end())
        return;
    it->secret = secret.isEmpty() ? newAutoSecret() : secret;
    it->modifiedUtc = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
}

void KeyRegistry::remove(const QString &keyId)
{
    const auto it = m_keys.find(keyId);
    if (it == m_keys.end())
        return;
    std::vector<QString> &order = m_order[it->accountId];
    order.erase(std::find(order.begin(), order.end(), keyId));
    m_keys.erase(it);
}

const std::vector<QString> &KeyRegistry::idsOf(const QString &accountId) const
{
    static const std::vector<QString> none;
    const auto it = m_order.constFind(accountId);
    return it == m_order.constEnd() ? none : *it;
}
