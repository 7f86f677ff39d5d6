#include "terminaltext.h"

namespace {

bool isBidiControl(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI. The marks (LRM, RLM, ALM) only nudge neutral
    // characters and stay.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isNeutralised(char16_t c, bool keepLayout)
{
    if (c < 0x20)
        return !(keepLayout && (c == u'\n' || c == u'\t'));
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c);
}

template <typename Escape> QString replaced(const QString &text, bool keepLayout, Escape escape)
{
    qsizetype first = 0;
    while (first < text.size() && !isNeutralised(text.at(first).unicode(), keepLayout))
        ++first;
    if (first == text.size())
        return text;
    QString result = text.left(first);
    result.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isNeutralised(c, keepLayout))
            result += escape(c);
        else
            result += QChar(c);
    }
    return result;
}

} // namespace

QString TerminalText::forPeople(const QString &text)
{
    return replaced(text, true, [](char16_t c) {
        const QString hex = QString::number(uint(c), 16).toUpper();
        return c <= 0xFF ? QStringLiteral("\\x") + hex.rightJustified(2, u'0')
                         : QStringLiteral("\\u{") + hex + u'}';
    });
}

QString TerminalText::forJson(const QString &json)
{
    // Outside strings a serialised document holds only ASCII punctuation, digits, letters and
    // layout, so every character found here is inside a string, where \u escapes mean the same.
    return replaced(json, true, [](char16_t c) {
        return QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    });
}
