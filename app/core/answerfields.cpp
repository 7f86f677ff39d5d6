#include "answerfields.h"

bool AnswerFields::isPlausibleCredential(const QString &value)
{
    if (value.isEmpty() || value.size() > 1024)
        return false;
    for (const QChar c : value) {
        if (c.unicode() <= u' ' || c.unicode() > u'~')
            return false;
    }
    return true;
}

bool AnswerFields::isOptionalText(const QJsonValue &value)
{
    return value.isString() || value.isUndefined() || value.isNull();
}

QDateTime AnswerFields::parseUtc(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    // Qt reads a time without a zone as the machine's local time, which would shift it by the
    // local offset.
    if (time.timeSpec() == Qt::LocalTime)
        return QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}
