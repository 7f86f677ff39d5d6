#pragma once

#include <QJsonObject>
#include <QString>

class QTextStream;

// Standard output for results, standard error for everything else. Results are either text for
// people or exactly one JSON object per command (--json), which scripts parse. Nothing written
// here can control the terminal (TerminalText): much of it comes from the gateway.
class Console
{
public:
    static void out(const QString &text); // adds nothing: callers end lines themselves
    static void err(const QString &text);
    static void json(const QJsonObject &object);

    // Reads one line from standard input without showing it, when standard input is a terminal;
    // otherwise reads one line as it comes (for pipes). The prompt goes to standard error.
    // Returns false at end of input.
    static bool readSecretLine(const QString &prompt, QString *line);
    static bool readLine(const QString &prompt, QString *line);
};
