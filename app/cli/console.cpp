#include "console.h"

#include "terminaltext.h"

#include <QJsonDocument>
#include <csignal>
#include <cstdio>
#include <iterator>
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

// The terminal settings to put back if a signal ends the program while echo is off: without this
// an interrupted prompt (Ctrl+C, a closed terminal, kill) would leave the user's shell typing
// blind. Only what a signal handler may touch: plain data and async-signal-safe calls.
termios savedTerminal{};
volatile sig_atomic_t echoIsOff = 0;
constexpr int endingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreEchoAndDie(int signal)
{
    if (echoIsOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        // The line the prompt started is ended, as after Enter.
        [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, "\n", 1);
    }
    // Then die of the signal as before, so that the shell sees what ended the program.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns terminal echo off for its lifetime, and back on if a signal ends the program meanwhile.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        savedTerminal = m_saved;
        echoIsOff = 1;
        struct sigaction action = {};
        action.sa_handler = restoreEchoAndDie;
        sigemptyset(&action.sa_mask);
        for (int signal : endingSignals)
            sigaddset(&action.sa_mask, signal);
        for (std::size_t i = 0; i < std::size(endingSignals); ++i) {
            sigaction(endingSignals[i], nullptr, &m_previous[i]);
            // A signal the user chose to ignore (nohup) stays ignored.
            if (m_previous[i].sa_handler != SIG_IGN)
                sigaction(endingSignals[i], &action, nullptr);
        }
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        echoIsOff = 0;
        for (std::size_t i = 0; i < std::size(endingSignals); ++i)
            sigaction(endingSignals[i], &m_previous[i], nullptr);
        write(stderr, QStringLiteral("\n"));
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    struct sigaction m_previous[std::size(endingSignals)]{};
    bool m_active = false;
};

} // namespace

void Console::out(const QString &text)
{
    write(stdout, TerminalText::forPeople(text));
}

void Console::err(const QString &text)
{
    write(stderr, TerminalText::forPeople(text));
}

void Console::json(const QJsonObject &object)
{
    write(stdout, TerminalText::forJson(
                      QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))));
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
