#include "keyregistry.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

QString KeyRegistry::randomAlphanumeric(int length)
{
    static constexpr char16_t alphabet[] =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 alphabetSize = sizeof(alphabet) / sizeof(alphabet[0]) - 1;
    QString result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        result[i] = QChar(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    return result;
}

std::variant<CreatedApiKey, ApiFailure>
KeyRegistry::create(const QString &accountId, const KeySpec &spec, const QDateTime &nowUtc)
{
    CreatedApiKey key;
    key.name = spec.name;
    key.type = spec.type;
    // The service stamps whole seconds.
    key.createdUtc = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
    if (spec.type == KeyType::Manual && m_keys.contains(spec.keyId))
        return ApiFailure{ApiFailureKind::AccessKeyExist,
                          u"An API key with this AccessKeyId exists already."_s};
    if (m_countPerAccount.value(accountId) >= m_keyLimit)
        return ApiFailure{
            ApiFailureKind::ApiKeyCountLimitExceeded,
            u"The account holds the maximum number of API keys (%1)."_s.arg(m_keyLimit)};
    if (spec.type == KeyType::Manual) {
        key.keyId = spec.keyId;
        key.keySecret = spec.keySecret;
    } else {
        do {
            key.keyId = u"AKID"_s + randomAlphanumeric(AutoKeyIdRandomLength);
        } while (m_keys.contains(key.keyId));
        QString secret = randomAlphanumeric(AutoKeySecretLength);
        key.keySecret = SecretString(secret);
        wipeString(secret);
    }

    m_keys.insert(key.keyId, StoredKey{accountId, key.name, key.type, key.createdUtc});
    ++m_countPerAccount[accountId];
    return key;
}
