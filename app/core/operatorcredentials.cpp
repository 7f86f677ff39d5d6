#include "operatorcredentials.h"

namespace {

bool isPrintableAsciiWithoutSpace(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c <= ' ' || c > '~')
            return false;
    }
    return true;
}

SecretString trimmedSecret(const QString &text)
{
    return SecretString(QStringView(text).trimmed().toString());
}

} // namespace

OperatorCredentials OperatorCredentials::fromInput(const QString &secretId,
                                                   const QString &secretKey,
                                                   const QString &sessionToken)
{
    OperatorCredentials credentials;
    credentials.secretId = secretId.trimmed();
    credentials.secretKey = trimmedSecret(secretKey);
    credentials.sessionToken = trimmedSecret(sessionToken);
    return credentials;
}

CredentialProblem checkCredentials(const OperatorCredentials &credentials)
{
    if (credentials.secretId.isEmpty())
        return CredentialProblem::MissingSecretId;
    if (credentials.secretKey.isEmpty())
        return CredentialProblem::MissingSecretKey;
    // '/' and ',' separate the fields of the API 3.0 Authorization header's Credential, so an id
    // holding one could never be verified (real SecretIds are letters and digits).
    const QByteArray secretId = credentials.secretId.toUtf8();
    if (!isPrintableAsciiWithoutSpace(secretId) || secretId.contains('/') || secretId.contains(','))
        return CredentialProblem::InvalidSecretId;
    if (!isPrintableAsciiWithoutSpace(credentials.secretKey.utf8()))
        return CredentialProblem::InvalidSecretKey;
    if (!isPrintableAsciiWithoutSpace(credentials.sessionToken.utf8()))
        return CredentialProblem::InvalidSessionToken;
    return CredentialProblem::None;
}
