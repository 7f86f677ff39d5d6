#include "console.h"

#include <QJsonDocument>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool readRawLine(QString *line)
{
    std::string buffer;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        buffer.push_back(char(c));
    }
    *line = QString::fromStdString(buffer);
    // Overwrite the buffer that held the line; the caller owns the only copy now.
    std::fill(buffer.begin(), buffer.end(), '\0');
    return any;
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            write(stderr, QStringLiteral("\n"));
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::err(const QString &text)
{
    write(stderr, text);
}

void Console::json(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

bool Console::readSecretLine(const QString &prompt, QString *line)
{
    if (isatty(STDIN_FILENO))
        err(prompt);
    EchoOff echoOff;
    return readRawLine(line);
}

bool Console::readLine(const QString &prompt, QString *line)
{
    if (isatty(STDIN_FILENO))
        err(prompt);
    return readRawLine(line);
}
