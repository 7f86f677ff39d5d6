#pragma once

#include "secretstring.h"
#include "ticker.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QClipboard;

// Puts a sensitive value (a key secret, a key id) on the clipboard and takes it off again.
//
// The value goes to QClipboard::Clipboard only, never to the X11 selection, marked with
// `x-kde-passwordManagerHint: secret` so that clipboard managers that honour it keep no history
// of it. After clearAfterSeconds() it is cleared, and so on clearNow() (dialog closed, application
// quitting), but only while the clipboard still holds our value: whatever the user copied since
// is never touched. Only a salted hash of the value is remembered, not the value.
class SensitiveClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearAfterSeconds = 30;

    // The ticker must tick once a second; tests pass one they drive by hand.
    SensitiveClipboard(QClipboard *clipboard, std::unique_ptr<Ticker> ticker,
                       QObject *parent = nullptr);
    explicit SensitiveClipboard(QClipboard *clipboard, QObject *parent = nullptr);
    ~SensitiveClipboard() override;

    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const { return m_clearAfterSeconds; }

    void copy(const SecretString &value);
    void copy(const QString &value);

    // Clears the clipboard now if it still holds our value, and stops the countdown.
    void clearNow();

    // Whether the clipboard holds the value we put there last.
    bool holdsOurValue() const;
    // Seconds until the clipboard is cleared; 0 when no countdown runs.
    int secondsLeft() const { return m_secondsLeft; }

    static QString passwordManagerHintFormat()
    {
        return QStringLiteral("x-kde-passwordManagerHint");
    }

signals:
    void copied();
    // Every second of the countdown, and 0 when it ends for whatever reason.
    void secondsLeftChanged(int secondsLeft);
    // We took our value off the clipboard.
    void cleared();
    // Something else replaced our value before the countdown ended; nothing left to clear.
    void superseded();

private:
    void onTicked();
    void onClipboardChanged();
    void stopCountdown();
    QByteArray hashOf(const QByteArray &utf8) const;

    QPointer<QClipboard> m_clipboard;
    std::unique_ptr<Ticker> m_ticker;
    int m_clearAfterSeconds = DefaultClearAfterSeconds;
    int m_secondsLeft = 0;
    QByteArray m_salt;
    QByteArray m_hash; // of the value we put on the clipboard; empty when none
};
