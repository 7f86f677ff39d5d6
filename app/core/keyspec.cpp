#include "keyspec.h"

namespace {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

FieldProblem checkKeyCharacters(QStringView value, int minLength, int maxLength)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::Required;
    for (const QChar c : trimmed) {
        if (!KeySpecRules::isKeyCharacter(c))
            return FieldProblem::InvalidCharacter;
    }
    if (trimmed.size() < minLength)
        return FieldProblem::TooShort;
    if (trimmed.size() > maxLength)
        return FieldProblem::TooLong;
    return FieldProblem::None;
}

} // namespace

bool KeySpecRules::isKeyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

bool KeySpecRules::nameIsRequired(ApiGeneration generation)
{
    return generation == ApiGeneration::Api3;
}

FieldProblem KeySpecRules::checkName(QStringView name, ApiGeneration generation)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return nameIsRequired(generation) ? FieldProblem::Required : FieldProblem::None;
    for (const QChar c : trimmed) {
        // Cc, plus the line and paragraph separators that render as line breaks.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return FieldProblem::ControlCharacter;
    }
    if (codePointCount(trimmed) > MaxNameLength)
        return FieldProblem::TooLong;
    return FieldProblem::None;
}

FieldProblem KeySpecRules::checkKeyId(QStringView keyId)
{
    return checkKeyCharacters(keyId, MinKeyIdLength, MaxKeyIdLength);
}

FieldProblem KeySpecRules::checkKeySecret(QStringView keySecret)
{
    return checkKeyCharacters(keySecret, MinKeySecretLength, MaxKeySecretLength);
}

KeySpec KeySpec::normalized() const
{
    KeySpec result;
    result.name = name.trimmed();
    result.type = type;
    if (type == KeyType::Manual) {
        result.keyId = keyId.trimmed();
        // Trim as the validators do (Unicode white space), so "valid" and "sent" agree.
        QString secret = keySecret.toString();
        result.keySecret = SecretString(QStringView(secret).trimmed().toString());
        wipeString(secret);
    }
    return result;
}

KeySpecProblems validateKeySpec(const KeySpec &spec, ApiGeneration generation)
{
    KeySpecProblems problems;
    problems.name = KeySpecRules::checkName(spec.name, generation);
    if (spec.type == KeyType::Manual) {
        problems.keyId = KeySpecRules::checkKeyId(spec.keyId);
        QString secret = spec.keySecret.toString();
        problems.keySecret = KeySpecRules::checkKeySecret(secret);
        wipeString(secret);
    }
    return problems;
}
