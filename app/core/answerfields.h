#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// How every action's decoder reads the fields of a gateway's answer, which may be hostile
// (docs/PROTOCOL.md, *Responses*).
namespace AnswerFields {

// Ids and secrets travel in headers, files, clipboards and later requests: only printable ASCII
// without spaces, and of a sane length, is accepted from the server.
bool isPlausibleCredential(const QString &value);

// A text field that may be left out or null.
bool isOptionalText(const QJsonValue &value);

// An ISO 8601 time of the protocol, in UTC; invalid when unreadable. A time without a zone is
// UTC too, not the machine's local time.
QDateTime parseUtc(const QString &text);

} // namespace AnswerFields
