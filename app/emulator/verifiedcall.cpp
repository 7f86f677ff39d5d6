#include "verifiedcall.h"

using namespace Qt::StringLiterals;

QByteArray emulatedActionName(EmulatedAction action)
{
    switch (action) {
    case EmulatedAction::CreateKey:
        return "CreateApiKey";
    case EmulatedAction::ListKeys:
        return "DescribeApiKeysStatus";
    case EmulatedAction::DescribeKey:
        return "DescribeApiKey";
    case EmulatedAction::RotateKey:
        return "UpdateApiKey";
    case EmulatedAction::EnableKey:
        return "EnableApiKey";
    case EmulatedAction::DisableKey:
        return "DisableApiKey";
    case EmulatedAction::DeleteKey:
        return "DeleteApiKey";
    case EmulatedAction::ListPlans:
        return "DescribeUsagePlansStatus";
    case EmulatedAction::ListPlanKeys:
        return "DescribeUsagePlanSecretIds";
    case EmulatedAction::BindKeys:
        return "BindSecretIds";
    case EmulatedAction::UnbindKeys:
        return "UnBindSecretIds";
    }
    return {};
}

std::optional<EmulatedAction> emulatedActionFromName(QByteArrayView name)
{
    for (int i = 0; i <= int(EmulatedAction::UnbindKeys); ++i) {
        const auto action = EmulatedAction(i);
        if (name == emulatedActionName(action))
            return action;
    }
    return std::nullopt;
}

std::optional<ApiFailure> RequestChecks::checkPaging(qint64 offset, qint64 limit,
                                                     const QString &offsetField,
                                                     const QString &limitField)
{
    if (limit < 1 || limit > MaxLimit)
        return ApiFailure{ApiFailureKind::InvalidParameterValue,
                          u"The value of %1 must be from 1 to %2."_s.arg(limitField).arg(MaxLimit)};
    if (offset < 0)
        return ApiFailure{ApiFailureKind::InvalidParameterValue,
                          u"The value of %1 must not be negative."_s.arg(offsetField)};
    return std::nullopt;
}

std::optional<ApiFailure> RequestChecks::checkNewSecret(const SecretString &secret,
                                                        const QString &field)
{
    QString text = secret.toString();
    const bool valid = KeySpecRules::checkKeySecret(text) == FieldProblem::None &&
                       text.trimmed().size() == text.size();
    wipeString(text);
    if (valid)
        return std::nullopt;
    return ApiFailure{
        ApiFailureKind::SecretFormatError,
        u"The value of %1 must be 10 to 50 letters, digits or underscores."_s.arg(field)};
}

bool RequestChecks::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<quint64> RequestChecks::parseUnsigned(QByteArrayView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    return value;
}

namespace {

QString problemText(FieldProblem problem)
{
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return u"is required"_s;
    case FieldProblem::TooShort:
        return u"is too short"_s;
    case FieldProblem::TooLong:
        return u"is too long"_s;
    case FieldProblem::ControlCharacter:
        return u"contains control characters"_s;
    case FieldProblem::InvalidCharacter:
        return u"may contain only letters, digits and underscores"_s;
    }
    return {};
}

// The KeySpecRules forgive surrounding blanks because the form trims them; on the wire they are
// part of the value and make it invalid.
bool hasSurroundingBlanks(QStringView value)
{
    return value.size() != value.trimmed().size();
}

} // namespace

std::optional<ApiFailure> RequestChecks::checkTimestamp(quint64 timestamp, qint64 now,
                                                        const QString &field)
{
    if (qAbs(qint64(timestamp) - now) <= MaxSkewSecs)
        return std::nullopt;
    return ApiFailure{ApiFailureKind::SignatureExpire,
                      u"%1 is more than 5 minutes away from the server's time."_s.arg(field)};
}

std::optional<ApiFailure> RequestChecks::checkKeyFields(ApiGeneration generation,
                                                        const KeySpec &spec,
                                                        const QString &nameField,
                                                        const QString &idField,
                                                        const QString &secretField)
{
    auto invalid = [](const QString &field, const QString &why) {
        return ApiFailure{ApiFailureKind::InvalidParameterValue,
                          u"The value of %1 %2."_s.arg(field, why)};
    };
    const FieldProblem nameProblem = KeySpecRules::checkName(spec.name, generation);
    if (nameProblem == FieldProblem::Required)
        return ApiFailure{ApiFailureKind::MissingParameter,
                          u"The parameter %1 is missing."_s.arg(nameField)};
    if (nameProblem != FieldProblem::None)
        return invalid(nameField, problemText(nameProblem));
    if (hasSurroundingBlanks(spec.name))
        return invalid(nameField, u"has surrounding blanks"_s);
    if (spec.type != KeyType::Manual)
        return std::nullopt;

    const FieldProblem idProblem = KeySpecRules::checkKeyId(spec.keyId);
    if (idProblem == FieldProblem::Required)
        return ApiFailure{ApiFailureKind::MissingParameter,
                          u"The parameter %1 is required for manual keys."_s.arg(idField)};
    if (idProblem != FieldProblem::None)
        return invalid(idField, problemText(idProblem));
    if (hasSurroundingBlanks(spec.keyId))
        return invalid(idField, u"has surrounding blanks"_s);

    QString secret = spec.keySecret.toString();
    const FieldProblem secretProblem = KeySpecRules::checkKeySecret(secret);
    const bool blanks = hasSurroundingBlanks(secret);
    wipeString(secret);
    if (secretProblem == FieldProblem::Required)
        return ApiFailure{ApiFailureKind::MissingParameter,
                          u"The parameter %1 is required for manual keys."_s.arg(secretField)};
    if (secretProblem != FieldProblem::None)
        return invalid(secretField, problemText(secretProblem));
    if (blanks)
        return invalid(secretField, u"has surrounding blanks"_s);
    return std::nullopt;
}
