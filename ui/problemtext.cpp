#include "problemtext.h"

namespace {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace

QString ProblemText::keyName(FieldProblem problem, QStringView name)
{
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return tr("Enter a name: API 3.0 requires one.");
    case FieldProblem::ControlCharacter:
        return tr("The name cannot contain tabs, line breaks or other control characters.");
    case FieldProblem::TooLong:
        return tr("The name has %n characters; at most %1 are allowed.", nullptr,
                  int(codePointCount(name.trimmed())))
            .arg(KeySpecRules::MaxNameLength);
    case FieldProblem::TooShort:
    case FieldProblem::InvalidCharacter:
        break; // not produced for names
    }
    return tr("The name is not valid.");
}

QString ProblemText::keyId(FieldProblem problem, QStringView keyId)
{
    const QStringView trimmed = keyId.trimmed();
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return tr("Enter a key id, or press Generate.");
    case FieldProblem::TooShort:
        return tr("The key id has %n characters; it needs at least %1.", nullptr,
                  int(trimmed.size()))
            .arg(KeySpecRules::MinKeyIdLength);
    case FieldProblem::TooLong:
        return tr("The key id has %n characters; at most %1 are allowed.", nullptr,
                  int(trimmed.size()))
            .arg(KeySpecRules::MaxKeyIdLength);
    case FieldProblem::InvalidCharacter: {
        // The id is not a secret, so naming the offending character helps without risk.
        for (const QChar c : trimmed) {
            if (KeySpecRules::isKeyCharacter(c))
                continue;
            if (c.isSpace())
                return tr("The key id cannot contain spaces: use only letters A-Z and a-z, "
                          "digits 0-9 and _.");
            if (c.category() == QChar::Other_Control || c.isSurrogate())
                break;
            return tr("The key id cannot contain \u201c%1\u201d: use only letters A-Z and a-z, "
                      "digits 0-9 and _.")
                .arg(c);
        }
        return tr("The key id may contain only letters A-Z and a-z, digits 0-9 and _.");
    }
    case FieldProblem::ControlCharacter:
        break;
    }
    return tr("The key id is not valid.");
}

QString ProblemText::keySecret(FieldProblem problem, qsizetype length)
{
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return tr("Enter a key secret, or press Generate.");
    case FieldProblem::TooShort:
        return tr("The key secret has %n characters; it needs at least %1.", nullptr, int(length))
            .arg(KeySpecRules::MinKeySecretLength);
    case FieldProblem::TooLong:
        return tr("The key secret has %n characters; at most %1 are allowed.", nullptr, int(length))
            .arg(KeySpecRules::MaxKeySecretLength);
    case FieldProblem::InvalidCharacter:
        return tr("The key secret may contain only letters A-Z and a-z, digits 0-9 and _ "
                  "(no spaces).");
    case FieldProblem::ControlCharacter:
        break;
    }
    return tr("The key secret is not valid.");
}

QString ProblemText::endpoint(EndpointProblem problem)
{
    switch (problem) {
    case EndpointProblem::None:
        return {};
    case EndpointProblem::InvalidUrl:
        return tr("Enter a full https:// address, without user name, query or fragment.");
    case EndpointProblem::InsecureScheme:
        return tr("Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1). "
                  "Use https://.");
    case EndpointProblem::InvalidRegion:
        return tr("Choose a region such as ap-guangzhou: lower-case letters, digits and "
                  "hyphens.");
    case EndpointProblem::InvalidLanguage:
        return tr("The language must be zh-CN, en-US or the server's default.");
    }
    return {};
}

QString ProblemText::secretInUrl(SecretInUrl secret)
{
    switch (secret) {
    case SecretInUrl::None:
        return {};
    case SecretInUrl::KeySecret:
        return tr("With the HTTP method GET, the manual key's secret would travel in the URL, "
                  "where proxies and access logs keep it, so nothing was sent. Choose POST for "
                  "API 2.0 in Settings: POST carries it in the request body, which they do not "
                  "keep.");
    case SecretInUrl::SessionToken:
        return tr("With the HTTP method GET, your session token would travel in the URL, where "
                  "proxies and access logs keep it, so nothing was sent. Choose POST for API 2.0 "
                  "in Settings: POST carries it in the request body, which they do not keep.");
    }
    return {};
}

QString ProblemText::getMethodHint()
{
    return tr("GET puts every parameter in the URL, where proxies and access logs keep it: a "
              "manual key's secret or a session token is never sent that way. POST does not have "
              "this problem.");
}

QString ProblemText::credentials(CredentialProblem problem)
{
    switch (problem) {
    case CredentialProblem::None:
        return {};
    case CredentialProblem::MissingSecretId:
        return tr("Enter the SecretId of your cloud API key.");
    case CredentialProblem::MissingSecretKey:
        return tr("Enter the SecretKey that belongs to the SecretId.");
    case CredentialProblem::InvalidSecretId:
        return tr("The SecretId contains spaces or characters that a cloud API key never has.");
    case CredentialProblem::InvalidSecretKey:
        return tr("The SecretKey contains spaces or characters that a cloud API key never has.");
    case CredentialProblem::InvalidSessionToken:
        return tr("The session token contains spaces or characters that a token never has.");
    }
    return {};
}
