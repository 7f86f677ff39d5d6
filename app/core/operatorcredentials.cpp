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
    if (!isPrintableAsciiWithoutSpace(credentials.secretId.toUtf8()))
        return CredentialProblem::InvalidSecretId;
    if (!isPrintableAsciiWithoutSpace(credentials.secretKey.utf8()))
        return CredentialProblem::InvalidSecretKey;
    if (!isPrintableAsciiWithoutSpace(credentials.sessionToken.utf8()))
        return CredentialProblem::InvalidSessionToken;
    return CredentialProblem::None;
}
