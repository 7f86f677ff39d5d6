#include "operatorcredentialstore.h"

#include "entryname.h"

#include <map>

namespace {

const QByteArray SecretIdField = QByteArrayLiteral("secretId");
const QByteArray SecretKeyField = QByteArrayLiteral("secretKey");
const QByteArray SessionTokenField = QByteArrayLiteral("sessionToken");

void appendJsonString(QByteArray &out, QByteArrayView value)
{
    out += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

// Reads the flat object encode() writes. Every buffer that may hold a secret is wiped by its
// owner: the values map wipes in its destructor below.
class FlatJsonReader
{
public:
    explicit FlatJsonReader(QByteArrayView input) : m_input(input) {}

    bool readObject(std::map<QByteArray, QByteArray> &members)
    {
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (take('}'))
            return atEnd();
        for (;;) {
            QByteArray key;
            QByteArray value;
            skipSpace();
            if (!readString(key))
                return false;
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            const bool ok = readString(value);
            if (!ok || members.contains(key)) {
                wipeBytes(value);
                return false;
            }
            members.emplace(std::move(key), std::move(value));
            skipSpace();
            if (take(','))
                continue;
            return take('}') && atEnd();
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_input.size() && (m_input[m_pos] == ' ' || m_input[m_pos] == '\n' ||
                                          m_input[m_pos] == '\r' || m_input[m_pos] == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        if (m_pos < m_input.size() && m_input[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos == m_input.size();
    }
    bool readString(QByteArray &out)
    {
        if (!take('"'))
            return false;
        while (m_pos < m_input.size()) {
            const char c = m_input[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c == '\\') {
                if (m_pos == m_input.size())
                    return false;
                const char escaped = m_input[m_pos++];
                if (escaped != '"' && escaped != '\\' && escaped != '/')
                    return false;
                out += escaped;
            } else {
                out += c;
            }
        }
        return false;
    }

    QByteArrayView m_input;
    qsizetype m_pos = 0;
};

struct WipedMembers
{
    std::map<QByteArray, QByteArray> members;
    ~WipedMembers()
    {
        for (auto &[key, value] : members)
            wipeBytes(value);
    }
};

SecretStoreError invalidRequest(const QString &why)
{
    SecretStoreError error;
    error.kind = SecretStoreError::Kind::InvalidRequest;
    error.diagnosis = why;
    return error;
}

} // namespace

OperatorCredentialsJob::OperatorCredentialsJob(QString profile, QObject *parent)
    : KeystoreJobOf(parent), m_profile(std::move(profile))
{}

OperatorCredentialsJob::~OperatorCredentialsJob() = default;

OperatorCredentialStore::OperatorCredentialStore(SecretStore &store) : m_store(store)
{}

SecretString OperatorCredentialStore::encode(const OperatorCredentials &credentials)
{
    QByteArray json;
    // Room for every character escaped: the buffer never reallocates, which would leave an
    // unwiped copy of the secret behind in freed memory.
    json.reserve(64 + 2 * (credentials.secretId.size() + credentials.secretKey.utf8().size() +
                           credentials.sessionToken.utf8().size()));
    json += "{\"" + SecretIdField + "\":";
    appendJsonString(json, credentials.secretId.toUtf8());
    json += ",\"" + SecretKeyField + "\":";
    appendJsonString(json, credentials.secretKey.utf8());
    if (!credentials.sessionToken.isEmpty()) {
        json += ",\"" + SessionTokenField + "\":";
        appendJsonString(json, credentials.sessionToken.utf8());
    }
    json += '}';
    SecretString secret = SecretString::fromUtf8(json);
    // The SecretString shares the buffer; it wipes it when the last holder lets go.
    return secret;
}

std::optional<OperatorCredentials> OperatorCredentialStore::decode(const SecretString &secret)
{
    WipedMembers parsed;
    if (!FlatJsonReader(secret.utf8()).readObject(parsed.members))
        return std::nullopt;
    const auto secretId = parsed.members.find(SecretIdField);
    const auto secretKey = parsed.members.find(SecretKeyField);
    const auto sessionToken = parsed.members.find(SessionTokenField);
    if (secretId == parsed.members.end() || secretKey == parsed.members.end())
        return std::nullopt;

    OperatorCredentials credentials;
    credentials.secretId = QString::fromUtf8(secretId->second);
    // Deep copies, so that the SecretStrings own their bytes and the parsed buffers can be wiped.
    credentials.secretKey =
        SecretString::fromUtf8(QByteArray(secretKey->second.constData(), secretKey->second.size()));
    if (sessionToken != parsed.members.end())
        credentials.sessionToken = SecretString::fromUtf8(
            QByteArray(sessionToken->second.constData(), sessionToken->second.size()));
    if (checkCredentials(credentials) != CredentialProblem::None)
        return std::nullopt;
    return credentials;
}

SecretStoreJob *OperatorCredentialStore::save(const QString &profile,
                                              const OperatorCredentials &credentials)
{
    if (profile.isEmpty() || checkCredentials(credentials) != CredentialProblem::None) {
        auto *job = new SecretStoreJob(SecretStoreJob::Operation::Save,
                                       EntryName::operatorCredentials(profile), &m_store);
        job->finish(invalidRequest(profile.isEmpty()
                                       ? QStringLiteral("the profile name is empty")
                                       : QStringLiteral("the credentials are incomplete or "
                                                        "contain characters a request cannot "
                                                        "carry")));
        return job;
    }
    return m_store.save(EntryName::operatorCredentials(profile), encode(credentials));
}

OperatorCredentialsJob *OperatorCredentialStore::load(const QString &profile)
{
    auto *job = new OperatorCredentialsJob(profile, &m_store);
    if (profile.isEmpty()) {
        job->finish(invalidRequest(QStringLiteral("the profile name is empty")));
        return job;
    }
    SecretStoreJob *read = m_store.read(EntryName::operatorCredentials(profile));
    QObject::connect(read, &SecretStoreJob::finished, job, [job](SecretStoreJob *done) {
        if (!done->succeeded()) {
            job->finish(done->error());
            return;
        }
        const SecretString secret = done->takeSecret();
        auto credentials = decode(secret);
        if (!credentials) {
            SecretStoreError error;
            error.kind = SecretStoreError::Kind::Malformed;
            error.diagnosis = QStringLiteral("the entry does not hold credentials in the form this "
                                             "application writes");
            job->finish(error);
            return;
        }
        job->finish({}, std::move(*credentials));
    });
    return job;
}

SecretStoreJob *OperatorCredentialStore::remove(const QString &profile)
{
    if (profile.isEmpty()) {
        auto *job = new SecretStoreJob(SecretStoreJob::Operation::Remove,
                                       EntryName::operatorCredentials(profile), &m_store);
        job->finish(invalidRequest(QStringLiteral("the profile name is empty")));
        return job;
    }
    return m_store.remove(EntryName::operatorCredentials(profile));
}
