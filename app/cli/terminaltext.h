#pragma once

#include <QString>

// Text on its way to a terminal. Much of what the CLI prints comes from elsewhere (the gateway's
// error code, message and RequestId, a key's name, an HTML error page, the key list on disk), and
// a terminal obeys the control characters in it: an escape sequence can rewrite the clipboard
// (OSC 52), retitle the window or hide and fake lines, and bidirectional overrides reorder what
// the eye reads. Everything the CLI writes passes through here.
namespace TerminalText {

// For people: every control character except line feed and tab, DEL, the C1 controls (U+0080 to
// U+009F, which some terminals obey even when UTF-8 encoded) and the bidirectional embeddings,
// overrides and isolates become a visible \xHH or \u{HHHH}, so nothing is hidden and nothing acts.
QString forPeople(const QString &text);

// For serialised JSON: the same characters as \u escapes, which JSON parsers read back as the
// very same string. QJsonDocument escapes only the C0 controls.
QString forJson(const QString &json);

} // namespace TerminalText
